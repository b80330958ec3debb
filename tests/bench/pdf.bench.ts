import type { CongressFile } from '../../shared/congress-file/schema';
import { buildMinutesPdf } from '../../src-main/pdf/minutes';
import { minutesInputFromFile } from '../../src-main/pdf/minutes-data';
import { bigCongressFile } from '../helpers/big-election';
import { median, ms, timeRuns, type BenchRow } from './measure';

const CANDIDATES = 300;
const BALLOTS = 400;

/** The minutes of one election, from the congress file to the bytes: tally, fingerprint and PDF. */
async function minutesBytes(file: CongressFile): Promise<Uint8Array> {
  const input = minutesInputFromFile(file, file.elections[0] as CongressFile['elections'][number]);
  const built = await buildMinutesPdf(input, { countsInWords: true, closedAt: { year: 2025, month: 10, day: 14, hour: 16, minute: 0 } });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

export async function pdfBenchmarks(): Promise<BenchRow[]> {
  const file = bigCongressFile(CANDIDATES, BALLOTS);
  const coldStart = performance.now();
  const bytes = await minutesBytes(file);
  const cold = performance.now() - coldStart;
  const times = await timeRuns(9, () => minutesBytes(file));
  const typical = median(times);
  return [
    {
      name: `Biên bản kiểm phiếu một cuộc bầu ${CANDIDATES} người (${BALLOTS} phiếu), ra tệp PDF`,
      value: ms(typical),
      target: '< 1 s',
      met: typical < 1000 && cold < 1000,
      note: `trung vị của 9 lần; lần đầu (đọc phông chữ) ${ms(cold)}; chậm nhất ${ms(Math.max(...times))}; tệp ${(bytes.length / 1024).toFixed(0)} KB`,
    },
  ];
}
