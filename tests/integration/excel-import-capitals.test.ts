import { describe, expect, it } from 'vitest';
import { layoutA } from '../helpers/excel-layouts';
import { NAMES, expectSameCount } from '../helpers/excel-reference';
import { imported, preview, workbookBytes, type CellSpec } from '../helpers/workbooks';

/** Every text of the sheet typed in capitals, as many committees type their titles and names. */
const inCapitals = (text: string): CellSpec => text.toLocaleUpperCase('vi');

describe('a sheet written in capitals', () => {
  it('proposes the names, the teams, the congress name and the title in normal capitalisation, counted as the reference', async () => {
    const rows = [['ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ V'], ...layoutA({ text: inCapitals })];
    const bytes = await workbookBytes([{ name: 'BCH', rows }]);
    const { preview: p, file } = await preview(bytes);
    expect(p.elections[0]?.candidates.map((c) => c.name)).toEqual(NAMES);
    expect(p.elections[0]?.teams).toEqual(['Tổ 1', 'Tổ 2']);
    expect(p.congress.name).toEqual({ value: 'Đại hội Đảng bộ xã An Phú lần thứ V', source: 'Sheet "BCH", ô A1: "ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ V"' });
    expect(p.congress.organization).toBe('Đảng bộ xã An Phú');
    expect(p.elections[0]?.title).toEqual({ value: 'Bầu Ban Chấp hành Đảng bộ xã khóa V, nhiệm kỳ 2025 - 2030', source: 'Sheet "BCH", ô A3: "BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA V, NHIỆM KỲ 2025 - 2030"' });
    expectSameCount(file as NonNullable<typeof file>);
    expect(file?.elections[0]?.candidates.map((c) => c.name)).toEqual(NAMES);
    expect(file?.congress.name).toBe('Đại hội Đảng bộ xã An Phú lần thứ V');
  });

  it('names the congress after its organisation, in normal capitalisation, when no row names the congress', async () => {
    const { preview: p } = await preview(await workbookBytes([{ name: 'BCH', rows: layoutA({ text: inCapitals }) }]));
    expect(p.congress.name.value).toBe('Đại hội Đảng bộ xã An Phú');
  });

  it('takes from a title row what is elected, without the words of the sheet’s heading', async () => {
    const titled = async (title: string) => {
      const rows = layoutA().map((row, i) => (i === 1 ? [title] : row));
      return (await preview(await workbookBytes([{ name: 'BCH', rows }]))).preview.elections[0]?.title.value;
    };
    expect(await titled('TỔNG HỢP KẾT QUẢ KIỂM PHIẾU THEO TỔ - BẦU BAN THƯỜNG VỤ')).toBe('Bầu Ban Thường vụ');
    expect(await titled('DANH SÁCH BẦU CỬ ỦY BAN KIỂM TRA ĐẢNG ỦY KHÓA XVII')).toBe('Bầu Ủy ban Kiểm tra Đảng ủy khóa XVII');
    expect(await titled('Kết quả kiểm phiếu bầu đại biểu đi dự Đại hội cấp trên')).toBe('Bầu đại biểu đi dự Đại hội cấp trên');
    expect(await titled('Bảng kiểm phiếu bầu Ban Chấp hành khóa V')).toBe('Bầu Ban Chấp hành khóa V');
  });

  it('leaves names and titles written in mixed case as they are', async () => {
    const rows = layoutA().map((row, i) => (i === 1 ? ['Bầu BAN CHẤP HÀNH Đảng bộ xã khóa V'] : row));
    const withMixedName = rows.map((row) => row.map((cell) => (cell === NAMES[0] ? 'Nguyễn VĂN An' : cell)));
    const { preview: p } = await preview(await workbookBytes([{ name: 'BCH', rows: withMixedName }]));
    expect(p.elections[0]?.title.value).toBe('Bầu BAN CHẤP HÀNH Đảng bộ xã khóa V');
    expect(p.elections[0]?.candidates[0]?.name).toBe('Nguyễn VĂN An');
  });

  it('imports the names in normal capitalisation', async () => {
    const file = await imported(await workbookBytes([{ name: 'BCH', rows: layoutA({ text: inCapitals }) }]));
    expect(file.elections[0]?.candidates.map((c) => c.name)).toEqual(NAMES);
  });
});
