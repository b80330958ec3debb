import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupedNumber, MAX_SUMMONED } from '../../shared/limits';
import { columnName } from '../../src-main/excel/grid';
import { count, EXCEL_LIMITS, megabytes } from '../../src-main/excel/limits';
import { importExcelFile } from '../../src-main/excel/import-workbook';
import { openTestApp, tempDir, unwrap } from '../helpers/api';
import { problem, TableProblems } from '../../src-main/excel/problems';
import { ballotSheets, EXCEL_ROWS, everyMarkWrong, everyRow, hugeSharedString, longCell, manySheets, MB, onePartManySheets, paddedSheets, sharedStringsXml, sheetXml, workbookOf, zipOf, type Piece } from '../helpers/excel-attacks';
import type { ChildOutcome } from '../helpers/excel-import-child';

/**
 * Finding 7 of issue 10: a 312 KB workbook holding a 300 MB shared string, a sheet of 1,048,576
 * rows, a workbook of 5,000 sheets. Each hostile workbook is refused with the importer's usual
 * refusal, naming the limit, and nothing is imported. The big ones are imported in a process of
 * their own with its heap bounded at 512 MB (what a refusal may cost), so that running out of
 * memory fails the test instead of killing the runner. Nothing here is timed: the bench measures
 * the time and the memory of each refusal.
 */
const CHILD = join(dirname(fileURLToPath(import.meta.url)), '../helpers/excel-import-child.ts');
/** A bound on a hang, far above what any refusal needs on a slow, busy machine. */
const HANG_SECONDS = 170;

