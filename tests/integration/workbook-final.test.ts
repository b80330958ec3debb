import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';
import { TIE_NAMES, tieCongress, type TieCongressOptions } from '../helpers/tie-congress';

async function workbookOf(options: TieCongressOptions = {}) {
  const read = readCongressFile(JSON.stringify(tieCongress(options)));
  if (!read.ok) throw new Error(read.error.message);
  const bytes = await writeCongressWorkbook(read.value);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, workbook, file: read.value };
}

/** Each row's cells; a merged line (its text repeated across the merge) once. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    rows.push(row.getCell(1).isMerged ? [cells[0] ?? ''] : cells);
  });
  return rows;
}

describe('the workbook has the final result of each office (issue 11, item 5)', () => {
  it('a sheet "Kết quả cuối cùng" after the congress sheet: all 14, each with the round that elected them', async () => {
    const { workbook } = await workbookOf();
    expect(workbook.worksheets.map((s) => s.name).slice(0, 3)).toEqual(['Đại hội', 'Kết quả cuối cùng', 'DS 1']);
    const rows = rowsOf(workbook.getWorksheet('Kết quả cuối cùng') as ExcelJS.Worksheet);
    const text = rows.map((r) => r.filter((c) => c !== '').join(' | '));
    expect(text).toContain('1. Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III');
    expect(text).toContain('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.');
    expect(text).toContain('TT | Họ và tên | Số phiếu | Trúng cử ở');
    expect(text).toContain(`1 | ${TIE_NAMES[0]} | 95 | vòng 1`);
    expect(text).toContain(`14 | ${TIE_NAMES[13]} | 80 | vòng 2`);
    expect(text.some((line) => line.includes('TẠM THỜI'))).toBe(false);
  });

  it('a tie-break still open is marked provisional; the workbook still reads back to the same congress', async () => {
    const { workbook, bytes, file } = await workbookOf({ tieBreakLocked: false });
    const text = rowsOf(workbook.getWorksheet('Kết quả cuối cùng') as ExcelJS.Worksheet).map((r) => r.join(''));
    expect(text).toContain('KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả.');
    const back = await readOwnWorkbookFile(bytes);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.elections.map((e) => [e.id, e.continues, e.status])).toEqual(file.elections.map((e) => [e.id, e.continues, e.status]));
  });
});
