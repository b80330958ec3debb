import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotChoice, BallotRecord, CandidateOnList } from '../../../shared/domain';
import { paperNumbers } from '../../../shared/rules/paper-list';
import { ballotContext, tallyElection, type ElectionTallyInput } from '../../../shared/rules/tally';
import { judgeBallot } from '../../../shared/rules/validity';
import { electionArb } from '../../helpers/election-arbitrary';

/**
 * RULES R1, "the paper as printed": a name withdrawn after the papers were printed stays on the
 * paper at its number, struck, and never gets a vote; the format stays the one printed; validity
 * is judged over the names still standing.
 */

const ballot = (choice: BallotChoice, count = 1): BallotRecord => ({ choice, count, ruling: null, team: null });
const struck = (...ids: string[]) => ballot({ kind: 'struck', ids });

function election(candidates: CandidateOnList[], seats: number, ballots: BallotRecord[], extra: Partial<ElectionTallyInput> = {}): ElectionTallyInput {
  return { id: 'dai_bieu', office: 'dai_bieu', seats, round: 1, base: 41, requireMajority: true, allBothOrNoneInvalid: true, candidates, ballots, teamTotals: [], ballotsIssued: null, ballotsReturned: null, present: null, ...extra };
}

/** Issue 18's delegates: 3 names for 2 seats, printed as strike-out papers; name 2 withdrew after printing. */
const ISSUE_LIST: CandidateOnList[] = [
  { id: 'c01', name: 'Trần Văn Bảy', withdrawn: false },
  { id: 'c02', name: 'Lê Thị Cúc', withdrawn: true, onPaper: true },
  { id: 'c03', name: 'Nguyễn Hữu Duy', withdrawn: false },
];

describe('issue 18: delegates, 3 names for 2 seats, "rút tên" of name 2 after printing', () => {
  it('the election stays format A with the numbers printed: 1, 2 (struck), 3', () => {
    const context = ballotContext({ candidates: ISSUE_LIST, seats: 2, allBothOrNoneInvalid: true });
    expect(context.format).toBe('A');
    expect(context.listIds).toEqual(['c01', 'c02', 'c03']);
    expect(context.withdrawnOnPaper).toEqual(['c02']);
    const tally = tallyElection(election(ISSUE_LIST, 2, []));
    expect(tally.format).toBe('A');
    expect(tally.paper).toEqual([
      { id: 'c01', name: 'Trần Văn Bảy', number: 1, withdrawn: false },
      { id: 'c02', name: 'Lê Thị Cúc', number: 2, withdrawn: true },
      { id: 'c03', name: 'Nguyễn Hữu Duy', number: 3, withdrawn: false },
    ]);
    expect(tally.candidates.map((c) => c.id)).toEqual(['c01', 'c03']);
  });

  it('"2 3" (the withdrawn name and the last one struck) is valid: one vote for name 1, nothing for 2', () => {
    const context = ballotContext({ candidates: ISSUE_LIST, seats: 2, allBothOrNoneInvalid: true });
    expect(judgeBallot({ kind: 'struck', ids: ['c02', 'c03'] }, null, context)).toEqual({ valid: true });
    const tally = tallyElection(election(ISSUE_LIST, 2, [struck('c02', 'c03')]));
    expect(tally.ballots).toMatchObject({ valid: 1, invalid: 0 });
    expect(tally.candidates.map((c) => [c.id, c.votes])).toEqual([
      ['c01', 1],
      ['c03', 0],
    ]);
  });

  it('a paper with every standing name struck is NONE_KEPT, whether the withdrawn name is struck or left', () => {
    const tally = tallyElection(election(ISSUE_LIST, 2, [struck('c01', 'c03'), struck('c01', 'c02', 'c03'), ballot({ kind: 'kept', ids: ['c02'] })]));
    expect(tally.ballots).toMatchObject({ valid: 0, invalid: 3, invalidByReason: { NONE_KEPT: 3 } });
  });

  it('leaving the withdrawn name un-struck gives it no vote and does not count towards N', () => {
    const tally = tallyElection(election(ISSUE_LIST, 2, [struck(), struck('c03')]));
    expect(tally.ballots).toMatchObject({ valid: 2, invalid: 0 });
    expect(tally.candidates.map((c) => c.votes)).toEqual([2, 1]);
  });

  it('withdrawn before printing, the name is not on the paper: 2 names for 2 seats is format B', () => {
    const beforePrinting = ISSUE_LIST.map((c) => (c.id === 'c02' ? { ...c, onPaper: false } : c));
    const tally = tallyElection(election(beforePrinting, 2, []));
    expect(tally.format).toBe('B');
    expect(tally.paper.map((c) => [c.number, c.id])).toEqual([
      [1, 'c01'],
      [2, 'c03'],
    ]);
    expect(paperNumbers(beforePrinting)).toEqual([1, null, 2]);
    expect(paperNumbers(ISSUE_LIST)).toEqual([1, 2, 3]);
  });
});

