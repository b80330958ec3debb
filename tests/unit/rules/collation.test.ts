import { describe, expect, it } from 'vitest';
import { compareVietnamese, sortByVietnameseName, splitVietnameseName } from '../../../shared/text/vietnamese-collation';
import { nameMatchKey, normalizeText } from '../../../shared/text/normalize';

const order = (names: string[]) => sortByVietnameseName(names.map((name) => ({ name }))).map((p) => p.name);

describe('RULES R8: Vietnamese ordering of names', () => {
  it('orders by the given name first (the last word)', () => {
    expect(order(['Trần Văn Bảy', 'Lý Thị Oanh', 'Nguyễn Hữu Duy', 'Lê Thị Cúc'])).toEqual(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Lý Thị Oanh']);
  });

  it('a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư', () => {
    expect(order(['Lê Âu', 'Lê Ăn', 'Lê An'])).toEqual(['Lê An', 'Lê Ăn', 'Lê Âu']);
    expect(order(['Phạm Minh Đức', 'Nguyễn Hữu Duy', 'Vũ Dung'])).toEqual(['Vũ Dung', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    expect(order(['Lê Ê', 'Lê En'])).toEqual(['Lê En', 'Lê Ê']);
    expect(order(['Lê Ơn', 'Lê Ôn', 'Lê On'])).toEqual(['Lê On', 'Lê Ôn', 'Lê Ơn']);
    expect(order(['Lê Ưng', 'Lê Ung'])).toEqual(['Lê Ung', 'Lê Ưng']);
  });

  it('tone marks are secondary: letters decide first, then ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(order(['Lê Hóa', 'Lê Hoa', 'Lê Hỏa', 'Lê Họa', 'Lê Hòa', 'Lê Hõa'])).toEqual(['Lê Hoa', 'Lê Hòa', 'Lê Hỏa', 'Lê Hõa', 'Lê Hóa', 'Lê Họa']);
    expect(order(['Lê Hoan', 'Lê Hóa'])).toEqual(['Lê Hóa', 'Lê Hoan']);
    expect(compareVietnamese('Hòa', 'Hoà')).toBe(0); // old and new tone placement: the same word
    expect(order(['Đặng Bảo', 'Đặng Bão', 'Đặng Báo'])).toEqual(['Đặng Bảo', 'Đặng Bão', 'Đặng Báo']);
  });

  it('then family name, then middle name, then earlier birth', () => {
    expect(order(['Nguyễn Văn An', 'Lê Văn An'])).toEqual(['Lê Văn An', 'Nguyễn Văn An']);
    expect(order(['Nguyễn Văn An', 'Nguyễn Thị An'])).toEqual(['Nguyễn Thị An', 'Nguyễn Văn An']);
    const twins = sortByVietnameseName([
      { name: 'Nguyễn Văn An', birthYear: 1975 },
      { name: 'Nguyễn Văn An', birthYear: 1970 },
      { name: 'Nguyễn Văn An', birthYear: null },
    ]);
    expect(twins.map((p) => p.birthYear)).toEqual([1970, 1975, null]);
    const dated = sortByVietnameseName([
      { name: 'Hà An', birthDate: '1970-05-02' },
      { name: 'Hà An', birthDate: '1970-01-31' },
    ]);
    expect(dated.map((p) => p.birthDate)).toEqual(['1970-01-31', '1970-05-02']);
  });

  it('reads NFD and any case the same as NFC', () => {
    expect(compareVietnamese('Đức'.normalize('NFD'), 'Đức')).toBe(0);
    expect(compareVietnamese('đức', 'Đức')).toBeLessThan(0); // lower case first, only as the last resort
    expect(order(['lê thị cúc', 'TRẦN VĂN BẢY'])).toEqual(['TRẦN VĂN BẢY', 'lê thị cúc']);
  });

  it('splits a name into family, middle and given name', () => {
    expect(splitVietnameseName('  Nguyễn  Thị Minh   Khai ')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
    expect(splitVietnameseName('Khai')).toEqual({ family: '', middle: '', given: 'Khai' });
  });
});

describe('normalization at the boundary', () => {
  it('NFC, every kind of space made plain, runs collapsed, ends trimmed, case kept', () => {
    expect(normalizeText('\u00a0Nguye\u0302\u0303n\u2003 Văn\tAn ')).toBe('Nguyễn Văn An');
    expect(normalizeText('Nguyễn Văn An'.normalize('NFD'))).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(nameMatchKey(' NGUYỄN văn  An')).toBe('nguyễn văn an');
  });
});
