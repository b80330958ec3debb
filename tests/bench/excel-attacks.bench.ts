import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCEL_LIMITS } from '../../src-main/excel/limits';
import { ballotSheets, everyMarkWrong, everyRow, hugeSharedString, longCell, manySheets, MB, onePartManySheets, paddedSheets } from '../helpers/excel-attacks';
import type { ChildOutcome } from '../helpers/excel-import-child';
import { median, ms, type BenchRow } from './measure';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, '../helpers/excel-import-child.ts');
const SECONDS = 10;
const MEGABYTES = 500;
const BOUNDED_HEAP_MB = 384;

const NAMES = 60;
/** Ballots of 60 names: as many as make `cells` rows × columns, rounded up to a hundred. */
const ballotsFor = (cells: number) => Math.ceil(cells / (NAMES + 1) / 100) * 100 + 100;
const justWithin = Math.floor((EXCEL_LIMITS.sheetCells / (NAMES + 1) - 10) / 100) * 100;
const nearlyAPart = EXCEL_LIMITS.partBytes / MB - 8;
const partsOverTheArchive = Math.ceil(EXCEL_LIMITS.archiveBytes / MB / nearlyAPart) + 1;

const ATTACKS: { name: string; build: () => Uint8Array }[] = [
  { name: 'chuỗi dùng chung 300 MB', build: () => hugeSharedString(300) },
  { name: 'chuỗi dùng chung 100 MB (dưới giới hạn một phần)', build: () => hugeSharedString(100) },
  { name: 'sheet 1.048.576 dòng', build: everyRow },
  { name: 'sổ tính 5.000 sheet', build: () => manySheets(5000) },
  { name: `${EXCEL_LIMITS.elections + 20} sheet, mỗi sheet một cuộc bầu`, build: () => manySheets(EXCEL_LIMITS.elections + 20) },
  { name: 'một ô 32.768 ký tự', build: () => longCell(EXCEL_LIMITS.cellCharacters + 1, 'inline') },
  { name: 'các phần cộng lại giải nén quá giới hạn cả tệp', build: () => paddedSheets(partsOverTheArchive, nearlyAPart) },
  { name: 'một phần gần giới hạn, nhiều sheet cùng đọc', build: () => onePartManySheets(partsOverTheArchive, nearlyAPart) },
  { name: 'một sheet quá số ô (dòng × cột)', build: () => ballotSheets(1, ballotsFor(EXCEL_LIMITS.sheetCells), NAMES) },
  { name: 'hai sheet cộng lại quá số ô cả bảng tính', build: () => ballotSheets(2, ballotsFor(EXCEL_LIMITS.workbookCells / 2), NAMES) },
  { name: 'vừa trong giới hạn, mọi dấu sai (từ chối khi nhập)', build: () => everyMarkWrong(justWithin, NAMES) },
];

/** The import of a workbook in a process of its own (its heap bounded when asked); null: the
 *  same process importing nothing. A process that runs out of memory is an outcome too. */
function importInChild(book: string | null, heapMb?: number): ChildOutcome {
  const heap = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  const run = spawnSync(process.execPath, [...heap, '--import', 'tsx', CHILD, ...(book === null ? [] : [book])], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (run.status !== 0) return { ok: false, code: null, message: `tiến trình chết (${run.signal ?? `exit ${run.status}`}): hết bộ nhớ?`, elections: 0, ms: NaN, maxRssMb: NaN };
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as ChildOutcome;
}

function said(outcome: ChildOutcome): string {
  if (outcome.ok) return `NHẬP ĐƯỢC ${outcome.elections} cuộc bầu`;
  return `${outcome.code}: ${outcome.message.length > 160 ? `${outcome.message.slice(0, 160)}…` : outcome.message}`;
}

/** Runs of each import; the time is their median, the memory the most any of them held. */
const RUNS = 3;

function measured(book: string, heapMb?: number): ChildOutcome & { times: string } {
  const runs = Array.from({ length: RUNS }, () => importInChild(book, heapMb));
  const first = runs.find((r) => r.code === null) ?? (runs[0] as ChildOutcome);
  return { ...first, ms: median(runs.map((r) => r.ms)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)), times: runs.map((r) => ms(r.ms)).join(', ') };
}

const refusedWithin = (outcome: ChildOutcome) => !outcome.ok && outcome.code !== null && outcome.ms <= SECONDS * 1000 && outcome.maxRssMb <= MEGABYTES;

/**
 * The hostile workbooks of issue 10, finding 7 (and of tests/security/excel-limits.test.ts), each
 * imported in a process of its own: the time to refuse it and the most memory the process held,
 * beside the targets.
 */
export async function excelAttackBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-attacks-'));
  try {
    const idle = importInChild(null);
    return ATTACKS.map(({ name, build }) => {
      const book = join(dir, 'tan-cong.xlsx');
      const bytes = build();
      writeFileSync(book, bytes);
      const outcome = measured(book);
      const size = bytes.length >= MB ? `${(bytes.length / MB).toFixed(1)} MB` : `${(bytes.length / 1024).toFixed(0)} KB`;
      let note = `tệp ${size}; trung vị của ${RUNS} lần (${outcome.times}); bộ nhớ tối đa của tiến trình ${outcome.maxRssMb.toFixed(0)} MB (tiến trình rỗng: ${idle.maxRssMb.toFixed(0)} MB); ${said(outcome)}`;
      let met = refusedWithin(outcome);
      if (!met && !outcome.ok && outcome.maxRssMb > MEGABYTES) {
        // V8 lets the heap grow while memory is free: bounded, the process shows what it needs.
        const bounded = measured(book, BOUNDED_HEAP_MB);
        met = refusedWithin(bounded);
        note += `; với heap giới hạn ${BOUNDED_HEAP_MB} MB: ${bounded.ok || bounded.code === null ? said(bounded) : `cũng bị từ chối, trung vị ${ms(bounded.ms)} (${bounded.times})`}, bộ nhớ tối đa ${bounded.maxRssMb.toFixed(0)} MB`;
      }
      return { name: `Từ chối tệp tấn công: ${name}`, value: ms(outcome.ms), target: `≤ ${SECONDS} s, ≤ ${MEGABYTES} MB`, met, note };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
