import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { convertWithLibreOffice, recalculatingProfile, sofficePath } from '../helpers/libreoffice';
import { randomInt, sample, seededRandom } from '../helpers/random';
import { median, ms, type BenchRow } from './measure';

const BALLOTS = 20_000;
const CANDIDATES = 60;
const SEATS = 50;
/** Runs of each measurement, side by side (ours, then LibreOffice's); the figures are medians. */
const RUNS = 3;
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'excel-child.ts');

interface ChildReport {
  ms: number;
  maxRssMb: number;
  baselineMb: number;
  heapMb: number;
  detail: string;
}

/**
 * An old tally sheet of 20,000 ballots over 60 names, as committees type them: title and hint
 * rows, the names across, a label row per team, one row per ballot with an x in each struck name
 * (`kept`: an x in each name voted for, so that 50 of 60 cells hold a mark), a totals row.
 */
async function tallySheet(meaning: 'struck' | 'kept'): Promise<Uint8Array> {
  const random = seededRandom(meaning === 'struck' ? 11 : 12);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = workbook.addWorksheet('BCH');
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hùng', 'Khoa', 'Lan', 'Minh'];
  const names = Array.from({ length: CANDIDATES }, (_, i) => `${family[Math.floor(i / 10)]} Văn ${given[i % 10]}`);
  const hint = meaning === 'struck' ? 'Đánh dấu x vào tên đồng chí bị gạch' : 'Đánh dấu x vào tên đồng chí được bầu';
  sheet.addRow(['BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH']).commit();
  sheet.addRow([`Số đại biểu được triệu tập: ${BALLOTS + 100}. Số lượng cần bầu: ${SEATS}. ${hint}.`]).commit();
  sheet.addRow(['STT', ...names, 'Ghi chú']).commit();
  const ids = Array.from({ length: CANDIDATES }, (_, i) => i);
  for (let b = 0; b < BALLOTS; b++) {
    if (b % 4000 === 0) sheet.addRow([`Tổ ${b / 4000 + 1}`]).commit();
    const struck = new Set(sample(random, ids, randomInt(random, 8, 20)));
    const row = sheet.addRow([b + 1]);
    ids.forEach((i) => {
      if (struck.has(i) === (meaning === 'struck')) row.getCell(i + 2).value = 'x';
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function child(...args: string[]): ChildReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as ChildReport;
}

/** A workbook of two rows: what LibreOffice needs to start, open a file and save it again. */
async function tinySheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('BCH');
  sheet.addRow(['STT', 'Nguyễn Văn An']);
  sheet.addRow([1, 'x']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** LibreOffice converting one workbook, timed from outside; null when the conversion failed. */
function libreOfficeRun(soffice: string, profile: string, book: string, outDir: string): number | null {
  const start = performance.now();
  const run = convertWithLibreOffice(soffice, profile, book, outDir, 600_000);
  return run.status === 0 ? performance.now() - start : null;
}

interface LibreOfficeTimes {
  book: number[];
  tiny: number[];
}

function memoryNote(reports: readonly ChildReport[], idle: ChildReport): string {
  const peak = Math.max(...reports.map((r) => r.maxRssMb));
  return `bộ nhớ tối đa của tiến trình ${peak.toFixed(0)} MB (tiến trình rỗng: ${idle.maxRssMb.toFixed(0)} MB), heap cuối ${median(reports.map((r) => r.heapMb)).toFixed(0)} MB`;
}

/** Our import beside LibreOffice's load of the same workbook: medians of the runs, their ratio. */
function importRow(name: string, reports: readonly ChildReport[], libre: LibreOfficeTimes | null, idle: ChildReport): BenchRow {
  const ours = median(reports.map((r) => r.ms));
  const peak = Math.max(...reports.map((r) => r.maxRssMb));
  const detail = `${reports[0]?.detail}; trung vị của ${reports.length} lần (${reports.map((r) => ms(r.ms)).join(', ')})`;
  const target = '≤ 1× LibreOffice, ≤ 300 MB';
  if (!libre || libre.book.length === 0 || libre.tiny.length === 0) {
    return { name, value: ms(ours), target, met: peak <= 300 ? null : false, note: `${detail}; không có LibreOffice (soffice) để so sánh; ${memoryNote(reports, idle)}` };
  }
  const book = median(libre.book);
  const tiny = median(libre.tiny);
  const theirs = Math.max(book - tiny, 1);
  const ratio = ours / theirs;
  return {
    name,
    value: ms(ours),
    target,
    met: ratio <= 1 && peak <= 300,
    note:
      `${detail}; LibreOffice ${ms(theirs)}, tỉ lệ ${ratio.toFixed(2)}× ` +
      `(LibreOffice đo bằng "soffice --headless --convert-to xlsx" với hồ sơ tính lại mọi công thức khi mở, cùng lúc với lần nhập của chúng ta: ` +
      `trung vị ${ms(book)} với bảng tính này trừ trung vị ${ms(tiny)} với một bảng tính hai dòng, tức thời gian khởi động); ${memoryNote(reports, idle)}`,
  };
}

function exportRow(name: string, report: ChildReport, idle: ChildReport): BenchRow {
  const met = report.ms < 5000 && report.maxRssMb < 500;
  return {
    name,
    value: ms(report.ms),
    target: '< 5 s, < 500 MB',
    met,
    note: `${report.detail}; bộ nhớ tối đa của tiến trình ${report.maxRssMb.toFixed(0)} MB (tiến trình rỗng: ${idle.maxRssMb.toFixed(0)} MB), heap cuối ${report.heapMb.toFixed(0)} MB`,
  };
}

export async function excelBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-excel-'));
  try {
    const idle = child('idle');
    const soffice = sofficePath();
    const profile = soffice ? recalculatingProfile(dir) : null;
    const tiny = join(dir, 'tiny.xlsx');
    writeFileSync(tiny, await tinySheet());
    const outDir = join(dir, 'libreoffice');
    // The first start makes the profile: not measured.
    if (profile) libreOfficeRun(soffice, profile, tiny, outDir);
    const rows: BenchRow[] = [];
    for (const meaning of ['struck', 'kept'] as const) {
      const book = join(dir, `${meaning}.xlsx`);
      writeFileSync(book, await tallySheet(meaning));
      const json = join(dir, `${meaning}.json`);
      const reports: ChildReport[] = [];
      const libre: LibreOfficeTimes = { book: [], tiny: [] };
      for (let run = 0; run < RUNS; run++) {
        reports.push(child('import', book, json));
        if (!profile) continue;
        const small = libreOfficeRun(soffice, profile, tiny, outDir);
        const big = libreOfficeRun(soffice, profile, book, outDir);
        if (small !== null && big !== null) {
          libre.tiny.push(small);
          libre.book.push(big);
        }
      }
      rows.push(importRow(`Nhập bảng kiểm phiếu Excel 20.000 phiếu × 60 người (dấu = ${meaning === 'struck' ? 'tên bị gạch, ~14 dấu/phiếu' : 'tên được bầu, ~46 dấu/phiếu'})`, reports, profile ? libre : null, idle));
      if (meaning === 'struck') rows.push(exportRow('Xuất bảng tính Excel của đại hội đó (20.000 phiếu, kết quả là công thức)', child('export', json, join(dir, 'out.xlsx')), idle));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
