import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberEndsItself, parseBallotInput } from '../../../shared/entry/ballot-input';
import { parseSeparatedInput } from '../../helpers/ballot-input-separated';
import { typedFewest, typedInOrder, typedSeparated, typedTopToBottom } from '../../helpers/entry-keys';

/** Issue 18, item 10: a number ends by itself when no longer number on the list starts with it. */
const listOf = (size: number) => Array.from({ length: size }, (_, i) => `c${i + 1}`);
const optionsFor = (size: number, mode: 'struck' | 'kept' = 'struck') => ({ format: 'A' as const, listIds: listOf(size), mode });
const seventeen = optionsFor(17);

/** What a reading means, without the field that did not exist before (pending). */
function meaning(parsed: ReturnType<typeof parseSeparatedInput>) {
  const { empty, errors, count, ruling, content, choice, numbers, marks } = parsed;
  return { empty, errors, count, ruling, content, choice, numbers, marks };
}

describe('a number ends by itself on the list it is typed for', () => {
  it('on a 17-name list 2–9 and 10–17 are complete, 1 waits for a second digit or a separator', () => {
    expect([1, 2, 9, 10, 17].map((n) => numberEndsItself(n, 17))).toEqual([false, true, true, true, true]);
    expect(parseBallotInput('35', seventeen)).toMatchObject({ content: { struck: ['c3', 'c5'] }, errors: [], pending: null });
    expect(parseBallotInput('13', seventeen)).toMatchObject({ content: { struck: ['c13'] }, errors: [] });
    expect(parseBallotInput('1 3', seventeen)).toMatchObject({ content: { struck: ['c1', 'c3'] }, errors: [] });
    expect(parseBallotInput('131', seventeen)).toMatchObject({ content: { struck: ['c13', 'c1'] }, errors: [], pending: 1 });
    expect(parseBallotInput('51', seventeen)).toMatchObject({ content: { struck: ['c5', 'c1'] }, errors: [], pending: 1 });
  });

  it('the name of a number that may still grow is struck at once, and said to be waiting', () => {
    expect(parseBallotInput('1', seventeen)).toMatchObject({ content: { struck: ['c1'] }, pending: 1 });
    expect(parseBallotInput('1 ', seventeen).pending).toBeNull();
    expect(parseBallotInput('3', seventeen).pending).toBeNull();
  });

  it('a second digit that makes no number on the list is refused, as before (a typo is never read as two names)', () => {
    expect(parseBallotInput('18', seventeen).errors).toEqual(['Không có người số 18 (phiếu có 17 người)']);
  });

  it('zeros in front still belong to the number, and 0 alone still strikes nobody', () => {
    expect(parseBallotInput('05', seventeen).content).toEqual({ struck: ['c5'] });
    expect(parseBallotInput('012', seventeen).content).toEqual({ struck: ['c12'] });
    expect(parseBallotInput('0', seventeen).content).toEqual({ struck: [] });
  });

  it('on a 120-name list 12 waits (120 starts with it), 13 is complete', () => {
    const options = optionsFor(120);
    expect(parseBallotInput('135', options).content).toEqual({ struck: ['c13', 'c5'] });
    expect(parseBallotInput('1205', options).content).toEqual({ struck: ['c120', 'c5'] });
    expect(parseBallotInput('125', options).errors).toEqual(['Không có người số 125 (phiếu có 120 người)']);
  });

  it('format B is read one mark per name, as before', () => {
    const three = { format: 'B' as const, listIds: listOf(3), mode: 'struck' as const };
    expect(parseBallotInput('123', three).content).toEqual({ marks: { c1: 'agree', c2: 'disagree', c3: 'both' } });
  });
});

const separator = fc.constantFrom(' ', '.', ',', '+', ';', '  ', ' . ');
const listSize = fc.integer({ min: 1, max: 130 });

/** An input as typed before item 10: numbers (zeros in front at times) each followed by separators, a ruling letter, a stack. */
const separatedInput = listSize.chain((size) =>
  fc.record({
    size: fc.constant(size),
    numbers: fc.uniqueArray(fc.integer({ min: 0, max: size + 3 }), { maxLength: Math.min(size, 12) }),
    zeros: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
    separators: fc.array(separator, { minLength: 13, maxLength: 13 }),
    ruling: fc.constantFrom('', ' g', 'k', ' p', ' b', ' /'),
    stack: fc.constantFrom('', ' *3', '*12', ' *'),
    mode: fc.constantFrom('struck' as const, 'kept' as const),
  }),
);

describe('every input valid before keeps its meaning', () => {
  it('numbers each followed by a separator, with rulings and stacks', () => {
    fc.assert(
      fc.property(separatedInput, ({ size, numbers, zeros, separators, ruling, stack, mode }) => {
        const text = numbers.map((n, i) => `${'0'.repeat(zeros[i] ?? 0)}${n}${separators[i]}`).join('') + ruling + stack;
        const before = parseSeparatedInput(text, optionsFor(size, mode));
        fc.pre(before.errors.length === 0);
        expect(meaning(parseBallotInput(text, optionsFor(size, mode)))).toEqual(meaning(before));
      }),
      { numRuns: 3000 },
    );
  });

  it('any string of the keys the field takes', () => {
    const keys = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '7', '9', ' ', '.', '+', '*', '/', 'g', 'b', 'x'), maxLength: 12 });
    fc.assert(
      fc.property(keys, listSize, fc.constantFrom('struck' as const, 'kept' as const), (text, size, mode) => {
        const before = parseSeparatedInput(text, optionsFor(size, mode));
        fc.pre(before.errors.length === 0);
        expect(meaning(parseBallotInput(text, optionsFor(size, mode)))).toEqual(meaning(before));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('numbers that end by themselves read as the same numbers separated', () => {
  const struckSet = listSize.chain((size) => fc.record({ size: fc.constant(size), numbers: fc.uniqueArray(fc.integer({ min: 1, max: size }), { minLength: 1, maxLength: Math.min(size, 15) }) }));

  it('in the order typed, top to bottom, and in the order of fewest keys', () => {
    fc.assert(
      fc.property(struckSet, ({ size, numbers }) => {
        const separated = parseBallotInput(typedSeparated(numbers), optionsFor(size));
        expect(separated.errors).toEqual([]);
        for (const typed of [typedInOrder(numbers, size), typedTopToBottom(numbers, size), typedFewest(numbers, size)]) {
          const parsed = parseBallotInput(typed, optionsFor(size));
          expect(parsed.errors).toEqual([]);
          expect([...parsed.numbers].sort((a, b) => a - b)).toEqual([...separated.numbers].sort((a, b) => a - b));
          expect(typed.length).toBeLessThanOrEqual(typedSeparated(numbers).length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