function importInChild(bytes: Uint8Array): ChildOutcome {
  const book = join(tempDir(), 'tan-cong.xlsx');
  writeFileSync(book, bytes);
  const run = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', CHILD, book], { encoding: 'utf8', timeout: HANG_SECONDS * 1000, maxBuffer: 16 * MB });
  if (run.status !== 0) throw new Error(`the import did not finish (${run.signal ?? `exit ${run.status}`}): ${run.stderr.slice(-1500)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as ChildOutcome;
}

function refusedInChild(bytes: Uint8Array, code = 'EXCEL_UNREADABLE'): string {
  const outcome = importInChild(bytes);
  expect(outcome.ok, `imported ${outcome.elections} elections`).toBe(false);
  expect(outcome.code).toBe(code);
  return outcome.message;
}

async function refused(bytes: Uint8Array, code = 'EXCEL_UNREADABLE'): Promise<string> {
  const result = await importExcelFile(bytes, {}, 'tan-cong.xlsx');
  if (result.ok) throw new Error(`expected a refusal, got ${result.value.file.elections.length} elections`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

const PART = `giới hạn ${megabytes(EXCEL_LIMITS.partBytes)} một phần`;
const CELL = `giới hạn ${count(EXCEL_LIMITS.cellCharacters)} ký tự một ô`;

describe('the three workbooks of finding 7', () => {
  it('a 300 MB shared string in a file of about 300 KB: refused by the size of the part, never inflated', () => {
    const bytes = hugeSharedString(300);
    expect(bytes.length).toBeLessThan(400_000);
    expect(refusedInChild(bytes)).toBe(`Tệp .xlsx, phần "xl/sharedStrings.xml": giải nén ra hơn ${megabytes(EXCEL_LIMITS.partBytes)} (${PART})`);
  });

  it('a 100 MB shared string, under the size of a part: refused at the cell that shows it, the string never built', () => {
    expect(refusedInChild(hugeSharedString(100))).toBe(`Sheet "BCH", ô A1: ô dài hơn ${count(EXCEL_LIMITS.cellCharacters)} ký tự (${CELL})`);
  });

  it(`a sheet of ${count(EXCEL_ROWS)} rows: refused once the rows holding a cell pass the limit`, () => {
    const limit = count(EXCEL_LIMITS.rows);
    expect(refusedInChild(everyRow())).toBe(`Sheet "BCH": quá ${limit} dòng có dữ liệu, đến dòng ${count(EXCEL_LIMITS.rows + 1)} (giới hạn ${limit} dòng cả bảng tính)`);
  });

  it('a workbook of 5,000 sheets (one part named 5,000 times): refused by the number of sheets, through the api nothing written', async () => {
    const bytes = manySheets(5000);
    expect(bytes.length).toBeLessThan(100_000);
    const message = refusedInChild(bytes);
    expect(message).toBe(`Bảng tính: có 5.000 sheet (giới hạn ${EXCEL_LIMITS.sheets} sheet)`);
    const app = openTestApp();
    const result = await app.api.importExcel({ data: bytes });
    expect(result.ok).toBe(false);
    expect(unwrap(app.api.listCongresses())).toEqual([]);
    expect(unwrap(app.api.listAudit({}))).toEqual([]);
  });
});

describe('the other limits', () => {
  it('a cell longer than Excel allows, inline or a shared string, is refused naming the cell', async () => {
    const tooLong = EXCEL_LIMITS.cellCharacters + 1;
    for (const as of ['inline', 'shared'] as const) {
      expect(await refused(longCell(tooLong, as)), as).toBe(`Sheet "BCH", ô B5: ô dài hơn ${count(EXCEL_LIMITS.cellCharacters)} ký tự (${CELL})`);
    }
    // At the limit, the cell is read: the import then finds it is not a mark.
    expect(await refused(longCell(EXCEL_LIMITS.cellCharacters, 'shared'), 'EXCEL_IMPORT_REJECTED')).toMatch(/^Sheet "BCH", ô B5: "Nguyễn Văn An/);
  });

  it('an archive whose parts, each under the limit of a part, inflate together beyond the limit of the archive', () => {
    const each = EXCEL_LIMITS.partBytes / MB - 8;
    const sheets = Math.ceil(EXCEL_LIMITS.archiveBytes / MB / each) + 1;
    const total = `giải nén ra hơn ${megabytes(EXCEL_LIMITS.archiveBytes)} (giới hạn ${megabytes(EXCEL_LIMITS.archiveBytes)} cả tệp)`;
    expect(refusedInChild(paddedSheets(sheets, each))).toBe(`Tệp .xlsx: ${total}`);
    // One part named by as many sheets: only the bytes counted as they are inflated tell.
    expect(refusedInChild(onePartManySheets(sheets, each))).toBe(`Tệp .xlsx: ${total}`);
  });

  it('a sheet of more rows × columns than a sheet may hold, under the limit on rows', () => {
    const names = 60;
    const ballots = Math.ceil(EXCEL_LIMITS.sheetCells / (names + 1) / 100) * 100 + 100;
    expect(ballots).toBeLessThan(EXCEL_LIMITS.rows);
    const limit = count(EXCEL_LIMITS.sheetCells);
    expect(refusedInChild(ballotSheets(1, ballots, names))).toMatch(new RegExp(`^Sheet "BCH": quá ${limit} ô, đến dòng [\\d.]+ đã có [\\d.]+ dòng × 61 cột có dữ liệu \\(giới hạn ${limit} ô một sheet\\)$`));
  });

  it('sheets each under the limit of a sheet, together beyond the limit of the workbook', () => {
    const names = 60;
    const ballots = Math.ceil(EXCEL_LIMITS.workbookCells / 2 / (names + 1) / 100) * 100 + 100;
    expect((ballots + 2) * (names + 1)).toBeLessThan(EXCEL_LIMITS.sheetCells);
    const limit = count(EXCEL_LIMITS.workbookCells);
    expect(refusedInChild(ballotSheets(2, ballots, names))).toMatch(new RegExp(`^Sheet "BCH 2": cả bảng tính quá ${limit} ô, .* ở sheet này \\(giới hạn ${limit} ô cả bảng tính\\)$`));
  });

  it('a sheet just within the limits whose every mark is wrong: refused by the import, a thousand problems kept and not millions', () => {
    const names = 60;
    const ballots = Math.floor((EXCEL_LIMITS.sheetCells / (names + 1) - 10) / 100) * 100;
    expect(refusedInChild(everyMarkWrong(ballots, names), 'EXCEL_IMPORT_REJECTED')).toMatch(/^Sheet "BCH", ô B3: "7" không phải là dấu hợp lệ/);
  });

  it('a table keeps a thousand problems of each kind, and says there are more', () => {
    const problems = new TableProblems();
    const kept = EXCEL_LIMITS.problemsKept;
    for (let i = 0; i < kept + 500; i++) problems.add(problem('warning', 'W', `Sheet "BCH", ô B${i + 1}`, 'cảnh báo'));
    problems.add(problem('error', 'E', 'Sheet "BCH", ô C1', 'lỗi'));
    expect(problems.list).toHaveLength(kept + 2);
    expect(problems.list[kept]).toEqual({ severity: 'warning', code: 'MORE_PROBLEMS', place: `Sheet "BCH", ô B${kept + 1}`, message: `Sheet "BCH", ô B${kept + 1}: từ đây còn cảnh báo nữa, không liệt kê (mỗi bảng chỉ liệt kê ${count(kept)} cảnh báo đầu)` });
    expect(problems.list.at(-1)?.severity).toBe('error');
  });

  it('more tables than elections an import may make', async () => {
    const sheets = EXCEL_LIMITS.elections + 20;
    expect(sheets).toBeLessThanOrEqual(EXCEL_LIMITS.sheets);
    expect(await refused(manySheets(sheets), 'EXCEL_IMPORT_REJECTED')).toBe(`Bảng tính: có ${sheets} bảng để nhập thành cuộc bầu (giới hạn ${EXCEL_LIMITS.elections} cuộc bầu một lần nhập). Không nhập gì.`);
  });

  it('an archive of more entries than a workbook has', async () => {
    const entries = Array.from({ length: EXCEL_LIMITS.entries + 1 }, (_, i) => ({ path: `x/${i}`, content: '' }));
    expect(await refused(zipOf(entries))).toBe(`Tệp .xlsx: có ${count(EXCEL_LIMITS.entries + 1)} phần (giới hạn ${count(EXCEL_LIMITS.entries)} phần)`);
  });

  it('XML nested deeper, or a token longer, than a workbook ever has; merged ranges, the rows they cover and styles beyond count', async () => {
    const one = (rows: Piece[], after = '') => workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheetXml(rows, after) }]);
    const depth = EXCEL_LIMITS.xmlDepth;
    expect(await refused(one([{ text: '<x>'.repeat(depth) + '</x>'.repeat(depth), times: 1 }]))).toBe(`Tệp .xlsx, phần "xl/worksheets/sheet1.xml": các thẻ lồng nhau sâu hơn ${depth} tầng (giới hạn ${depth} tầng)`);
    const token = megabytes(EXCEL_LIMITS.tokenBytes);
    expect(await refused(one([{ text: '<!--', times: 1 }, { text: ' '.repeat(1024), times: 2048 }, { text: '-->', times: 1 }]))).toBe(`Tệp .xlsx, phần "xl/worksheets/sheet1.xml": có một thẻ hoặc một đoạn chữ dài hơn ${token} (giới hạn ${token})`);
    const merges = EXCEL_LIMITS.mergedRanges;
    expect(await refused(one([{ text: '<row r="1"><c r="A1"><v>1</v></c></row>', times: 1 }], `<mergeCells>${'<mergeCell ref="A1:B1"/>'.repeat(merges + 1)}</mergeCells>`))).toBe(`Sheet "BCH": có hơn ${count(merges)} vùng ô gộp (giới hạn ${count(merges)} vùng một sheet)`);
    const cells = count(EXCEL_LIMITS.sheetCells);
    const wholeColumn = '<mergeCell ref="A1:A1048576"/>'.repeat(Math.ceil(EXCEL_LIMITS.sheetCells / EXCEL_ROWS) + 1);
    expect(await refused(one([{ text: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row>', times: 1 }], `<mergeCells>${wholeColumn}</mergeCells>`))).toBe(`Sheet "BCH": các vùng ô gộp trải trên tổng cộng hơn ${cells} dòng (giới hạn ${cells} ô một sheet)`);
    const styles = EXCEL_LIMITS.styles;
    const stylesXml = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${'<xf/>'.repeat(styles + 1)}</cellXfs></styleSheet>`;
    const withStyles = workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheetXml([]) }], undefined, stylesXml);
    expect(await refused(withStyles)).toBe(`Tệp .xlsx, phần "xl/styles.xml": có hơn ${count(styles)} kiểu ô (giới hạn ${count(styles)})`);
  });
});

