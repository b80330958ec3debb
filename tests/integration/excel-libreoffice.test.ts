import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { percentHundredths } from '../../shared/format/percent';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { tempDir } from '../helpers/api';
import { convertWithLibreOffice, recalculatingProfile, sofficePath } from '../helpers/libreoffice';
import { sampleJson } from '../helpers/samples';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample congress, with a team that counted by hand and a format-B election of two names. */
function congress(): CongressFile {
  const file = sampleJson<Json>('dai-hoi-mau.json');
  file.elections[0].teamTotals = [{ team: 'T3', returned: 5, valid: 4, invalid: { MARKED_SIGNED: 1 }, votes: { c01: 4, c02: 3, c05: 2, c11: 1 } }];
  file.elections[0].ballotsReturned = null;
  file.elections.push({
    id: 'pbt',
    office: 'pho_bi_thu',
    seats: 2,
    base: 9,
    candidates: [
      { id: 'a', name: 'Lê Thị Cúc' },
      { id: 'b', name: 'Vũ Văn Hạnh' },
    ],
    // Numbers 6 and 8 not used (papers voided before the file was saved): rows of their own, not counted.
    ballots: [
      { marks: { a: 'agree', b: 'agree' }, count: 4, number: 1 },
      { marks: { a: 'agree', b: 'both' }, number: 5 },
      { marks: { a: 'both', b: 'none' }, number: 7 },
      { marks: { a: 'disagree', b: 'agree' }, number: 9 },
      { invalid: 'NOT_ISSUED', number: 10 },
    ],
  });
  const read = readCongressFile(file);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** Every saved formula result replaced by -7: what LibreOffice shows afterwards it computed itself. */
async function poisoned(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let replaced = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) continue;
    zip.file(
      path,
      xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, f: string) => {
        replaced++;
        return `${f}<v>-7</v>`;
      }),
    );
  }
  expect(replaced).toBeGreaterThan(50);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function cellNumber(sheet: ExcelJS.Worksheet, row: number, col: number): number {
  const value = sheet.getCell(row, col).value;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  throw new Error(`${sheet.name}!${sheet.getCell(row, col).address}: no number (${JSON.stringify(value)})`);
}

/** What a cell shows: its value, or the result LibreOffice computed for its formula. */
function shown(sheet: ExcelJS.Worksheet, row: number, col: number): string {
  const value = sheet.getCell(row, col).value;
  if (value && typeof value === 'object' && 'formula' in value) return String(value.result ?? '');
  return String(value ?? '');
}

function rowOf(sheet: ExcelJS.Worksheet, col: number, text: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (shown(sheet, row, col) === text) return row;
  throw new Error(`${sheet.name}: no row "${text}"`);
}

describe('LibreOffice recalculating the exported workbook', () => {
  it('finds the totals of our tally, from the formulas alone (the saved results were overwritten first)', async () => {
    const soffice = sofficePath();
    expect(soffice, 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc (.ci/run installs it)').not.toBe('');
    const dir = tempDir();
    const file = congress();
    writeFileSync(join(dir, 'dai-hoi.xlsx'), await poisoned(await writeCongressWorkbook(file)));
    const outDir = join(dir, 'out');
    const converted = convertWithLibreOffice(soffice, recalculatingProfile(dir), join(dir, 'dai-hoi.xlsx'), outDir);
    expect(converted.status, converted.stderr).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(outDir, 'dai-hoi.xlsx')) as unknown as ArrayBuffer);
    tallyCongressFile(file).forEach((tally, i) => {
      const results = workbook.getWorksheet(`Kết quả ${i + 1}`) as ExcelJS.Worksheet;
      expect(cellNumber(results, rowOf(results, 2, 'Số phiếu hợp lệ'), 3)).toBe(tally.ballots.valid);
      expect(cellNumber(results, rowOf(results, 2, 'Số phiếu không hợp lệ'), 3)).toBe(tally.ballots.invalid);
      expect(cellNumber(results, rowOf(results, 2, 'Số phiếu cần để trúng cử (quá một nửa)'), 3)).toBe(tally.votesNeeded);
      expect(cellNumber(results, rowOf(results, 2, 'Số phiếu đã kiểm (nhập từng tờ và tổng hợp theo tổ)'), 3)).toBe(tally.ballots.counted);
      const header = rowOf(results, 1, 'TT');
      tally.candidates.forEach((c, k) => {
        expect(shown(results, header + 1 + k, 2)).toBe(c.name);
        expect(cellNumber(results, header + 1 + k, 3), c.name).toBe(c.votes);
        expect(Math.round(cellNumber(results, header + 1 + k, 4) * 10000)).toBe(percentHundredths(c.votes, tally.base));
      });
      const minutes = workbook.getWorksheet(`Biên bản ${i + 1}`) as ExcelJS.Worksheet;
      expect(rowOf(minutes, 1, `– Số phiếu hợp lệ: ${tally.ballots.valid}.`)).toBeGreaterThan(0);
      expect(rowOf(minutes, 1, `– Số phiếu không hợp lệ: ${tally.ballots.invalid}${tally.ballots.invalid > 0 ? ', gồm:' : '.'}`)).toBeGreaterThan(0);
    });
  }, 180_000);
});
