import { describe, expect, it } from 'vitest';
import { countText, numberToVietnameseWords } from '../../../shared/format/number-words';

const cases: [number, string][] = [
  [0, 'không'],
  [1, 'một'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [19, 'mười chín'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [41, 'bốn mươi mốt'],
  [45, 'bốn mươi lăm'],
  [74, 'bảy mươi tư'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [146, 'một trăm bốn mươi sáu'],
  [350, 'ba trăm năm mươi'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1010, 'một nghìn không trăm mười'],
  [1100, 'một nghìn một trăm'],
  [2021, 'hai nghìn không trăm hai mươi mốt'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_500, 'hai mươi mốt nghìn năm trăm'],
  [100_000, 'một trăm nghìn'],
  [110_000, 'một trăm mười nghìn'],
  [1_000_000, 'một triệu'],
  [1_000_001, 'một triệu không trăm linh một'],
  [1_005_000, 'một triệu không trăm linh năm nghìn'],
  [2_345_678, 'hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám'],
  [1_000_000_000, 'một tỷ'],
  [3_000_000_025, 'ba tỷ không trăm hai mươi lăm'],
  [5_000_000_000_000, 'năm nghìn tỷ'],
];

describe('numberToVietnameseWords', () => {
  it.each(cases)('%i → %s', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words);
  });

  it('says "lẻ" instead of "linh" on request', () => {
    expect(numberToVietnameseWords(101, { zeroTens: 'lẻ' })).toBe('một trăm lẻ một');
    expect(numberToVietnameseWords(2005, { zeroTens: 'lẻ' })).toBe('hai nghìn không trăm lẻ năm');
  });

  it('reads back as the same number (a simple reader of the words, every n up to 100,000 and a sample up to a billion)', () => {
    const numbers = [...Array.from({ length: 100_001 }, (_, n) => n), ...Array.from({ length: 20_000 }, (_, i) => (i * 49_999_991) % 1_000_000_000)];
    const wrong = numbers.filter((n) => readWords(numberToVietnameseWords(n)) !== n);
    expect(wrong.slice(0, 5).map((n) => `${n}: ${numberToVietnameseWords(n)}`)).toEqual([]);
  });

  it('uses "mốt", "tư" and "lăm" only where they belong', () => {
    const misplaced = Array.from({ length: 1000 }, (_, n) => numberToVietnameseWords(n)).filter((w) => /(^|mười |linh )(mốt|tư)( |$)|(^|linh )lăm|mươi (một|bốn)$|(mười|mươi) năm$/.test(w));
    expect(misplaced).toEqual([]);
  });

  it('refuses what is not a whole number of things', () => {
    expect(() => numberToVietnameseWords(-1)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(1.5)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(-7)).toThrow('numberToVietnameseWords: cần số nguyên không âm, nhận -7');
  });
});

/** A deliberately simple reader of the words, to check them against (below one billion). */
function readWords(words: string): number {
  const digits: Record<string, number> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
  const scales: Record<string, number> = { nghìn: 1000, triệu: 1_000_000 };
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const word of words.split(' ')) {
    if (word in digits) pending = digits[word] as number;
    else if (word === 'trăm') (group += pending * 100), (pending = 0);
    else if (word === 'mươi') (group += pending * 10), (pending = 0);
    else if (word === 'mười') group += 10;
    else if (word in scales) (total += (group + pending) * (scales[word] as number)), (group = 0), (pending = 0);
    else if (word !== 'linh') throw new Error(`unknown word "${word}" in "${words}"`);
  }
  return total + group + pending;
}

describe('countText', () => {
  it('adds the words in brackets when asked', () => {
    expect(countText(146, true)).toBe('146 (một trăm bốn mươi sáu)');
    expect(countText(146, false)).toBe('146');
    expect(countText(0, true)).toBe('0 (không)');
  });
});