/** A sheet of one column per ballot over 60 names, `ballots` of them, for a congress of ballots + 10 summoned. */
function oneColumnPerBallot(ballots: number): Uint8Array {
  const names = 60;
  const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>Số đại biểu được triệu tập: ${ballots + 10}. Số lượng cần bầu: 50. Đánh dấu x vào tên đồng chí bị gạch.</t></is></c></row>`;
  const numbers = `<row r="2"><c r="A2" t="inlineStr"><is><t>Họ và tên</t></is></c>${Array.from({ length: ballots }, (_, b) => `<c r="${columnName(b + 2)}2"><v>${b + 1}</v></c>`).join('')}</row>`;
  const rows = Array.from({ length: names }, (_, i) => {
    const r = i + 3;
    const marks = Array.from({ length: ballots }, (_, b) => ((b + i) % 5 === 0 ? `<c r="${columnName(b + 2)}${r}" t="s"><v>0</v></c>` : '')).join('');
    return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? String.fromCharCode(65 + Math.floor(i / 26)) : ''}</t></is></c>${marks}</row>`;
  });
  return workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheetXml([{ text: header + numbers + rows.join(''), times: 1 }]) }], sharedStringsXml([{ text: '<si><t>x</t></si>', times: 1 }]));
}

describe('what must still import', () => {
  it('one column per ballot: the most ballots a congress may have (shared/limits.ts) over 60 names', () => {
    const outcome = importInChild(oneColumnPerBallot(MAX_SUMMONED - 10));
    expect(outcome.message).toBe('');
    expect(outcome.elections).toBe(1);
  });

  it('Excel’s 16,384 columns declare more people summoned than any congress has: refused naming that figure, in bounded memory', () => {
    const message = refusedInChild(oneColumnPerBallot(16_384 - 1), 'EXCEL_IMPORT_REJECTED');
    expect(message).toContain('Số được triệu tập (Sheet "BCH", ô A1');
    expect(message).toContain(`phải ≤ ${groupedNumber(MAX_SUMMONED)} (đang là 16.393)`);
  });
});
