import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import { formatPercent } from '../../../shared/format/percent';
import { congressBase } from '../../../shared/rules/base';
import { checkList, nominationAdmitted, nominationVotesNeeded } from '../../../shared/rules/surplus';
import { tallyElection } from '../../../shared/rules/tally';
import { reachesMajority, votesNeeded } from '../../../shared/rules/threshold';
import { judgeBallot, type BallotContext } from '../../../shared/rules/validity';
import { ballotsForVotes, candidates, electionInput, kept, struck } from '../../helpers/elections';

/** RULES.md, "Worked examples": each one a test. */

describe('E1 members’ congress: base and threshold', () => {
  const base = congressBase(45, [
    { reason: 'Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác', count: 2 },
    { reason: 'Đảng viên miễn công tác và sinh hoạt đảng vắng mặt', count: 1 },
    { reason: 'Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do', count: 1 },
  ]);

  it('B = 41 and 21 votes are needed', () => {
    expect(base).toBe(41);
    expect(votesNeeded(base)).toBe(21);
  });

  it('20 votes = 48,78% is not elected; 21 votes = 51,22% reaches the majority', () => {
    expect(formatPercent(20, base)).toBe('48,78');
    expect(reachesMajority(20, base)).toBe(false);
    expect(formatPercent(21, base)).toBe('51,22');
    expect(reachesMajority(21, base)).toBe(true);
  });
});

describe('E2 delegates’ congress: base', () => {
  it('150 summoned, 2 committee members absent, 3 delegates absent of whom 1 replaced → B = 146, needed 74', () => {
    const base = congressBase(150, [
      { reason: 'Cấp ủy viên cấp triệu tập vắng mặt suốt thời gian đại hội', count: 2 },
      { reason: 'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có dự khuyết thay thế', count: 3 - 1 },
    ]);
    expect(base).toBe(146);
    expect(votesNeeded(base)).toBe(74);
  });
});

describe('E3 validity, format A, N = 5, |L| = 6', () => {
  const list = candidates(6);
  const ids = list.map((c) => c.id);
  const context: BallotContext = { format: 'A', listIds: ids, seats: 5, allBothOrNoneInvalid: true };

  it.each([
    ['keep 5', { kind: 'kept' as const, ids: ids.slice(0, 5) }, null, { valid: true }],
    ['keep 3', { kind: 'kept' as const, ids: ids.slice(0, 3) }, null, { valid: true }],
    ['keep 6', { kind: 'struck' as const, ids: [] }, null, { valid: false, reason: 'OVER_N' }],
    ['all struck', { kind: 'struck' as const, ids }, null, { valid: false, reason: 'NONE_KEPT' }],
    ['keep 2 plus a written name', { kind: 'kept' as const, ids: ids.slice(0, 2) }, 'WRITE_IN' as const, { valid: false, reason: 'WRITE_IN' }],
    ['keep 1', { kind: 'kept' as const, ids: ids.slice(0, 1) }, null, { valid: true }],
  ])('%s', (_, choice, ruling, verdict) => {
    expect(judgeBallot(choice, ruling, context)).toEqual(verdict);
  });

  it('counts 3 valid and 3 invalid ballots, one per reason', () => {
    const tally = tallyElection(
      electionInput({
        candidates: list,
        seats: 5,
        base: 10,
        ballots: [kept(ids.slice(0, 5)), kept(ids.slice(0, 3)), struck([]), struck(ids), { ...kept(ids.slice(0, 2)), ruling: 'WRITE_IN' }, kept(ids.slice(0, 1))],
      }),
    );
    expect(tally.ballots).toMatchObject({ valid: 3, invalid: 3, invalidByReason: { OVER_N: 1, NONE_KEPT: 1, WRITE_IN: 1 } });
    expect(tally.candidates.map((c) => c.votes)).toEqual([3, 2, 2, 1, 1, 0]);
  });
});

