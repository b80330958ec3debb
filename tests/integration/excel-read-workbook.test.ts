import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src-main/excel/read-workbook';
import { NAMES } from '../helpers/excel-reference';
import { workbookBytes } from '../helpers/workbooks';

async function read(bytes: Uint8Array) {
  const result = await readWorkbook(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A workbook written by exceljs's streaming writer: sheets stored before the shared strings and
 *  the workbook part, text written inline in the sheet. */
async function streamedWorkbook(rows: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  for (const name of ['Một', 'Hai', 'Ba']) {
    const sheet = workbook.addWorksheet(name);
    for (let r = 1; r <= rows; r++) sheet.addRow([r, NAMES[r % NAMES.length], `${name} ${r}`]).commit();
    sheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('reading cells', () => {
  it('keeps every Vietnamese letter whole when a long sheet reaches the reader in chunks', async () => {
    const grid = await read(await streamedWorkbook(4000));
    expect(grid.sheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['Một', 4000],
      ['Hai', 4000],
      ['Ba', 4000],
    ]);
    for (const sheet of grid.sheets) {
      for (let r = 1; r <= 4000; r++) {
        expect(sheet.rows[r]?.[2]?.text).toBe(NAMES[r % NAMES.length]);
        expect(sheet.rows[r]?.[3]?.text).toBe(`${sheet.name} ${r}`);
      }
    }
  });

  it('reads merged ranges, hidden sheets, formulas with their saved results, and fonts', async () => {
    const bytes = await workbookBytes([
      { name: 'A', rows: [['Tiêu đề'], [{ formula: 'SUM(B3:B4)', result: 3 }, { formula: 'B1', result: undefined }], [null, 1, 'c'], [null, 2]], merges: ['A1:C1'] },
      { name: 'Ẩn', rows: [[{ text: 'NguyÔn V¨n An', font: '.VnTime' }]], hidden: true },
    ]);
    const grid = await read(bytes);
    const [a, hidden] = grid.sheets;
    expect(a?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(a?.rows[2]?.[1]).toMatchObject({ formula: 'SUM(B3:B4)', value: 3, text: '3' });
    expect(a?.rows[2]?.[2]).toMatchObject({ formula: 'B1', value: null, text: '' });
    expect(hidden).toMatchObject({ name: 'Ẩn', hidden: true });
    expect(hidden?.rows[1]?.[1]).toMatchObject({ text: 'Nguyễn Văn An', original: 'NguyÔn V¨n An', encoding: 'tcvn3', encodingSource: 'font' });
  });
});
