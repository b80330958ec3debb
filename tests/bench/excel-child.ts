import { readFileSync, writeFileSync } from 'node:fs';
import { readCongressFile } from '../../shared/congress-file/read';
import { writeCongressFile } from '../../shared/congress-file/write';
import { importExcelFile } from '../../src-main/excel/import-workbook';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';

/**
 * One measurement in a process of its own, so that the peak memory it reports (maxRSS, the most
 * the process ever held) is this step's and nothing else's:
 *   import BOOK.xlsx OUT.json   — read an old tally sheet into a congress file
 *   export IN.json OUT.xlsx     — write the secretariat's workbook
 *   idle                        — the same process doing nothing: the baseline of the two above
 */
const [mode, input, output] = process.argv.slice(2);
const baseline = process.resourceUsage().maxRSS;
const start = performance.now();
let detail = '';
if (mode === 'import') {
  const result = await importExcelFile(new Uint8Array(readFileSync(input as string)), {}, input ?? null);
  if (!result.ok) throw new Error(result.error.message);
  const election = result.value.file.elections[0];
  detail = `${election?.ballots.length} phiếu, ${election?.candidates.length} người`;
  const elapsed = performance.now() - start;
  writeFileSync(output as string, writeCongressFile(result.value.file));
  report(elapsed);
} else if (mode === 'export') {
  const read = readCongressFile(readFileSync(input as string, 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  const bytes = await writeCongressWorkbook(read.value);
  const elapsed = performance.now() - start;
  writeFileSync(output as string, bytes);
  detail = `${(bytes.length / 1e6).toFixed(1)} MB`;
  report(elapsed);
} else {
  report(0);
}

function report(ms: number): void {
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ms, maxRssMb: usage.maxRSS / 1024, baselineMb: baseline / 1024, heapMb: process.memoryUsage().heapUsed / 1e6, detail }));
}
