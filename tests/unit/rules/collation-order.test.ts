import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByVietnameseName, compareVietnamese, sortByVietnameseName, splitVietnameseName } from '../../../shared/text/vietnamese-collation';

/** RULES R8 in detail: every letter and tone in its place, whatever order the names come in. */

const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // ngang, huyền, hỏi, ngã, sắc, nặng
const sign = (n: number) => Math.sign(n);
/** Sorted from both the given order and its reverse: an order that holds, not one kept by a stable sort. */
const sortedBothWays = (words: string[]) => [[...words].sort(compareVietnamese), [...words].reverse().sort(compareVietnamese)];

describe('RULES R8: the Vietnamese alphabet', () => {
  it('puts every letter before the next one, ă â đ ê ô ơ ư included, in upper and lower case', () => {
    for (let i = 0; i + 1 < ALPHABET.length; i++) {
      const [a, b] = [ALPHABET[i] as string, ALPHABET[i + 1] as string];
      expect([sign(compareVietnamese(a, b)), sign(compareVietnamese(b, a))], `${a} < ${b}`).toEqual([-1, 1]);
      expect(sign(compareVietnamese(a.toUpperCase(), b)), `${a.toUpperCase()} < ${b}`).toBe(-1);
    }
  });

  it('â, ê, ơ and ư come before the letters that follow them, not after the alphabet', () => {
    expect(sortedBothWays(['Bình', 'Âu', 'An'])).toEqual([['An', 'Âu', 'Bình'], ['An', 'Âu', 'Bình']]);
    expect(sortedBothWays(['Phúc', 'Ơn', 'Ôn'])).toEqual([['Ôn', 'Ơn', 'Phúc'], ['Ôn', 'Ơn', 'Phúc']]);
    expect(sortedBothWays(['Giang', 'Ê', 'Em'])).toEqual([['Em', 'Ê', 'Giang'], ['Em', 'Ê', 'Giang']]);
    expect(sortedBothWays(['Vân', 'Ưng', 'Út'])).toEqual([['Út', 'Ưng', 'Vân'], ['Út', 'Ưng', 'Vân']]);
    expect(sortedBothWays(['Hương', 'Hưng', 'Huy'])).toEqual([['Huy', 'Hưng', 'Hương'], ['Huy', 'Hưng', 'Hương']]);
  });

  it('a word comes before every longer word it begins: An before Anh, Anh before Anh Thư', () => {
    expect(sortedBothWays(['Anh', 'An'])).toEqual([['An', 'Anh'], ['An', 'Anh']]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...ALPHABET, ' '), { minLength: 1, maxLength: 6 }), (head, tail) => {
        const word = head.join('');
        const longer = word + tail.join('');
        expect(sign(compareVietnamese(word, longer))).toBe(-1);
        expect(sign(compareVietnamese(longer, word))).toBe(1);
      }),
    );
  });

  it('letters foreign to Vietnamese with a breve, a circumflex or a horn sort as their plain letter', () => {
    expect(compareVietnamese('Chŏng', 'Chong')).toBe(0); // ŏ: o with a breve, as in McCune–Reischauer
    expect(compareVietnamese('Chŏng', 'Chăng')).toBeGreaterThan(0);
    expect(compareVietnamese('Jûn', 'Jun')).toBe(0); // û is a u
    expect(sortedBothWays(['Jvan', 'Jûn'])).toEqual([['Jûn', 'Jvan'], ['Jûn', 'Jvan']]);
    expect(sortedBothWays(['Ba', 'A\u031bn'])).toEqual([['A\u031bn', 'Ba'], ['A\u031bn', 'Ba']]); // a horn on a is still an a
  });
});

describe('RULES R8: tones are secondary', () => {
  it('orders the six tones ngang < huyền < hỏi < ngã < sắc < nặng, each against every other', () => {
    const forms = TONES.map((tone) => `Hoa${tone}`.normalize('NFC'));
    for (let i = 0; i < forms.length; i++) {
      for (let j = 0; j < forms.length; j++) {
        expect(sign(compareVietnamese(forms[i] as string, forms[j] as string)), `${forms[i]} against ${forms[j]}`).toBe(sign(i - j));
      }
    }
    expect(sortedBothWays(['Hòa', 'Hoa'])).toEqual([['Hoa', 'Hòa'], ['Hoa', 'Hòa']]);
  });

  it('compares the tones syllable by syllable, from the first, after the letters', () => {
    expect(sign(compareVietnamese('Hoa Án', 'Hòa An'))).toBe(-1); // first syllable: ngang before huyền
    expect(sign(compareVietnamese('Hòa An', 'Hoa Án'))).toBe(1);
    expect(sign(compareVietnamese('Hòa An', 'Hòa Án'))).toBe(-1);
    expect(sign(compareVietnamese('Hòa Án', 'Hoa Bình'))).toBe(-1); // letters first
  });
});

