import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { shownMoment } from '../../shared/format/date';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { openTestApp, setUpElection, unwrap } from '../helpers/api';
import { chiBoCongress } from '../helpers/chi-bo-congress';

/**
 * Issue 18, item 8: the secretariat's workbook in Vietnamese words: no code of the program (an
 * office "cap_uy", an election "cap_uy-v2", a candidate "c02", a ballot's id), times on the
 * congress's clock; one row per paper number, the undone and voided ones said so, numbered as
 * the papers are. The codes the program reads back stay in hidden columns and rows.
 */

type Sheet = ExcelJS.Worksheet;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function shown(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value && typeof value === 'object' && 'formula' in value) return String(value.result ?? '');
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return value === null || value === undefined ? '' : String(value);
}

/** What a person sees of a sheet: the cells of its rows and columns that are not hidden, a row a line. */
function visibleRows(sheet: Sheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.hidden) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (!sheet.getColumn(col).hidden) cells.push(shown(cell));
    });
    rows.push(cells);
  });
  return rows;
}

const CODES = /\b(?:cap_uy|bi_thu|pho_bi_thu|ban_thuong_vu|ubkt|dai_bieu|khac)(?:-v\d+)?\b|\bc\d{2}\b|\bphieu-\d+\b|\b[A-Z]+_[A-Z_]+\b|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function expectWords(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    for (const row of visibleRows(sheet)) for (const cell of row) expect(CODES.test(cell), `${sheet.name}: "${cell}"`).toBe(false);
  });
}

/** The ballots sheet's rows under its header: number, verdict and reason as shown. */
function paperRows(sheet: Sheet): { number: string; verdict: string; reason: string; at: string }[] {
  const header = sheet.getRows(1, sheet.rowCount)?.find((row) => shown(row.getCell(1)) === 'Số phiếu');
  if (!header) throw new Error(`${sheet.name}: no header row`);
  const col = (label: string) => {
    let found = -1;
    header.eachCell((cell, c) => {
      if (shown(cell) === label) found = c;
    });
    return found;
  };
  const rows = [];
  for (let r = header.number + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (shown(row.getCell(1)) === '') continue;
    rows.push({ number: shown(row.getCell(1)), verdict: shown(row.getCell(col('Kết quả'))), reason: shown(row.getCell(col('Lý do không hợp lệ'))), at: shown(row.getCell(col('Lúc nhập'))) });
  }
  return rows;
}

describe('the workbook in Vietnamese words (issue 18, item 8)', () => {
  it('the chi bộ, three elections and a further round: no office, election or candidate code in sight; read back whole', async () => {
    const read = readCongressFile(JSON.stringify(chiBoCongress()));
    if (!read.ok) throw new Error(read.error.message);
    const bytes = await writeCongressWorkbook(read.value);
    const workbook = await load(bytes);
    expectWords(workbook);
    const info = workbook.getWorksheet('Đại hội') as Sheet;
    const elections = visibleRows(info).filter((row) => row[1]?.startsWith('Bầu '));
    expect(elections.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Bầu Chi ủy Chi bộ Khu phố 3', 'Ban Chấp hành (cấp ủy)'],
      ['2', 'Bầu Chi ủy Chi bộ Khu phố 3 (vòng 2: bầu bổ sung số còn thiếu)', 'Ban Chấp hành (cấp ủy)'],
      ['3', 'Bầu Bí thư Chi bộ', 'Bí thư'],
    ]);
    const back = await readOwnWorkbookFile(bytes);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.elections.map((e) => [e.id, e.office, e.continues ?? null])).toEqual([['cap_uy', 'cap_uy', null], ['cap_uy-v2', 'cap_uy', 'cap_uy'], ['bi_thu', 'bi_thu', null]]);
  });

  it('from the app: a row for every paper number, the undone and the voided said so, times on the clock of the room; read back with the same numbers', async () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app);
    const entered = [['c01', 'c02'], ['c03'], ['c04', 'c05'], ['c01'], ['c02', 'c03']].map((struck) => unwrap(app.api.enterBallot({ electionId, teamId, struck, operator: 'Lan' })));
    unwrap(app.api.voidBallot({ ballotId: entered[1]!.ballotId, undo: true, operator: 'Lan' }));
    unwrap(app.api.voidBallot({ ballotId: entered[3]!.ballotId, reason: 'Nhập trùng phiếu số 1', operator: 'Lan' }));
    const bytes = unwrap(await app.api.exportWorkbook({ congressId })).data;
    const workbook = await load(bytes);
    expectWords(workbook);

    const papers = paperRows(workbook.getWorksheet('Phiếu 1') as Sheet);
    expect(papers.map((p) => [p.number, p.verdict, p.reason])).toEqual([
      ['1', 'Hợp lệ', ''],
      ['2', 'Đã hoàn tác', 'Hoàn tác ngay sau khi nhập'],
      ['3', 'Hợp lệ', ''],
      ['4', 'Đã hủy', 'Nhập trùng phiếu số 1'],
      ['5', 'Hợp lệ', ''],
    ]);
    const file = readCongressFile(unwrap(app.api.exportCongressFile({ congressId })).text);
    if (!file.ok) throw new Error(file.error.message);
    const ballots = file.value.elections[0]!.ballots;
    expect(papers.filter((p) => p.verdict === 'Hợp lệ').map((p) => p.at)).toEqual(ballots.map((b) => shownMoment(b.at as string)));

    const back = await readOwnWorkbookFile(bytes);
    if (!back.ok) throw new Error(back.error.message);
    const kept = (f: CongressFile) => f.elections[0]!.ballots.map((b) => ({ id: b.id, number: b.number, struck: b.struck, at: b.at, operator: b.operator }));
    expect(kept(back.value)).toEqual(kept(file.value));
    const results = workbook.getWorksheet('Kết quả 1') as Sheet;
    const returned = visibleRows(results).find((row) => row[0] === 'Số phiếu thu vào');
    expect(returned?.[1]).toBe('3');
  });
});
