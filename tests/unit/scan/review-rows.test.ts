import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotInput } from '../../../shared/entry/ballot-input';
import { reviewText, rowAnswerKeys, rowAnswerOfKey, undecidedRows, verdictsByAnswer, type RowAnswer } from '../../../shared/scan/review-rows';
import { ballotContext } from '../../../shared/rules/tally';

const listIds = ['a', 'b', 'c', 'd', 'e'];

describe('a person decides the rows the machine was unsure of, one key a row (issue 17, item 3)', () => {
  it('format A: 1 strikes the row, 0 keeps it; the confident reading stays as read', () => {
    const machine = { struck: ['b'], marks: null, uncertain: ['d', 'a'] };
    expect(undecidedRows(listIds, machine, {})).toEqual(['a', 'd']);
    expect(rowAnswerOfKey('A', '1')).toBe('struck');
    expect(rowAnswerOfKey('A', '0')).toBe('kept');
    expect(rowAnswerOfKey('A', '2')).toBeNull();
    expect(reviewText('A', listIds, machine, { a: 'kept', d: 'struck' })).toBe('2 4');
    expect(undecidedRows(listIds, machine, { a: 'kept', d: 'struck' })).toEqual([]);
  });

  it('format B: the entry screen\'s mark keys, every confident mark kept, ? where a row is not decided yet', () => {
    const machine = { struck: null, marks: { a: 'agree' as const, b: 'disagree' as const, e: 'none' as const }, uncertain: ['c'] };
    // d was not read at all: undecided too.
    expect(undecidedRows(listIds, machine, {})).toEqual(['c', 'd']);
    expect(reviewText('B', listIds, machine, {})).toBe('12??0');
    expect(reviewText('B', listIds, machine, { c: 'both' })).toBe('123?0');
    expect(reviewText('B', listIds, machine, { c: 'both', d: 'agree' })).toBe('12310');
    expect(rowAnswerKeys('B').map((k) => rowAnswerOfKey('B', k.key))).toEqual(['agree', 'disagree', 'both', 'none']);
  });

  it('one key decides a row: the text after every answer reads back to the machine\'s confident names and the answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<RowAnswer | 'sure-struck' | 'sure-kept'>('struck', 'kept', 'sure-struck', 'sure-kept'), { minLength: 5, maxLength: 5 }), (rows) => {
        const machine = { struck: listIds.filter((_, i) => rows[i] === 'sure-struck'), marks: null, uncertain: listIds.filter((_, i) => rows[i] === 'struck' || rows[i] === 'kept') };
        const answers = Object.fromEntries(listIds.flatMap((id, i) => (rows[i] === 'struck' || rows[i] === 'kept' ? [[id, rows[i] as RowAnswer]] : [])));
        const parsed = parseBallotInput(reviewText('A', listIds, machine, answers) || '0', { format: 'A', listIds, mode: 'struck' });
        expect(parsed.content).toEqual({ struck: listIds.filter((_, i) => rows[i] === 'struck' || rows[i] === 'sure-struck') });
      }),
    );
  });

  it('before the last key, the verdict each answer would give (the command says them)', () => {
    const context = ballotContext({ candidates: listIds.map((id) => ({ id, name: id, withdrawn: false })), seats: 3, allBothOrNoneInvalid: true });
    const machine = { struck: ['b'], marks: null, uncertain: ['d'] };
    const options = verdictsByAnswer(context, machine, {}, 'd');
    expect(options.map((o) => [o.key, o.words, o.verdict])).toEqual([
      ['1', 'gạch', { valid: true }],
      ['0', 'giữ lại (không gạch)', { valid: false, reason: 'OVER_N' }],
    ]);
  });
});
