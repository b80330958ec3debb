import { describe, expect, it } from 'vitest';
import { countElection } from '../../../shared/rules/count';
import { decideOutcome } from '../../../shared/rules/outcome';
import { reconcile, teamReturnedMismatch } from '../../../shared/rules/reconciliation';
import { checkList } from '../../../shared/rules/surplus';
import { kept } from '../../helpers/elections';

const outcome = (votes: number[], seats: number, base: number, requireMajority = true) =>
  decideOutcome({ candidates: votes.map((v, i) => ({ id: `c${i + 1}`, votes: v })), seats, base, requireMajority });

describe('RULES R6: outcome', () => {
  it('elects every qualifier when they fit, in vote order with ballot order among equals', () => {
    const o = outcome([30, 40, 30, 10], 3, 50);
    expect(o.elected).toEqual(['c2', 'c1', 'c3']);
    expect(o.outcome).toBe('complete');
    expect(o.status).toEqual({ c1: 'elected', c2: 'elected', c3: 'elected', c4: 'not_elected' });
  });

  it('equal votes fitting inside the seats are no tie', () => {
    expect(outcome([30, 30, 30, 10], 3, 50)).toMatchObject({ outcome: 'complete', tie: null, elected: ['c1', 'c2', 'c3'] });
  });

  it('ties at the cut-off: those above elected, the tied share the rest; never broken by order', () => {
    const o = outcome([40, 30, 30, 30, 10], 2, 50);
    expect(o).toMatchObject({ outcome: 'tie', elected: ['c1'], tie: { seats: 1, candidates: ['c2', 'c3', 'c4'] }, unfilledSeats: 0 });
    expect(o.status).toEqual({ c1: 'elected', c2: 'tied', c3: 'tied', c4: 'tied', c5: 'not_elected' });
  });

  it('a tie for every seat elects nobody yet', () => {
    expect(outcome([30, 30, 30], 2, 50)).toMatchObject({ outcome: 'tie', elected: [], tie: { seats: 2, candidates: ['c1', 'c2', 'c3'] } });
  });

  it('short when fewer qualify than seats; a tie below the majority line is no tie', () => {
    expect(outcome([30, 20, 20], 2, 50)).toMatchObject({ outcome: 'short', elected: ['c1'], unfilledSeats: 1, tie: null });
    expect(outcome([0, 0], 2, 50)).toMatchObject({ outcome: 'short', elected: [], unfilledSeats: 2 });
  });

  it('a tie-break round the congress ruled needs no majority takes the most votes', () => {
    expect(outcome([20, 12], 1, 50, false)).toMatchObject({ outcome: 'complete', elected: ['c1'] });
    expect(outcome([20, 20], 1, 50, false)).toMatchObject({ outcome: 'tie' });
    expect(outcome([0, 0], 1, 50, false)).toMatchObject({ outcome: 'short' });
  });
});

describe('RULES R4: reconciliation', () => {
  const context = { format: 'A' as const, listIds: ['a', 'b', 'c'], seats: 2, allBothOrNoneInvalid: true };
  const codes = (declared: { issued: number | null; returned: number | null; present: number | null }, ballots = [kept(['a']), kept(['b'])], teamTotals: Parameters<typeof countElection>[1] = []) =>
    reconcile(countElection(ballots, teamTotals, context), declared, 2).map((p) => `${p.severity}:${p.code}`);

  it('all is well: nothing to say', () => {
    expect(codes({ issued: 2, returned: 2, present: 2 })).toEqual([]);
  });
  it('entered ≠ declared returned blocks', () => {
    expect(codes({ issued: 3, returned: 3, present: null })).toEqual(['error:ENTERED_NE_RETURNED']);
  });
  it('returned > issued blocks; issued > present warns; issued unknown warns', () => {
    expect(codes({ issued: 1, returned: null, present: null })).toEqual(['error:RETURNED_GT_ISSUED']);
    expect(codes({ issued: 3, returned: null, present: 2 })).toEqual(['warning:ISSUED_GT_PRESENT']);
    expect(codes({ issued: null, returned: null, present: null })).toEqual(['warning:ISSUED_NOT_DECLARED']);
  });
  it('no ballot at all is said plainly', () => {
    expect(codes({ issued: 5, returned: null, present: null }, [])).toEqual(['warning:NO_BALLOTS']);
  });
  it('a team’s own checks: returned ≠ valid + invalid, impossible votes, and ballots entered as well as totals', () => {
    const bad = { team: 'T1', returned: 5, valid: 3, invalid: { OVER_N: 1 }, votes: { a: 4, b: 3, c: 3 } };
    expect(codes({ issued: 10, returned: null, present: null }, [kept(['a'], 1, 'T1')], [bad])).toEqual([
      'error:RETURNED_NE_VALID_PLUS_INVALID',
      'error:VOTES_GT_VALID',
      'error:VOTES_SUM_GT_SEATS_TIMES_VALID',
      'error:TEAM_BALLOTS_AND_TOTALS',
      'error:TEAM_RETURNED_NE_VALID_PLUS_INVALID',
      'error:TEAM_VOTES_GT_VALID',
      'error:TEAM_VOTES_SUM_GT_SEATS_TIMES_VALID',
    ]);
  });
});

