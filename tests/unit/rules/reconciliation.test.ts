import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotRecord, TeamReceived, TeamTotal } from '../../../shared/domain';
import { countElection } from '../../../shared/rules/count';
import { reconcile, type DeclaredFigures } from '../../../shared/rules/reconciliation';
import { tallyElection } from '../../../shared/rules/tally';
import type { BallotContext } from '../../../shared/rules/validity';
import { candidates, electionInput, kept, struck } from '../../helpers/elections';

/** RULES R4: the checks of the count, at their boundaries, and what they tell the user. */

const context: BallotContext = { format: 'A', listIds: ['a', 'b', 'c'], seats: 2, allBothOrNoneInvalid: true };
const declared = (figures: Partial<DeclaredFigures> = {}): DeclaredFigures => ({ issued: 100, returned: null, present: null, ...figures });
const problemsOf = (ballots: readonly BallotRecord[], figures: Partial<DeclaredFigures> = {}, teamTotals: readonly TeamTotal[] = [], teamReceived: readonly TeamReceived[] = []) =>
  reconcile(countElection(ballots, teamTotals, context, teamReceived), declared(figures), context.seats);
const codesOf = (...args: Parameters<typeof problemsOf>) => problemsOf(...args).map((p) => `${p.severity}:${p.code}`);
const total = (team: string, valid: number, votes: Record<string, number>, invalid: TeamTotal['invalid'] = {}): TeamTotal => ({
  team,
  returned: valid + Object.values(invalid).reduce((s, n) => s + (n ?? 0), 0),
  valid,
  invalid,
  votes,
});

