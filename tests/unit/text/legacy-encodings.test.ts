import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TCVN3_TO_UNICODE,
  VNI_TO_UNICODE,
  decodeLegacyText,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  legacyEncodingOfFont,
} from '../../../shared/text/legacy-encodings';

const LOWER = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
const UPPER = LOWER.toLocaleUpperCase('vi');
const bytes = (...codes: number[]) => String.fromCharCode(...codes);

describe('TCVN3 (ABC, VN3)', () => {
  it('maps the bytes of the published table', () => {
    // TCVN 5712:1993 VN3, as fonts .VnTime/.VnArial show them (the same bytes in glibc's TCVN5712-1).
    const published: [number, string][] = [
      [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
      [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
      [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'], [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'],
      [0xc6, 'ặ'], [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'], [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'],
      [0xd0, 'é'], [0xd1, 'ẹ'], [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'], [0xd7, 'ì'], [0xd8, 'ỉ'],
      [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'], [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'], [0xe5, 'ồ'],
      [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'], [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
      [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'], [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'],
      [0xf9, 'ự'], [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
    ];
    expect(published).toHaveLength(74);
    for (const [byte, letter] of published) expect(decodeTcvn3(bytes(byte)), `0x${byte.toString(16)}`).toBe(letter);
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    // No two bytes for one letter, nothing outside the high half.
    expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(74);
    for (const legacy of TCVN3_TO_UNICODE.keys()) expect(legacy.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
  });

  it('encodes every lowercase Vietnamese letter, and reads it back', () => {
    for (const letter of LOWER) {
      const legacy = encodeTcvn3(letter);
      if (!'aeiouy'.includes(letter)) expect(legacy.charCodeAt(0), letter).toBeGreaterThan(0xa0);
      expect(decodeTcvn3(legacy)).toBe(letter);
    }
  });

  it('reads the examples of LEGACY_EXCEL.md and of real lists', () => {
    expect(decodeTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(decodeTcvn3('B¶o Th¾ng')).toBe('Bảo Thắng');
    expect(decodeTcvn3('M\u00adêng Kh\u00ad¬ng')).toBe('Mường Khương');
    expect(decodeTcvn3('§¶ng bé ph\u00adêng Hßa An')).toBe('Đảng bộ phường Hòa An');
  });

  it('shows capitals in the uppercase fonts (.VnTimeH)', () => {
    expect(decodeTcvn3('nguyÔn v¨n an', { upperCaseFont: true })).toBe('NGUYỄN VĂN AN');
    expect(decodeLegacyText('danh s¸ch', '.VnTimeH')).toEqual({ text: 'DANH SÁCH', encoding: 'tcvn3', source: 'font' });
    expect(decodeLegacyText('stt', '.VnArialH').text).toBe('STT');
  });
});

describe('VNI Windows', () => {
  it('maps the sequences of the published table', () => {
    const published: [string, string][] = [
      ['aø', 'à'], ['aù', 'á'], ['aû', 'ả'], ['aõ', 'ã'], ['aï', 'ạ'],
      ['aâ', 'â'], ['aà', 'ầ'], ['aá', 'ấ'], ['aå', 'ẩ'], ['aã', 'ẫ'], ['aä', 'ậ'],
      ['aê', 'ă'], ['aè', 'ằ'], ['aé', 'ắ'], ['aú', 'ẳ'], ['aü', 'ẵ'], ['aë', 'ặ'],
      ['eâ', 'ê'], ['eá', 'ế'], ['eà', 'ề'], ['eå', 'ể'], ['eã', 'ễ'], ['eä', 'ệ'],
      ['ì', 'ì'], ['í', 'í'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
      ['oâ', 'ô'], ['ô', 'ơ'], ['ôù', 'ớ'], ['ôø', 'ờ'], ['ôû', 'ở'], ['ôõ', 'ỡ'], ['ôï', 'ợ'],
      ['ö', 'ư'], ['öù', 'ứ'], ['öø', 'ừ'], ['öû', 'ử'], ['öõ', 'ữ'], ['öï', 'ự'],
      ['yù', 'ý'], ['yø', 'ỳ'], ['yû', 'ỷ'], ['yõ', 'ỹ'], ['î', 'ỵ'], ['ñ', 'đ'],
      ['AØ', 'À'], ['AÙ', 'Á'], ['AÂ', 'Â'], ['AÊ', 'Ă'], ['AÉ', 'Ắ'], ['EÃ', 'Ễ'], ['Ì', 'Ì'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
      ['OÂ', 'Ô'], ['Ô', 'Ơ'], ['ÔÙ', 'Ớ'], ['Ö', 'Ư'], ['ÖÏ', 'Ự'], ['Î', 'Ỵ'], ['Ñ', 'Đ'], ['Æ', 'Ỉ'],
    ];
    for (const [legacy, letter] of published) expect(decodeVni(legacy), legacy).toBe(letter);
    expect(VNI_TO_UNICODE.size).toBe(134);
    expect(new Set(VNI_TO_UNICODE.values()).size).toBe(134);
  });

  it('encodes every Vietnamese letter, small and capital, and reads it back', () => {
    for (const letter of LOWER + UPPER) expect(decodeVni(encodeVni(letter)), letter).toBe(letter);
  });

  it('reads the examples of LEGACY_EXCEL.md', () => {
    expect(decodeVni('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(decodeVni('Ñoã Thò Hoa')).toBe('Đỗ Thị Hoa');
    expect(decodeVni('NGUYEÃN VAÊN AN')).toBe('NGUYỄN VĂN AN');
    expect(decodeVni('Döông Vaên Nhaân')).toBe('Dương Văn Nhân');
  });
});

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Ngô', 'Dương', 'Lý', 'Đặng', 'Huỳnh', 'Phan', 'Võ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Ngọc', 'Thành', 'Đức', 'Xuân', 'Thu', 'Kiều', 'Mạnh'];
const GIVEN = ['An', 'Bảy', 'Cúc', 'Duy', 'Đức', 'Giao', 'Hạnh', 'Hoa', 'Khải', 'Loan', 'Nhân', 'Oanh', 'Thắng', 'Ỷ', 'Yến', 'Tuyết', 'Nguyệt', 'Cường', 'Sơn', 'Thủy', 'Hường', 'Quỳnh'];
const fullName = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((parts) => parts.join(' '));

describe('conversion of whole names (property)', () => {
  it('a name written in VNI or TCVN3, with its font, reads back as the name', () => {
    fc.assert(
      fc.property(fullName, (name) => {
        const vni = decodeLegacyText(encodeVni(name), 'VNI-Times');
        expect(vni.text).toBe(name);
        // A name of plain ASCII letters is the same in every encoding: nothing to convert.
        expect(vni.encoding).toBe(encodeVni(name) === name ? null : 'vni');
        // TCVN3 has no code for toned capitals: lists write names in small letters with a .Vn font,
        // or in capitals with a .VnTimeH font.
        const lower = name.toLocaleLowerCase('vi');
        expect(decodeLegacyText(encodeTcvn3(lower), '.VnTime').text).toBe(lower);
        expect(decodeLegacyText(encodeTcvn3(lower), '.VnTimeH').text).toBe(name.toLocaleUpperCase('vi'));
      }),
    );
  });

  it('Unicode text with letters only Unicode has is never converted, whatever its font says, and NFD comes out NFC', () => {
    fc.assert(
      fc.property(
        fullName.filter((name) => /[ăđĩũơưạ-ỹĂĐĨŨƠƯẠ-Ỹ]/u.test(name)),
        (name) => {
          expect(decodeLegacyText(name, '.VnTime').text).toBe(name);
          expect(decodeLegacyText(name.normalize('NFD'), 'VNI-Times').text).toBe(name);
          expect(detectLegacyEncoding(name)).toBeNull();
        },
      ),
    );
  });

  it('reads Latin-1-only text in a .Vn font as that font shows it (the reader drops a font used for Unicode elsewhere)', () => {
    expect(decodeLegacyText('Hoàng Minh Nhân', '.VnTime').text).toBe('Hoàng Minh Nhõn');
    expect(decodeLegacyText('Hoàng Minh Nhân', null).text).toBe('Hoàng Minh Nhân');
  });
});

describe('telling the encoding', () => {
  it('from the font name', () => {
    expect(legacyEncodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyEncodingOfFont('.VnArial')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyEncodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyEncodingOfFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyEncodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyEncodingOfFont('VNI-Helve')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyEncodingOfFont('Times New Roman')).toBeNull();
    expect(legacyEncodingOfFont('Verdana')).toBeNull();
    expect(legacyEncodingOfFont(undefined)).toBeNull();
  });

  it('from the text itself', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n An')).toBe('tcvn3');
    expect(detectLegacyEncoding('Lª Thµnh')).toBe('tcvn3');
    expect(detectLegacyEncoding('Nguyeãn Vaên An')).toBe('vni');
    expect(detectLegacyEncoding('Hoaøng Thò Lan')).toBe('vni');
    expect(decodeLegacyText('NguyÔn V¨n An')).toEqual({ text: 'Nguyễn Văn An', encoding: 'tcvn3', source: 'text' });
    expect(decodeLegacyText('Nguyeãn Vaên An', 'Arial')).toEqual({ text: 'Nguyễn Văn An', encoding: 'vni', source: 'text' });
  });

  it('leaves alone what is not legacy text: Unicode, ASCII, a sign between numbers, an ambiguous word', () => {
    for (const text of ['Trần Văn Bảy', 'Hoàng', 'Tô Hà', 'STT', 'x', '2 × 3', '50%', 'Số lượng cần bầu: 9']) {
      expect(detectLegacyEncoding(text), text).toBeNull();
      expect(decodeLegacyText(text).text).toBe(text);
    }
  });

  it('uses the encoding of the other cells in the same font for text too short to tell', () => {
    // "Tó" is Unicode-looking, but in TCVN3 it is "Tú".
    expect(decodeLegacyText('Tó')).toEqual({ text: 'Tó', encoding: null, source: null });
    expect(decodeLegacyText('Tó', 'Arial', 'tcvn3')).toEqual({ text: 'Tú', encoding: 'tcvn3', source: 'context' });
    expect(decodeLegacyText('STT', 'Arial', 'tcvn3').text).toBe('STT');
  });
});