describe('format A as printed: OVER_N over the names standing', () => {
  const list: CandidateOnList[] = [
    { id: 'a', name: 'A', withdrawn: false },
    { id: 'b', name: 'B', withdrawn: true, onPaper: true },
    { id: 'c', name: 'C', withdrawn: false },
    { id: 'd', name: 'D', withdrawn: false },
  ];
  const context = ballotContext({ candidates: list, seats: 2, allBothOrNoneInvalid: true });

  it('more than N standing names kept is OVER_N; the withdrawn name kept or struck does not count', () => {
    expect(judgeBallot({ kind: 'struck', ids: [] }, null, context)).toEqual({ valid: false, reason: 'OVER_N' });
    expect(judgeBallot({ kind: 'struck', ids: ['b'] }, null, context)).toEqual({ valid: false, reason: 'OVER_N' });
    expect(judgeBallot({ kind: 'struck', ids: ['a'] }, null, context)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'kept', ids: ['a', 'b', 'c'] }, null, context)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'kept', ids: ['a', 'c', 'd'] }, null, context)).toEqual({ valid: false, reason: 'OVER_N' });
  });
});

describe('format B as printed: the withdrawn name’s boxes are ignored', () => {
  const list: CandidateOnList[] = [
    { id: 'a', name: 'A', withdrawn: false },
    { id: 'b', name: 'B', withdrawn: true, onPaper: true },
  ];

  it('B_ALL_BOTH_OR_NONE is judged over the names standing', () => {
    const context = ballotContext({ candidates: list, seats: 2, allBothOrNoneInvalid: true });
    expect(context.format).toBe('B');
    expect(judgeBallot({ kind: 'marks', marks: { a: 'agree', b: 'both' } }, null, context)).toEqual({ valid: true });
    expect(judgeBallot({ kind: 'marks', marks: { a: 'both', b: 'agree' } }, null, context)).toEqual({ valid: false, reason: 'B_ALL_BOTH_OR_NONE' });
    expect(judgeBallot({ kind: 'marks', marks: { b: 'agree' } }, null, context)).toEqual({ valid: false, reason: 'B_ALL_BOTH_OR_NONE' });
  });

  it('an agree on the withdrawn name is no vote', () => {
    const tally = tallyElection(election(list, 2, [ballot({ kind: 'marks', marks: { a: 'agree', b: 'agree' } }, 3)]));
    expect(tally.candidates.map((c) => [c.id, c.votes])).toEqual([['a', 3]]);
    expect(tally.ballots.valid).toBe(3);
  });

  it('a one-name paper whose name withdrew after printing: every paper is invalid, nobody is elected', () => {
    const only: CandidateOnList[] = [{ id: 'a', name: 'A', withdrawn: true, onPaper: true }];
    const tally = tallyElection(election(only, 1, [ballot({ kind: 'marks', marks: { a: 'agree' } })]));
    expect(tally.format).toBe('B');
    expect(tally.ballots.invalidByReason).toEqual({ B_SINGLE_BOTH_OR_NONE: 1 });
    expect(tally.elected).toEqual([]);
  });
});

describe('team totals never give a withdrawn name a vote', () => {
  it('a vote reported for a name withdrawn after printing is not counted', () => {
    const tally = tallyElection(election(ISSUE_LIST, 2, [], { teamTotals: [{ team: 'Tổ 1', returned: 5, valid: 5, invalid: {}, votes: { c01: 4, c02: 5, c03: 1 } }] }));
    expect(tally.candidates.map((c) => [c.id, c.votes])).toEqual([
      ['c01', 4],
      ['c03', 1],
    ]);
  });
});

/** The same paper with the withdrawn names' marks changed at random: what a voter did to a withdrawn name. */
function reMarkWithdrawn(choice: BallotChoice, withdrawn: readonly string[], picks: readonly boolean[]): BallotChoice {
  const flip = withdrawn.filter((_, i) => picks[i] ?? false);
  if (choice.kind === 'kept' || choice.kind === 'struck') {
    const others = choice.ids.filter((id) => !withdrawn.includes(id));
    return { kind: choice.kind, ids: [...others, ...flip] };
  }
  if (choice.kind === 'marks') {
    const marks = { ...choice.marks };
    withdrawn.forEach((id, i) => {
      marks[id] = picks[i] ? 'agree' : 'both';
    });
    return { kind: 'marks', marks };
  }
  return choice;
}

describe('property: what is done to a withdrawn name on the paper never changes a result', () => {
  it('striking, keeping or marking the names withdrawn after printing leaves every figure as it was', () => {
    fc.assert(
      fc.property(electionArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (input, picks) => {
        const withdrawn = input.candidates.filter((c) => c.withdrawn && c.onPaper === true).map((c) => c.id);
        const reMarked = { ...input, ballots: input.ballots.map((b) => ({ ...b, choice: reMarkWithdrawn(b.choice, withdrawn, picks) })) };
        const a = tallyElection(input);
        const b = tallyElection(reMarked);
        expect({ ballots: b.ballots, candidates: b.candidates, elected: b.elected, outcome: b.outcome }).toEqual({ ballots: a.ballots, candidates: a.candidates, elected: a.elected, outcome: a.outcome });
      }),
      { numRuns: 500 },
    );
  });

  it('the paper keeps every printed name at its number; the results list only the names standing', () => {
    fc.assert(
      fc.property(electionArb, (input) => {
        const tally = tallyElection(input);
        const printed = input.candidates.filter((c) => !c.withdrawn || c.onPaper === true);
        expect(tally.paper.map((c) => [c.id, c.number])).toEqual(printed.map((c, i) => [c.id, i + 1]));
        expect(tally.candidates.map((c) => c.id)).toEqual(input.candidates.filter((c) => !c.withdrawn).map((c) => c.id));
        expect(tally.format).toBe(printed.length > input.seats ? 'A' : 'B');
      }),
      { numRuns: 300 },
    );
  });
});
