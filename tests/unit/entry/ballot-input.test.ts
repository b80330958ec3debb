import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeBallot } from '../../../shared/rules/validity';
import { ballotInputText, parseBallotInput } from '../../../shared/entry/ballot-input';

const ids = Array.from({ length: 17 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
const formatA = { format: 'A' as const, listIds: ids, mode: 'struck' as const };
const context = { format: 'A' as const, listIds: ids, seats: 15, allBothOrNoneInvalid: true };

describe('what the operator types, format A', () => {
  it('"3 7" strikes names 3 and 7: a valid ballot keeping 15 of 17', () => {
    const parsed = parseBallotInput('3 7', formatA);
    expect(parsed).toMatchObject({ empty: false, errors: [], count: 1, ruling: null, content: { struck: ['c03', 'c07'] }, numbers: [3, 7] });
    expect(judgeBallot(parsed.choice, parsed.ruling, context)).toEqual({ valid: true });
  });

  it('the numeric keypad alone works: dots, plus, star for a stack', () => {
    expect(parseBallotInput('3.7+12*20', formatA)).toMatchObject({ content: { struck: ['c03', 'c07', 'c12'] }, count: 20, errors: [] });
  });

  it('0 strikes nobody (OVER_N here), / strikes everybody (NONE_KEPT)', () => {
    const none = parseBallotInput('0', formatA);
    expect(none.content).toEqual({ struck: [] });
    expect(judgeBallot(none.choice, none.ruling, context)).toEqual({ valid: false, reason: 'OVER_N' });
    const all = parseBallotInput('/', formatA);
    expect(judgeBallot(all.choice, all.ruling, context)).toEqual({ valid: false, reason: 'NONE_KEPT' });
  });

  it('in "kept" mode the numbers are the names left on the ballot', () => {
    const parsed = parseBallotInput('1 2', { ...formatA, mode: 'kept' });
    expect(parsed.content).toEqual({ kept: ['c01', 'c02'] });
    expect(judgeBallot(parsed.choice, null, context)).toEqual({ valid: true });
  });

  it('a letter is the committee’s ruling, alone or with the names', () => {
    expect(parseBallotInput('g', formatA)).toMatchObject({ ruling: 'WRITE_IN', content: {}, empty: false, errors: [] });
    expect(parseBallotInput('4 5 k', formatA)).toMatchObject({ ruling: 'MARKED_SIGNED', content: { struck: ['c04', 'c05'] } });
    expect(parseBallotInput('p', formatA).ruling).toBe('NOT_ISSUED');
    expect(parseBallotInput('b', formatA).ruling).toBe('COMMITTEE_RULED');
  });

  it('says what is wrong: a number not on the ballot, a number twice, a stray character', () => {
    expect(parseBallotInput('18', formatA).errors).toEqual(['Không có người số 18 (phiếu có 17 người)']);
    expect(parseBallotInput('3 3', formatA).errors).toEqual(['Số 3 gõ hai lần']);
    expect(parseBallotInput('3 x', formatA).errors).toEqual(['Không dùng được ký tự "x"']);
    expect(parseBallotInput('3 *', formatA).errors).toEqual(['Sau dấu * là số phiếu giống nhau, ví dụ *12']);
    expect(parseBallotInput('0 3', formatA).errors).toEqual(['Số 0 (không gạch ai) không đi cùng số khác']);
  });

  it('nothing typed is empty: Enter stores nothing', () => {
    expect(parseBallotInput('   ', formatA).empty).toBe(true);
  });
});

describe('what the operator types, format B', () => {
  const single = { format: 'B' as const, listIds: ['c01'], mode: 'struck' as const };
  const three = { format: 'B' as const, listIds: ['c01', 'c02', 'c03'], mode: 'struck' as const };
  it('one digit per name: 1 agree, 2 disagree, 3 both, 0 none', () => {
    expect(parseBallotInput('1', single).content).toEqual({ marks: { c01: 'agree' } });
    expect(parseBallotInput('1 2 3', three).content).toEqual({ marks: { c01: 'agree', c02: 'disagree', c03: 'both' } });
    expect(parseBallotInput('120*35', three)).toMatchObject({ content: { marks: { c01: 'agree', c02: 'disagree', c03: 'none' } }, count: 35, errors: [] });
  });
  it('every name needs its mark', () => {
    expect(parseBallotInput('1', three).errors).toEqual(['Còn 2 người chưa nhập dấu (1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống)']);
    expect(parseBallotInput('1111', three).errors).toEqual(['Gõ 4 dấu cho 3 người']);
  });
});

describe('reading a stored ballot back into the entry field', () => {
  it('gives text that parses to the same ballot, in either mode', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom('struck' as const, 'kept' as const), fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, 'WRITE_IN', 'MARKED_SIGNED'), (struck, mode, count, invalid) => {
        const stored = { struck, count, ...(invalid ? { invalid } : {}) };
        const text = ballotInputText(stored, { ...formatA, mode });
        const parsed = parseBallotInput(text, { ...formatA, mode });
        expect(parsed.errors).toEqual([]);
        expect(parsed.count).toBe(count);
        expect(parsed.ruling).toBe(invalid ?? null);
        const keptBack = 'kept' in parsed.content ? parsed.content.kept : ids.filter((id) => !('struck' in parsed.content && parsed.content.struck.includes(id)));
        expect([...keptBack].sort()).toEqual(ids.filter((id) => !struck.includes(id)));
      }),
    );
  });
});
