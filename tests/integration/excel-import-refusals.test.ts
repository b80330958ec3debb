import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importExcelFile, previewExcelFile } from '../../src-main/excel/import-workbook';
import { layoutA } from '../helpers/excel-layouts';
import { BALLOTS, NAMES, SEATS } from '../helpers/excel-reference';
import { imported, marksAt, preview, workbookBytes, type CellSpec } from '../helpers/workbooks';

const n = NAMES.length;
const EXPECTED_MARKS = 'x, X, 1, /, -, g, v, ✓ hoặc để trống';

/** layoutA with one cell changed: `row` and `col` count from 1, as Excel does. */
function withCell(row: number, col: number, value: CellSpec): CellSpec[][] {
  const rows = layoutA();
  const cells = rows[row - 1] as CellSpec[];
  cells[col - 1] = value;
  return rows;
}

describe('refusals name the sheet and the cell, and import nothing', () => {
  it('a mark that is not a mark', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: withCell(17, 4, 'xx') }]);
    const { preview: p, file } = await preview(bytes);
    expect(file).toBeNull();
    const errors = p.problems.filter((x) => x.severity === 'error');
    expect(errors.map((x) => x.message)).toEqual([`Sheet "BCH", ô D17: "xx" không phải là dấu hợp lệ (cần một trong: ${EXPECTED_MARKS})`]);
    expect(errors[0]?.line).toEqual({ sheet: 'BCH', line: '17' });
    const refused = await importExcelFile(bytes, {}, 'thu.xlsx');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('EXCEL_IMPORT_REJECTED');
      expect(refused.error.message).toBe(`Sheet "BCH", ô D17: "xx" không phải là dấu hợp lệ (cần một trong: ${EXPECTED_MARKS}). Không nhập gì.`);
    }
  });

  it('imports once the user chose to skip the named row, and says it was skipped', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: withCell(17, 4, 'xx') }]);
    const { preview: p, file } = await preview(bytes, { skip: [{ sheet: 'BCH', line: '17' }] });
    expect(p.elections[0]?.skippedLines).toEqual(['17']);
    expect(file?.elections[0]?.ballots).toHaveLength(BALLOTS.length - 1);
  });

  it('a ballot number that is not a number', async () => {
    const { preview: p } = await preview(await workbookBytes([{ name: 'BCH', rows: withCell(8, 1, '2a') }]));
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual(['Sheet "BCH", ô A8: "2a" không phải là số phiếu (cần một số nguyên)']);
  });

  it('team totals no team could have counted (more votes than valid ballots), naming the team', async () => {
    const rows: CellSpec[][] = [[`Số lượng cần bầu: ${SEATS}`], ['Tổ', 'Phiếu thu vào', 'Phiếu hợp lệ', ...NAMES], ['Tổ 1', 10, 10, 11, 1, 1, 1, 1, 1]];
    const { preview: p, file } = await preview(await workbookBytes([{ name: 'TH', rows }]), { summoned: 20 });
    expect(file).toBeNull();
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual(['Sheet "TH", ô D3: 11 phiếu, nhiều hơn số phiếu hợp lệ của tổ (10)']);
  });

  it('files that are not workbooks: another format, an old .xls, a truncated .xlsx', async () => {
    const good = await workbookBytes([{ name: 'BCH', rows: layoutA() }]);
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode('STT,Nguyễn Văn An\n1,x\n'), /^Tệp không phải là bảng tính Excel \(\.xlsx\)$/],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel 97-2003 \(\.xls\).*lưu lại dạng \.xlsx/],
      [good.slice(0, Math.floor(good.length / 2)), /^Tệp \.xlsx bị hỏng, không giải nén được/],
    ];
    for (const [bytes, message] of cases) {
      const result = await previewExcelFile(bytes, {}, 'x');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('EXCEL_UNREADABLE');
        expect(result.error.message).toMatch(message);
      }
    }
  });

  it('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    const result = await previewExcelFile(await zip.generateAsync({ type: 'uint8array' }), {}, 'x');
    expect(result.ok ? null : result.error.message).toBe('Tệp không có phần mô tả sổ tính (xl/workbook.xml): không phải bảng tính Excel (.xlsx)');
  });
});

describe('what nobody says, the import asks', () => {
  const plain: CellSpec[][] = [[`Số lượng cần bầu: ${SEATS}`], ['STT', ...NAMES], ...BALLOTS.slice(0, 4).map((b, k) => [k + 1, ...marksAt(n, b.struck)])];

  it('the meaning of a mark, by the option that answers it; the option answers it', async () => {
    const { preview: p } = await preview(await workbookBytes([{ name: 'BCH', rows: plain }]), { summoned: 10 });
    expect(p.questions.map((q) => [q.option, q.election])).toEqual([['marks', 'BCH']]);
    expect(p.questions[0]?.message).toContain('--marks struck');
    expect(p.ready).toBe(false);
    const refused = await importExcelFile(await workbookBytes([{ name: 'BCH', rows: plain }]), { summoned: 10 }, 'x');
    expect(refused.ok ? null : refused.error.code).toBe('EXCEL_NEEDS_ANSWERS');
    const file = await imported(await workbookBytes([{ name: 'BCH', rows: plain }]), { summoned: 10, marks: 'struck' });
    expect(file.elections[0]?.ballots[0]).toEqual({ struck: ['c01', 'c06'], count: 1 });
    const kept = await imported(await workbookBytes([{ name: 'BCH', rows: plain }]), { summoned: 10, elections: { BCH: { marks: 'kept' } } });
    expect(kept.elections[0]?.ballots[0]).toEqual({ kept: ['c01', 'c06'], count: 1 });
  });

  it('two hints that disagree are not settled by guessing', async () => {
    const rows: CellSpec[][] = [['Đánh dấu x vào tên đồng chí bị gạch'], ['Ghi chú: x = bầu'], ...plain];
    const { preview: p } = await preview(await workbookBytes([{ name: 'BCH', rows }]), { summoned: 10 });
    expect(p.questions.map((q) => q.option)).toEqual(['marks']);
    expect(p.questions[0]?.message).toContain('Sheet "BCH", ô A1');
    expect(p.questions[0]?.message).toContain('Sheet "BCH", ô A2');
  });

  it('a header the importer could not see is pointed out by the user; an unknown sheet is named', async () => {
    const lower: CellSpec[][] = [['Số lượng cần bầu: 1. Đánh dấu x vào tên bị gạch'], ['stt', 'nguyễn văn an', 'trần thị bình'], [1, 'x', null], [2, null, 'x']];
    const bytes = await workbookBytes([{ name: 'BT', rows: lower }]);
    const { preview: unseen } = await preview(bytes, { summoned: 5 });
    expect(unseen.problems.map((x) => x.code)).toEqual(['NOTHING_FOUND']);
    const file = await imported(bytes, { summoned: 5, headers: [{ sheet: 'BT', row: 2 }] });
    expect(file.elections[0]?.candidates.map((c) => c.name)).toEqual(['nguyễn văn an', 'trần thị bình']);
    const unknown = await previewExcelFile(bytes, { sheet: 'BCH' }, 'x');
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'EXCEL_UNKNOWN_SHEET', message: 'Không có sheet "BCH". Các sheet trong tệp: "BT"' });
  });
});
