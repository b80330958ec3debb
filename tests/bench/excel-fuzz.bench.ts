import { importExcelFile } from '../../src-main/excel/import-workbook';
import { fuzzBases, mutate } from '../helpers/excel-mutations';
import { seededRandom } from '../helpers/random';
import { median, ms, percentile, type BenchRow } from './measure';

const RUNS = 600;

/** The fuzz test's damaged workbooks, timed one by one (the test itself only bounds a hang). */
export async function excelFuzzBenchmarks(): Promise<BenchRow[]> {
  const random = seededRandom(20250620);
  const originals = await fuzzBases();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const base = originals[run % originals.length] as (typeof originals)[number];
    const bytes = await mutate(base.bytes, random);
    const start = performance.now();
    await importExcelFile(bytes, random() < 0.5 ? base.options : {}, 'fuzz.xlsx');
    times.push(performance.now() - start);
  }
  const slowest = Math.max(...times);
  return [{ name: `Bảng tính hỏng (${RUNS} tệp của phép thử fuzz): mỗi tệp nhập hoặc từ chối`, value: ms(slowest), target: 'chậm nhất < 5 s', met: slowest < 5000, note: `trung vị ${ms(median(times))}, p95 ${ms(percentile(times, 95))}` }];
}
