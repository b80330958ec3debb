import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID_REASONS, type BallotRecord, type InvalidReason } from '../../../shared/domain';
import { tallyElection, type ElectionTally, type ElectionTallyInput } from '../../../shared/rules/tally';
import { electionArb, TEAMS } from '../../helpers/election-arbitrary';

/**
 * The tally against a deliberately naive second computation on random elections, and the
 * invariances the rules promise: ballot order, team order and stacking never change a result.
 */

interface NaiveResult {
  valid: number;
  invalid: number;
  invalidByReason: Partial<Record<InvalidReason, number>>;
  votes: number[];
  status: string[];
  elected: string[];
}

/**
 * Ballot by ballot, copy by copy, name by name; the outcome from ranks rather than from a cut.
 * RULES R1 "the paper as printed": the format from the names printed (a name withdrawn after
 * printing is on the paper), validity and votes over the names still standing.
 */
function naiveTally(input: ElectionTallyInput): NaiveResult {
  const printed = input.candidates.filter((c) => !c.withdrawn || c.onPaper === true).map((c) => c.id);
  const listed = input.candidates.filter((c) => !c.withdrawn).map((c) => c.id);
  const votes = listed.map(() => 0);
  let valid = 0;
  const invalidByReason: Partial<Record<InvalidReason, number>> = {};
  const invalid = (reason: InvalidReason) => {
    invalidByReason[reason] = (invalidByReason[reason] ?? 0) + 1;
  };
  for (const ballot of input.ballots) {
    for (let copy = 0; copy < ballot.count; copy++) {
      if (ballot.ruling) {
        invalid(ballot.ruling);
        continue;
      }
      const choice = ballot.choice;
      const gets: boolean[] = listed.map((id) => {
        if (choice.kind === 'kept') return choice.ids.includes(id);
        if (choice.kind === 'struck') return !choice.ids.includes(id);
        if (choice.kind === 'marks') return choice.marks[id] === 'agree';
        return false;
      });
      if (printed.length > input.seats) {
        const keptCount = gets.filter(Boolean).length;
        if (keptCount > input.seats) invalid('OVER_N');
        else if (keptCount === 0) invalid('NONE_KEPT');
        else {
          valid++;
          gets.forEach((g, i) => (votes[i]! += g ? 1 : 0));
        }
        continue;
      }
      const markOf = (id: string): string => (choice.kind === 'marks' ? (choice.marks[id] ?? 'none') : choice.kind === 'kept' ? (choice.ids.includes(id) ? 'agree' : 'disagree') : choice.kind === 'struck' ? (choice.ids.includes(id) ? 'disagree' : 'agree') : 'none');
      const blank = listed.map((id) => markOf(id) === 'both' || markOf(id) === 'none');
      // A withdrawn name's boxes are ignored: on a one-name paper that name is all there is.
      if (printed.length === 1 && (listed.length === 0 || blank[0])) invalid('B_SINGLE_BOTH_OR_NONE');
      else if (printed.length > 1 && input.allBothOrNoneInvalid && blank.every(Boolean)) invalid('B_ALL_BOTH_OR_NONE');
      else {
        valid++;
        listed.forEach((id, i) => (votes[i]! += markOf(id) === 'agree' ? 1 : 0));
      }
    }
  }
  for (const total of input.teamTotals) {
    valid += total.valid;
    for (const reason of INVALID_REASONS) if (total.invalid[reason]) invalidByReason[reason] = (invalidByReason[reason] ?? 0) + total.invalid[reason]!;
    listed.forEach((id, i) => (votes[i]! += total.votes[id] ?? 0));
  }
  const qualifies = (v: number) => (input.requireMajority ? v * 2 > input.base : v > 0);
  const status = listed.map((_, i) => {
    const v = votes[i]!;
    if (!qualifies(v)) return 'not_elected';
    const above = votes.filter((w) => qualifies(w) && w > v).length;
    const equal = votes.filter((w) => qualifies(w) && w === v).length;
    if (above + equal <= input.seats) return 'elected';
    return above < input.seats ? 'tied' : 'not_elected';
  });
  const elected = listed
    .map((id, i) => ({ id, v: votes[i]!, i }))
    .filter((c) => status[c.i] === 'elected')
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((c) => c.id);
  const invalidCount = Object.values(invalidByReason).reduce((s, n) => s + (n ?? 0), 0);
  return { valid, invalid: invalidCount, invalidByReason, votes, status, elected };
}