describe('E4 bí thư, |L| = N = 1, B = 41, 38 returned', () => {
  it('35 agree, 2 disagree, 1 both → valid 37, invalid 1, v = 35, elected with 85,37%', () => {
    const [only] = candidates(1);
    const marks = (mark: 'agree' | 'disagree' | 'both', count: number) => ({ choice: { kind: 'marks' as const, marks: { c01: mark } }, count, ruling: null, team: null });
    const tally = tallyElection(
      electionInput({ office: 'bi_thu', candidates: [only!], seats: 1, base: 41, ballotsReturned: 38, ballots: [marks('agree', 35), marks('disagree', 2), marks('both', 1)] }),
    );
    expect(tally.format).toBe('B');
    expect(tally.ballots).toMatchObject({ returned: 38, valid: 37, invalid: 1, invalidByReason: { B_SINGLE_BOTH_OR_NONE: 1 } });
    expect(tally.candidates[0]).toMatchObject({ votes: 35, percent: '85,37', status: 'elected' });
    expect(tally.outcome).toBe('complete');
    expect(tally.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('E5 phó bí thư, |L| = N = 2', () => {
  const list = candidates(2);
  const context: BallotContext = { format: 'B', listIds: ['c01', 'c02'], seats: 2, allBothOrNoneInvalid: true };

  it('A agree and B both boxes: valid, A +1, B +0', () => {
    expect(judgeBallot({ kind: 'marks', marks: { c01: 'agree', c02: 'both' } }, null, context)).toEqual({ valid: true });
    const tally = tallyElection(electionInput({ office: 'pho_bi_thu', candidates: list, seats: 2, base: 41, ballots: [{ choice: { kind: 'marks', marks: { c01: 'agree', c02: 'both' } }, count: 1, ruling: null, team: null }] }));
    expect(tally.candidates.map((c) => c.votes)).toEqual([1, 0]);
  });

  it('both boxes for A and B: invalid, B_ALL_BOTH_OR_NONE (configurable: valid with no votes when switched off)', () => {
    const choice = { kind: 'marks' as const, marks: { c01: 'both' as const, c02: 'both' as const } };
    expect(judgeBallot(choice, null, context)).toEqual({ valid: false, reason: 'B_ALL_BOTH_OR_NONE' });
    expect(judgeBallot(choice, null, { ...context, allBothOrNoneInvalid: false })).toEqual({ valid: true });
  });
});

describe('E6 N = 15, |L| = 17, B = 146', () => {
  const list = candidates(17);
  const ids = list.map((c) => c.id);
  const top13 = [130, 128, 125, 120, 118, 115, 112, 110, 105, 102, 100, 98, 95];

  it('14th has 90, 15th and 16th have 80, 17th has 60 → 14 elected, the two with 80 tied for 1 seat', () => {
    const votes = [...top13, 90, 80, 80, 60];
    const tally = tallyElection(electionInput({ candidates: list, seats: 15, base: 146, ballots: ballotsForVotes(ids, votes, 140) }));
    expect(tally.candidates.map((c) => c.votes)).toEqual(votes);
    expect(tally.elected).toEqual(ids.slice(0, 14));
    expect(tally.tie).toEqual({ seats: 1, candidates: ['c15', 'c16'] });
    expect(tally.outcome).toBe('tie');
    expect(tally.candidates.filter((c) => c.status === 'tied').map((c) => c.id)).toEqual(['c15', 'c16']);
    expect(tally.nextRound).toMatchObject({ kind: 'tie_break', seats: 1, candidateIds: ['c15', 'c16'], requireMajority: true });
  });

  it('if the 16th had 73: 15 elected, no tie', () => {
    const votes = [...top13, 90, 80, 73, 60];
    const tally = tallyElection(electionInput({ candidates: list, seats: 15, base: 146, ballots: ballotsForVotes(ids, votes, 140) }));
    expect(tally.elected).toHaveLength(15);
    expect(tally.elected).toEqual(ids.slice(0, 15));
    expect(tally.tie).toBeNull();
    expect(tally.outcome).toBe('complete');
    expect(tally.nextRound).toBeNull();
  });
});

describe('E7 dai_bieu, N = 5, |L| = 6, B = 41', () => {
  it('votes 30, 28, 25, 22, 20, 19 → 4 elected, short by 1; further round of the two not elected for 1 seat', () => {
    const list = candidates(6);
    const ids = list.map((c) => c.id);
    const tally = tallyElection(electionInput({ office: 'dai_bieu', candidates: list, seats: 5, base: 41, ballots: ballotsForVotes(ids, [30, 28, 25, 22, 20, 19], 38) }));
    expect(tally.elected).toEqual(['c01', 'c02', 'c03', 'c04']);
    expect(tally.outcome).toBe('short');
    expect(tally.unfilledSeats).toBe(1);
    expect(tally.base).toBe(41);
    expect(tally.nextRound).toEqual({ kind: 'further', seats: 1, candidateIds: ['c05', 'c06'], requireMajority: true, recommended: true });
  });
});

describe('E8 surplus', () => {
  const errors = (listSize: number, seats: number, committeeListSize: number | null = null) =>
    checkList({ office: 'cap_uy', seats, listSize, committeeListSize, round: 1 }).filter((p) => p.severity === 'error').map((p) => p.code);

  it('N = 35, list 40 → s = 5 fine, within [4, 5]', () => {
    expect(checkList({ office: 'cap_uy', seats: 35, listSize: 40, committeeListSize: 40, round: 1 })).toEqual([]);
  });
  it('N = 35, list 48 → s = 13 > 10: error', () => {
    expect(errors(48, 35)).toEqual(['SURPLUS_TOO_LARGE']);
  });
  it('N = 3 with list 4 fine, list 5 error', () => {
    expect(errors(4, 3)).toEqual([]);
    expect(errors(5, 3)).toEqual(['SURPLUS_TOO_LARGE']);
  });
  it('a floor nominee with 45 present needs 14 agreeing', () => {
    expect(nominationVotesNeeded(45)).toBe(14);
    expect(nominationAdmitted(14, 45)).toBe(true);
    expect(nominationAdmitted(13, 45)).toBe(false);
  });
});

describe('E9 three counting teams', () => {
  const list = candidates(11);
  const teamTotals = [
    { team: 'Tổ 1', returned: 120, valid: 118, invalid: { OVER_N: 1, NONE_KEPT: 1 }, votes: { c01: 100, c02: 90, c03: 80 } },
    { team: 'Tổ 2', returned: 114, valid: 114, invalid: {}, votes: { c01: 101, c02: 80, c03: 70 } },
    { team: 'Tổ 3', returned: 114, valid: 113, invalid: { WRITE_IN: 1 }, votes: { c01: 99, c02: 85, c03: 60 } },
  ];

  it('valid 345, invalid 3, 345 + 3 = 348 of 350 issued; v(c) is the sum over teams', () => {
    const tally = tallyElection(electionInput({ candidates: list, seats: 9, base: 350, ballotsIssued: 350, teamTotals }));
    expect(tally.ballots).toMatchObject({ issued: 350, returned: 348, valid: 345, invalid: 3 });
    expect(tally.candidates.slice(0, 3).map((c) => c.votes)).toEqual([300, 255, 210]);
    expect(tally.teams.map((t) => [t.team, t.returned, t.valid, t.invalid])).toEqual([
      ['Tổ 1', 120, 118, 2],
      ['Tổ 2', 114, 114, 0],
      ['Tổ 3', 114, 113, 1],
    ]);
    expect(tally.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a team whose Σ v exceeds N × its valid is rejected, naming the place', () => {
    const impossible = { team: 'Tổ 3', returned: 2, valid: 1, invalid: {}, votes: { c01: 1, c02: 1, c03: 1 } };
    const file = {
      format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội', summoned: 350 },
      elections: [{ id: 'bch', office: 'cap_uy', seats: 2, candidates: list.map(({ id, name }) => ({ id, name })), teamTotals: [impossible] }],
    };
    const read = readCongressFile(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toBe('elections[0].teamTotals[0].votes: tổng số phiếu bầu (3) vượt quá số cần bầu × số phiếu hợp lệ (2 × 1)');
  });
});