describe('RULES R4.4: Σ v(c) ≤ N × valid', () => {
  it('allows every valid ballot to keep exactly N names (Σ v = N × valid), overall and in a team’s totals', () => {
    // 3 ballots each keeping 2 of 3 names for 2 seats: Σ v = 6 = 2 × 3.
    expect(codesOf([kept(['a', 'b']), kept(['b', 'c']), kept(['a', 'c'])])).toEqual([]);
    expect(codesOf([], {}, [total('Tổ 1', 3, { a: 2, b: 2, c: 2 })])).toEqual([]);
  });

  it('refuses one vote more, overall and in a team’s totals', () => {
    expect(codesOf([], {}, [total('Tổ 1', 3, { a: 3, b: 2, c: 2 })])).toEqual(['error:VOTES_SUM_GT_SEATS_TIMES_VALID', 'error:TEAM_VOTES_SUM_GT_SEATS_TIMES_VALID']);
  });

  it('holds at the boundary for any team totals: Σ v = N × valid passes, N × valid + 1 is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 200 }), fc.nat(), (seats, valid, seed) => {
        const ids = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, seats + 1);
        // Deal N × valid votes over N + 1 names, no name above `valid`.
        const votes: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
        let left = seats * valid;
        for (let i = 0; left > 0; i++) {
          const id = ids[(i + seed) % ids.length] as string;
          const give = Math.min(left, valid - (votes[id] as number), 1 + ((seed >> i % 16) % 7));
          votes[id] = (votes[id] as number) + give;
          left -= give;
        }
        const ctx: BallotContext = { format: 'A', listIds: ids, seats, allBothOrNoneInvalid: true };
        const codes = (v: Record<string, number>) => reconcile(countElection([], [total('Tổ 1', valid, v)], ctx), declared({ issued: null }), seats).map((p) => p.code).filter((c) => c.includes('SUM'));
        expect(codes(votes)).toEqual([]);
        const under = ids.find((id) => (votes[id] as number) < valid);
        if (under !== undefined) expect(codes({ ...votes, [under]: (votes[under] as number) + 1 })).toEqual(['VOTES_SUM_GT_SEATS_TIMES_VALID', 'TEAM_VOTES_SUM_GT_SEATS_TIMES_VALID']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('RULES R4.3 and the warnings around an empty count', () => {
  it('warns that no ballot is entered only while nothing is entered and no ballots returned are declared', () => {
    expect(codesOf([])).toEqual(['warning:NO_BALLOTS']);
    // Declared but not entered yet: the blocking mismatch says it; no second warning.
    expect(codesOf([], { returned: 30 })).toEqual(['error:ENTERED_NE_RETURNED']);
    expect(codesOf([kept(['a'])])).toEqual([]);
  });

  it('says which figures disagree, in words the minutes can carry', () => {
    const messages = (ballots: readonly BallotRecord[], figures: Partial<DeclaredFigures>, teamTotals: readonly TeamTotal[] = []) =>
      Object.fromEntries(problemsOf(ballots, figures, teamTotals).map((p) => [p.code, p.message]));
    expect(messages([kept(['a'], 37)], { returned: 38, issued: 40 })).toEqual({ ENTERED_NE_RETURNED: 'Đã nhập 37 phiếu nhưng số phiếu thu vào là 38' });
    expect(messages([kept(['a'], 41)], { issued: 40, present: 39 })).toEqual({
      RETURNED_GT_ISSUED: 'Số phiếu thu vào (41) lớn hơn số phiếu phát ra (40)',
      ISSUED_GT_PRESENT: 'Số phiếu phát ra (40) lớn hơn số người có mặt lúc bầu cử (39)',
    });
    expect(messages([], { issued: null })).toEqual({ ISSUED_NOT_DECLARED: 'Chưa nhập số phiếu phát ra', NO_BALLOTS: 'Chưa có phiếu nào được nhập' });
    const inconsistent: TeamTotal = { team: 'T3', returned: 9, valid: 7, invalid: { OVER_N: 1 }, votes: { a: 8, b: 7, c: 1 } };
    expect(messages([], { issued: 40 }, [inconsistent])).toEqual({
      RETURNED_NE_VALID_PLUS_INVALID: 'Số phiếu thu vào (9) khác số phiếu hợp lệ cộng không hợp lệ (7 + 1)',
      VOTES_GT_VALID: 'Có người được nhiều phiếu hơn số phiếu hợp lệ (7)',
      VOTES_SUM_GT_SEATS_TIMES_VALID: 'Tổng số phiếu bầu (16) vượt quá số cần bầu × số phiếu hợp lệ (2 × 7)',
      TEAM_RETURNED_NE_VALID_PLUS_INVALID: 'Tổ T3: số phiếu thu vào (9) khác số phiếu hợp lệ cộng không hợp lệ (7 + 1)',
      TEAM_VOTES_GT_VALID: 'Tổ T3: có người được nhiều phiếu hơn số phiếu hợp lệ của tổ (7)',
      TEAM_VOTES_SUM_GT_SEATS_TIMES_VALID: 'Tổ T3: tổng số phiếu bầu (16) vượt quá số cần bầu × số phiếu hợp lệ (2 × 7)',
    });
    expect(messages([kept(['a'], 1, 'Tổ 2')], { issued: 40 }, [total('Tổ 2', 1, { a: 1 })])).toEqual({
      TEAM_BALLOTS_AND_TOTALS: 'Tổ 2 vừa có phiếu nhập từng tờ vừa có số tổng hợp: phiếu sẽ bị tính hai lần',
    });
  });

  it('a problem of the whole election names no team; a team’s problem names the team as entered', () => {
    const [whole] = problemsOf([], { issued: 40 });
    expect(whole).toStrictEqual({ code: 'NO_BALLOTS', severity: 'warning', message: 'Chưa có phiếu nào được nhập' });
    const [team] = problemsOf([kept(['a'], 1, 'Tổ 2')], {}, [total('Tổ 2', 1, { a: 1 })]);
    expect(team).toMatchObject({ code: 'TEAM_BALLOTS_AND_TOTALS', team: 'Tổ 2' });
  });

  it('prefixes “Tổ” to a team’s name unless the name already begins with it', () => {
    const titleOf = (team: string) => problemsOf([kept(['a'], 1, team)], {}, [total(team, 1, { a: 1 })])[0]?.message.split(' vừa ')[0];
    expect(['Tổ 2', 'tổ 2', '2', 'Tổng hợp', 'Nhóm tổ 2'].map(titleOf)).toEqual(['Tổ 2', 'tổ 2', 'Tổ 2', 'Tổ Tổng hợp', 'Tổ Nhóm tổ 2']);
  });
});

describe('RULES R4.5: the ballots handed to each team', () => {
  const list = candidates(4);
  const byTeam = (team: string | null, n: number) => Array.from({ length: n }, () => struck(['c01'], 1, team));
  const tally = (input: Partial<Parameters<typeof electionInput>[0]>) => tallyElection(electionInput({ candidates: list, seats: 3, ...input }));

  it('checks the shares against the ballots returned only when the ballots returned are declared', () => {
    const shares = [{ team: 'Tổ 1', received: 3 }, { team: 'Tổ 2', received: 2 }];
    const ballots = [...byTeam('Tổ 1', 3), ...byTeam('Tổ 2', 2)];
    expect(tally({ ballots, teamReceived: shares, ballotsReturned: null }).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(tally({ ballots, teamReceived: shares, ballotsReturned: 5 }).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(tally({ ballots: [...ballots, ...byTeam('Tổ 2', 1)], teamReceived: shares, ballotsReturned: 6 }).problems.map((p) => p.code)).toEqual(expect.arrayContaining(['TEAMS_RECEIVED_NE_RETURNED']));
  });

  it('warns of ballots entered without a team once the teams have shares, naming them “(không ghi tổ)”', () => {
    const problems = tally({ ballots: [...byTeam('Tổ 1', 3), ...byTeam(null, 2)], teamReceived: [{ team: 'Tổ 1', received: 3 }] }).problems;
    expect(problems.filter((p) => p.code === 'TEAM_RECEIVED_NOT_DECLARED')).toEqual([
      { code: 'TEAM_RECEIVED_NOT_DECLARED', severity: 'warning', message: 'Có 2 phiếu không thuộc tổ nào, trong khi các tổ đã ghi số phiếu nhận', team: '(không ghi tổ)' },
    ]);
  });

  it('warns of a team that counted ballots without a declared share, but not of one that reported none', () => {
    const teamTotals: TeamTotal[] = [{ team: 'Tổ 2', returned: 2, valid: 2, invalid: {}, votes: { c02: 2 } }, { team: 'Tổ 3', returned: 0, valid: 0, invalid: {}, votes: {} }];
    const problems = tally({ ballots: byTeam('Tổ 1', 3), teamTotals, teamReceived: [{ team: 'Tổ 1', received: 3 }] }).problems;
    expect(problems.filter((p) => p.code === 'TEAM_RECEIVED_NOT_DECLARED')).toEqual([
      { code: 'TEAM_RECEIVED_NOT_DECLARED', severity: 'warning', message: 'Tổ 2 chưa ghi số phiếu được giao', team: 'Tổ 2' },
    ]);
  });
});

describe('RULES R4 counting with teams', () => {
  it('a team that both entered ballots and reported totals: both are counted, and the double count is an error', () => {
    const ballots = [kept(['a', 'b'], 2, 'Tổ 1'), { ...kept(['a']), ruling: 'WRITE_IN' as const, team: 'Tổ 1' }];
    const teamTotals = [{ team: 'Tổ 1', returned: 10, valid: 8, invalid: { OVER_N: 1, WRITE_IN: 1 }, votes: { a: 5, c: 4 } }];
    const count = countElection(ballots, teamTotals, context);
    expect(count.teams).toHaveLength(1);
    expect(count.teams[0]).toMatchObject({ team: 'Tổ 1', entered: 3, returned: 13, valid: 10, invalid: 3, votes: [7, 2, 4], reported: teamTotals[0] });
    expect(count.teams[0]?.invalidByReason).toMatchObject({ OVER_N: 1, WRITE_IN: 2 });
    expect(count).toMatchObject({ counted: 13, valid: 10, invalid: 3, votes: [7, 2, 4] });
    expect(reconcile(count, declared({ returned: 13 }), 2).map((p) => p.code)).toEqual(['TEAM_BALLOTS_AND_TOTALS']);
  });

  it('a team with a declared share that has counted nothing yet shows no ballots and no votes for anyone', () => {
    const count = countElection([kept(['a'], 1, 'Tổ 1')], [], context, [{ team: 'Tổ 1', received: 1 }, { team: 'Tổ 2', received: 4 }]);
    expect(count.teams.find((t) => t.team === 'Tổ 2')).toMatchObject({ entered: 0, received: 4, returned: 0, valid: 0, invalid: 0, votes: [0, 0, 0] });
    expect(count.votes).toEqual([1, 0, 0]);
  });

  it('refuses a ballot that keeps a name not on the ballot rather than dropping the vote', () => {
    expect(() => countElection([kept(['a', 'x9'])], [], context)).toThrow(/"x9" is not on the ballot/);
    expect(() => countElection([struck(['x9'])], [], context)).toThrow(/"x9" is not on the ballot/);
  });
});