describe('RULES R1 and R7: the list', () => {
  const check = (office: Parameters<typeof checkList>[0]['office'], seats: number, listSize: number, round = 1, committeeListSize: number | null = null) =>
    checkList({ office, seats, listSize, committeeListSize, round }).map((p) => `${p.severity}:${p.code}`);

  it('cấp ủy and ban thường vụ need a surplus of at least 1 and at most 30% (1 when N ≤ 5)', () => {
    expect(check('cap_uy', 9, 9)).toEqual(['error:SURPLUS_MISSING']);
    expect(check('ban_thuong_vu', 5, 6)).toEqual([]);
    expect(check('ban_thuong_vu', 5, 7)).toEqual(['error:SURPLUS_TOO_LARGE']);
    expect(check('cap_uy', 10, 13)).toEqual([]);
    expect(check('cap_uy', 10, 14)).toEqual(['error:SURPLUS_TOO_LARGE']);
  });
  it('warns when the committee’s own list is outside 10–15%', () => {
    expect(check('cap_uy', 35, 40, 1, 40)).toEqual([]);
    expect(check('cap_uy', 35, 40, 1, 37)).toEqual(['warning:COMMITTEE_SURPLUS_OUTSIDE_10_15']);
    expect(check('cap_uy', 35, 44, 1, 42)).toEqual(['warning:COMMITTEE_SURPLUS_OUTSIDE_10_15']);
  });
  it('other offices may have no surplus; more than 30% only warns', () => {
    expect(check('bi_thu', 1, 1)).toEqual([]);
    expect(check('dai_bieu', 10, 13)).toEqual([]);
    expect(check('dai_bieu', 10, 14)).toEqual(['warning:SURPLUS_ABOVE_30_PERCENT']);
  });
  it('a list shorter than the seats is an error in round 1, a warning in a further round; an empty list is an error', () => {
    expect(check('dai_bieu', 5, 4)).toEqual(['error:LIST_SHORTER_THAN_SEATS']);
    expect(check('dai_bieu', 5, 4, 2)).toEqual(['warning:LIST_SHORTER_THAN_SEATS']);
    expect(check('cap_uy', 3, 0)).toEqual(['error:NO_CANDIDATES']);
  });
  it('a tie-break or further round takes the list R6 prescribes: no surplus limits', () => {
    expect(check('cap_uy', 1, 3, 2)).toEqual([]);
    expect(check('cap_uy', 2, 2, 2)).toEqual([]);
  });
});

describe('a team’s hand-counted totals, as the form checks them while typing', () => {
  it('returned must equal valid plus invalid, by the same check the tally makes', () => {
    expect(teamReturnedMismatch('Tổ 2', { returned: 10, valid: 9, invalid: { B_ALL_BOTH_OR_NONE: 1 } })).toBeNull();
    expect(teamReturnedMismatch('2', { returned: 10, valid: 8, invalid: { OVER_N: 1 } })).toMatchObject({ code: 'TEAM_RETURNED_NE_VALID_PLUS_INVALID', severity: 'error', message: 'Tổ 2: số phiếu thu vào (10) khác số phiếu hợp lệ cộng không hợp lệ (8 + 1)' });
  });
});
