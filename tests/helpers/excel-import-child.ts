import { readFileSync } from 'node:fs';
import { importExcelFile } from '../../src-main/excel/import-workbook';

/**
 * `node --import tsx excel-import-child.ts BOOK.xlsx`: imports one workbook in a process of its
 * own and prints what came of it as one line of JSON, with the time it took and the most memory
 * the process held (maxRSS). A workbook that exhausts the memory kills this process, not the
 * test or the bench that started it. Without a workbook: the same process importing nothing.
 */
export interface ChildOutcome {
  ok: boolean;
  code: string | null;
  message: string;
  elections: number;
  ms: number;
  maxRssMb: number;
}

const [book] = process.argv.slice(2);
const start = performance.now();
const result = book === undefined ? null : await importExcelFile(new Uint8Array(readFileSync(book)), {}, 'tan-cong.xlsx');
const ms = performance.now() - start;
const outcome: ChildOutcome = {
  ok: result?.ok ?? true,
  code: result && !result.ok ? result.error.code : null,
  message: result && !result.ok ? result.error.message : '',
  elections: result?.ok ? result.value.file.elections.length : 0,
  ms,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(outcome));