describe('RULES R8: what is not a letter', () => {
  it('a space comes before any letter, digits before letters in their own order, other signs after letters by code point', () => {
    expect(sortedBothWays(['Anh', 'An Bình'])).toEqual([['An Bình', 'Anh'], ['An Bình', 'Anh']]);
    expect(sortedBothWays(['Tổ A', 'Tổ 9', 'Tổ 2', 'Tổ 1'])).toEqual([
      ['Tổ 1', 'Tổ 2', 'Tổ 9', 'Tổ A'],
      ['Tổ 1', 'Tổ 2', 'Tổ 9', 'Tổ A'],
    ]);
    expect(sortedBothWays(['Ann', 'An-Na', 'An.Na'])).toEqual([['Ann', 'An-Na', 'An.Na'], ['Ann', 'An-Na', 'An.Na']]);
    expect(sign(compareVietnamese('An Na', 'An9'))).toBe(-1);
  });

  it('an empty word comes before any other: a one-word name before family names', () => {
    expect(sign(compareVietnamese('', 'A'))).toBe(-1);
    expect(compareVietnamese('', '')).toBe(0);
    expect(sortedNames(['Lê An', 'An'])).toEqual(['An', 'Lê An']);
    expect(sortedNames(['An', 'Lê An'])).toEqual(['An', 'Lê An']);
  });

  it('splits a blank name into nothing', () => {
    expect(splitVietnameseName('  \u00a0 ')).toEqual({ family: '', middle: '', given: '' });
    expect(splitVietnameseName('')).toEqual({ family: '', middle: '', given: '' });
    expect(splitVietnameseName('Lê  Văn\tTám')).toEqual({ family: 'Lê', middle: 'Văn', given: 'Tám' });
  });
});

function sortedNames(names: string[]): string[] {
  return sortByVietnameseName(names.map((name) => ({ name }))).map((p) => p.name);
}

describe('RULES R8: the same name, ordered by birth', () => {
  const person = (birth: { birthYear?: number | null; birthDate?: string | null }) => ({ name: 'Nguyễn Văn An', ...birth });

  it('the earlier birth first, from a year alone or a full date', () => {
    expect(sign(compareByVietnameseName(person({ birthYear: 1970 }), person({ birthYear: 1975 })))).toBe(-1);
    expect(sign(compareByVietnameseName(person({ birthYear: 1975 }), person({ birthYear: 1970 })))).toBe(1);
    expect(sign(compareByVietnameseName(person({ birthDate: '1975-01-02' }), person({ birthYear: 1970 })))).toBe(1);
    expect(sign(compareByVietnameseName(person({ birthYear: 1970 }), person({ birthDate: '1969-12-31' })))).toBe(1);
  });

  it('a year alone against a full date of that year compares equal: the common precision decides', () => {
    expect(compareByVietnameseName(person({ birthYear: 1970 }), person({ birthDate: '1970-05-02' }))).toBe(0);
    expect(compareByVietnameseName(person({ birthDate: '1970-05-02' }), person({ birthYear: 1970 }))).toBe(0);
    expect(compareByVietnameseName(person({ birthYear: 1970 }), person({ birthYear: 1970 }))).toBe(0);
    // A full date wins over the year when both are given.
    expect(sign(compareByVietnameseName(person({ birthDate: '1971-01-01', birthYear: 1960 }), person({ birthYear: 1970 })))).toBe(1);
  });

  it('a person whose birth is unknown comes after those whose birth is known; two unknown compare equal', () => {
    for (const unknown of [person({}), person({ birthYear: null }), person({ birthDate: null, birthYear: null })]) {
      expect(sign(compareByVietnameseName(unknown, person({ birthYear: 1990 })))).toBe(1);
      expect(sign(compareByVietnameseName(person({ birthYear: 1990 }), unknown))).toBe(-1);
      expect(sign(compareByVietnameseName(person({ birthDate: '1990-01-01' }), unknown))).toBe(-1);
      expect(compareByVietnameseName(unknown, person({}))).toBe(0);
      expect(compareByVietnameseName(person({ birthYear: null }), unknown)).toBe(0);
    }
  });

  it('sorts any mix of births the same from any starting order', () => {
    const birthArb = fc.oneof(
      fc.record({ birthYear: fc.integer({ min: 1940, max: 2000 }) }),
      fc.record({ birthDate: fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2000-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }),
      fc.constant({}),
    );
    fc.assert(
      fc.property(fc.array(birthArb, { maxLength: 8 }), (births) => {
        const people = births.map((b) => person(b));
        const key = (p: ReturnType<typeof person>) => (p.birthDate ?? (p.birthYear != null ? String(p.birthYear) : '~')).slice(0, 4);
        const years = (list: ReturnType<typeof person>[]) => sortByVietnameseName(list).map(key);
        expect(years(people)).toEqual(people.map(key).sort());
        expect(years([...people].reverse())).toEqual(years(people));
      }),
    );
  });
});