function essentials(t: ElectionTally) {
  return {
    ballots: t.ballots,
    candidates: t.candidates,
    elected: t.elected,
    tie: t.tie,
    unfilledSeats: t.unfilledSeats,
    outcome: t.outcome,
    problems: [...t.problems].map((p) => `${p.code}|${p.message}`).sort(),
    nextRound: t.nextRound,
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the tally against a naive second computation', () => {
  it('agrees on valid, invalid by reason, votes, statuses and the elected in vote order', () => {
    fc.assert(
      fc.property(electionArb, (input) => {
        const tally = tallyElection(input);
        const naive = naiveTally(input);
        expect(tally.ballots.valid).toBe(naive.valid);
        expect(tally.ballots.invalid).toBe(naive.invalid);
        expect(tally.ballots.invalidByReason).toEqual(naive.invalidByReason);
        expect(tally.candidates.map((c) => c.votes)).toEqual(naive.votes);
        expect(tally.candidates.map((c) => c.status)).toEqual(naive.status);
        expect(tally.elected).toEqual(naive.elected);
        expect(tally.outcome).toBe(naive.status.includes('tied') ? 'tie' : naive.elected.length < input.seats ? 'short' : 'complete');
        if (tally.tie) expect(tally.tie.seats + tally.elected.length).toBe(input.seats);
        expect(Number.isInteger(tally.ballots.returned)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('what never changes a result', () => {
  it('the order of ballots', () => {
    fc.assert(
      fc.property(electionArb, fc.nat(), (input, seed) => {
        expect(essentials(tallyElection({ ...input, ballots: shuffled(input.ballots, seed) }))).toEqual(essentials(tallyElection(input)));
      }),
      { numRuns: 500 },
    );
  });

  it('the order of teams and of their totals', () => {
    fc.assert(
      fc.property(electionArb, fc.nat(), (input, seed) => {
        const reversedTeams = { ...input, teamTotals: [...input.teamTotals].reverse(), ballots: shuffled(input.ballots, seed).sort((a, b) => String(b.team).localeCompare(String(a.team))) };
        expect(essentials(tallyElection(reversedTeams))).toEqual(essentials(tallyElection(input)));
      }),
      { numRuns: 500 },
    );
  });

  it('splitting a stack of identical ballots into single ballots, or stacking singles into counts', () => {
    fc.assert(
      fc.property(electionArb, (input) => {
        const singles = input.ballots.flatMap((b) => Array.from({ length: b.count }, () => ({ ...b, count: 1 })));
        const stacks: BallotRecord[] = [];
        for (const ballot of singles) {
          const key = JSON.stringify([ballot.choice, ballot.ruling, ballot.team]);
          const same = stacks.find((s) => JSON.stringify([s.choice, s.ruling, s.team]) === key);
          if (same) same.count += 1;
          else stacks.push({ ...ballot });
        }
        const original = essentials(tallyElection(input));
        expect(essentials(tallyElection({ ...input, ballots: singles }))).toEqual(original);
        expect(essentials(tallyElection({ ...input, ballots: stacks }))).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it('which team counted which ballot, for the overall result', () => {
    fc.assert(
      fc.property(electionArb, fc.nat(), (input, seed) => {
        const relabelled = { ...input, ballots: input.ballots.map((b, i) => ({ ...b, team: TEAMS[(i + seed) % TEAMS.length] ?? null })) };
        const a = tallyElection(relabelled);
        const b = tallyElection(input);
        expect({ ...a.ballots, votes: a.candidates, elected: a.elected }).toEqual({ ...b.ballots, votes: b.candidates, elected: b.elected });
      }),
      { numRuns: 300 },
    );
  });
});
