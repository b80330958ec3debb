import { describe, expect, it } from 'vitest';
import { judgeBallot, keptCount, markFor, possibleInvalidReasons, type BallotContext } from '../../../shared/rules/validity';

const formatA: BallotContext = { format: 'A', listIds: ['a', 'b', 'c', 'd'], seats: 2, allBothOrNoneInvalid: true };
const single: BallotContext = { format: 'B', listIds: ['a'], seats: 1, allBothOrNoneInvalid: true };
const several: BallotContext = { format: 'B', listIds: ['a', 'b', 'c'], seats: 3, allBothOrNoneInvalid: true };

describe('RULES R3: ballot validity', () => {
  it('format A counts kept names from either a kept list or a struck list', () => {
    expect(judgeBallot({ kind: 'kept', ids: ['a', 'b'] }, null, formatA)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'struck', ids: ['a', 'b'] }, null, formatA)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'struck', ids: ['a'] }, null, formatA)).toEqual({ valid: false, reason: 'OVER_N' });
    expect(judgeBallot({ kind: 'kept', ids: [] }, null, formatA)).toEqual({ valid: false, reason: 'NONE_KEPT' });
  });

  it('the operator’s ruling wins over what the paper says', () => {
    for (const ruling of ['NOT_ISSUED', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED'] as const) {
      expect(judgeBallot({ kind: 'kept', ids: ['a'] }, ruling, formatA)).toEqual({ valid: false, reason: ruling });
      expect(judgeBallot({ kind: 'struck', ids: [] }, ruling, formatA)).toEqual({ valid: false, reason: ruling });
      expect(judgeBallot({ kind: 'none' }, ruling, several)).toEqual({ valid: false, reason: ruling });
    }
  });

  it('format B with one name: both boxes or none is invalid; disagree is valid', () => {
    expect(judgeBallot({ kind: 'marks', marks: { a: 'both' } }, null, single)).toEqual({ valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' });
    expect(judgeBallot({ kind: 'marks', marks: {} }, null, single)).toEqual({ valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'none' } }, null, single)).toEqual({ valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'disagree' } }, null, single)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'agree' } }, null, single)).toEqual({ valid: true });
  });

  it('format B with several names: invalid only when every name is both-or-none; disagreeing with all is valid', () => {
    expect(judgeBallot({ kind: 'marks', marks: { a: 'both', c: 'none' } }, null, several)).toEqual({ valid: false, reason: 'B_ALL_BOTH_OR_NONE' });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'both', b: 'disagree' } }, null, several)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'disagree', b: 'disagree', c: 'disagree' } }, null, several)).toEqual({ valid: true });
  });

  it('in format B a kept list means agree for the listed and disagree for the rest, a struck list the reverse', () => {
    expect(['a', 'b', 'c'].map((id) => markFor({ kind: 'kept', ids: ['b'] }, id))).toEqual(['disagree', 'agree', 'disagree']);
    expect(['a', 'b', 'c'].map((id) => markFor({ kind: 'struck', ids: ['b'] }, id))).toEqual(['agree', 'disagree', 'agree']);
    expect(judgeBallot({ kind: 'kept', ids: [] }, null, single)).toEqual({ valid: true });
  });

  it('refuses to guess: a ballot with nothing read needs a ruling, and format A has no marks', () => {
    expect(() => judgeBallot({ kind: 'none' }, null, several)).toThrow('judgeBallot: a ballot with nothing read needs a ruling');
    expect(() => judgeBallot({ kind: 'none' }, null, formatA)).toThrow('judgeBallot: a ballot with nothing read needs a ruling');
    expect(() => judgeBallot({ kind: 'marks', marks: { a: 'agree' } }, null, formatA)).toThrow('judgeBallot: a format-A ballot has no agree/disagree marks');
    expect(() => keptCount({ kind: 'marks', marks: { a: 'agree' } }, 4)).toThrow('keptCount: a marks ballot has no kept names');
    expect(() => keptCount({ kind: 'none' }, 4)).toThrow('keptCount: a none ballot has no kept names');
  });

  it('a ballot with nothing read carries no mark for anyone', () => {
    expect(['a', 'b'].map((id) => markFor({ kind: 'none' }, id))).toEqual(['none', 'none']);
    expect(markFor({ kind: 'marks', marks: { a: 'both' } }, 'b')).toBe('none');
  });

  it('B_ALL_BOTH_OR_NONE needs names to mark: a ballot of a list with no name on it is not invalid for its boxes', () => {
    expect(judgeBallot({ kind: 'marks', marks: {} }, null, { format: 'B', listIds: [], seats: 1, allBothOrNoneInvalid: true })).toEqual({ valid: true });
  });
});

describe('which invalid reasons a ballot can have', () => {
  it('follows the format: strike-out reasons for A, the box reasons for B', () => {
    expect(possibleInvalidReasons(formatA)).toEqual(['NOT_ISSUED', 'OVER_N', 'NONE_KEPT', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED']);
    expect(possibleInvalidReasons(single)).toEqual(['NOT_ISSUED', 'B_SINGLE_BOTH_OR_NONE', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED']);
    expect(possibleInvalidReasons(several)).toContain('B_ALL_BOTH_OR_NONE');
    expect(possibleInvalidReasons({ ...several, allBothOrNoneInvalid: false })).toEqual(['NOT_ISSUED', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED']);
  });
});
