import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../shared/text/legacy-encodings';
import { layoutA } from '../helpers/excel-layouts';
import { NAMES, expectSameCount } from '../helpers/excel-reference';
import { preview, workbookBytes } from '../helpers/workbooks';

/** TCVN3 has no codes for toned capitals: titles were typed in small letters in a .VnTimeH font. */
function tcvn3(text: string) {
  const upper = text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text);
  return upper ? { text: encodeTcvn3(text.toLocaleLowerCase('vi')), font: '.VnTimeH' } : { text: encodeTcvn3(text), font: '.VnTime' };
}

describe('legacy encodings and Unicode forms', () => {
  it('reads a TCVN3 workbook (.VnTime, titles in .VnTimeH): names converted, shown with the stored text, counted as the reference', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA({ text: tcvn3 }) }]);
    const { preview: p, file } = await preview(bytes);
    const candidates = p.elections[0]?.candidates ?? [];
    expect(candidates.map((c) => c.name)).toEqual(NAMES);
    expect(candidates[0]).toMatchObject({ original: encodeTcvn3('Nguyễn Văn An'), encoding: 'tcvn3', encodingSource: 'font' });
    expect(encodeTcvn3('Nguyễn Văn An')).toBe('NguyÔn V¨n An');
    expect(p.elections[0]?.title.value).toBe('Bầu Ban Chấp hành Đảng bộ xã khóa V, nhiệm kỳ 2025 - 2030');
    expect(p.legacyText.encodings).toEqual(['tcvn3']);
    expectSameCount(file as NonNullable<typeof file>);
  });

  it('reads a VNI workbook (VNI-Times)', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: layoutA({ text: (text) => ({ text: encodeVni(text), font: 'VNI-Times' }) }) }]);
    const { preview: p, file } = await preview(bytes);
    expect(p.elections[0]?.candidates.map((c) => [c.name, c.encoding])).toEqual(NAMES.map((name) => [name, 'vni']));
    expect(p.elections[0]?.candidates[0]?.original).toBe('Nguyeãn Vaên An');
    expectSameCount(file as NonNullable<typeof file>);
  });

  it('tells TCVN3 and VNI from the text itself when the font was changed to Arial', async () => {
    for (const [encode, encoding] of [[encodeTcvn3, 'tcvn3'], [encodeVni, 'vni']] as const) {
      const rows = layoutA({ text: (text) => ({ text: encode(text === text.toLocaleUpperCase('vi') ? text.toLocaleLowerCase('vi') : text), font: 'Arial' }) });
      const { preview: p, file } = await preview(await workbookBytes([{ name: 'BCH', rows }]));
      expect(p.elections[0]?.candidates.map((c) => [c.name, c.encoding, c.encodingSource])).toEqual(NAMES.map((name) => [name, encoding, 'text']));
      expectSameCount(file as NonNullable<typeof file>);
    }
  });

  it('turns decomposed (NFD) text into NFC, and cleans stray and non-breaking spaces', async () => {
    const rows = layoutA({ text: (text) => (NAMES.includes(text) ? `  ${text.normalize('NFD').replace(' ', '\u00a0 ')} ` : text) });
    const { preview: p, file } = await preview(await workbookBytes([{ name: 'BCH', rows }]));
    expect(p.elections[0]?.candidates.map((c) => c.name)).toEqual(NAMES);
    expect(file?.elections[0]?.candidates.map((c) => c.name)).toEqual(NAMES.map((name) => name.normalize('NFC')));
    expectSameCount(file as NonNullable<typeof file>);
  });
});
