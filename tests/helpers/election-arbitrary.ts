import fc from 'fast-check';
import { MARKS, OPERATOR_RULINGS, type BallotRecord, type Mark, type TeamTotal } from '../../shared/domain';
import type { ElectionTallyInput } from '../../shared/rules/tally';

/** Random elections for the property tests: any list, seats, ballots of every kind, teams and totals. */
export const TEAMS = ['Tổ 1', 'Tổ 2', 'Tổ 3', null] as const;

export const electionArb = fc
  .record({
    seats: fc.integer({ min: 1, max: 6 }),
    listSize: fc.integer({ min: 1, max: 10 }),
    withdrawn: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    // A withdrawn name still printed on the papers (withdrawn after printing, RULES R1).
    onPaper: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    base: fc.integer({ min: 1, max: 80 }),
    requireMajority: fc.boolean(),
    allBothOrNoneInvalid: fc.boolean(),
    seeds: fc.array(fc.record({ picks: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), kind: fc.nat(5), count: fc.integer({ min: 1, max: 3 }), ruling: fc.nat(19), team: fc.nat(3) }), { maxLength: 60 }),
    totals: fc.array(fc.record({ team: fc.constantFrom('Tổ 4', 'Tổ 5'), share: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), valid: fc.nat(30), invalid: fc.nat(4) }), { maxLength: 2 }),
  })
  .map(({ seats, listSize, withdrawn, onPaper, base, requireMajority, allBothOrNoneInvalid, seeds, totals }): ElectionTallyInput => {
    const candidates = Array.from({ length: listSize }, (_, i) => {
      const out = (withdrawn[i] ?? false) && i > 0;
      return { id: `c${i}`, name: `Người ${i}`, withdrawn: out, ...(out && onPaper[i] ? { onPaper: true } : {}) };
    });
    // The ballots mark what the paper prints (withdrawn-after-printing names too); votes go to the standing only.
    const listed = candidates.filter((c) => !c.withdrawn || c.onPaper === true).map((c) => c.id);
    const standing = candidates.filter((c) => !c.withdrawn).map((c) => c.id);
    const formatA = listed.length > seats;
    const ballots: BallotRecord[] = seeds.map((seed) => {
      const subset = listed.filter((_, i) => (seed.picks[i] ?? 0) % 2 === 0);
      const ruling = seed.ruling < OPERATOR_RULINGS.length ? OPERATOR_RULINGS[seed.ruling]! : null;
      const team = TEAMS[seed.team] ?? null;
      if (formatA || seed.kind < 2) {
        return { choice: seed.kind % 2 === 0 ? { kind: 'kept', ids: subset } : { kind: 'struck', ids: subset }, count: seed.count, ruling, team };
      }
      const marks: Record<string, Mark> = {};
      listed.forEach((id, i) => {
        const mark = MARKS[(seed.picks[i] ?? 0) % 4] as Mark;
        if (mark !== 'none' || (seed.picks[i] ?? 0) % 8 === 3) marks[id] = mark;
      });
      return { choice: { kind: 'marks', marks }, count: seed.count, ruling, team };
    });
    // Team totals a team could have counted: each name at most `valid`, in all at most N × valid.
    const teamTotals: TeamTotal[] = [];
    for (const total of totals) {
      if (teamTotals.some((t) => t.team === total.team)) continue;
      const votes: Record<string, number> = {};
      let budget = seats * total.valid;
      standing.forEach((id, i) => {
        const v = Math.min((total.share[i] ?? 0) % (total.valid + 1), budget);
        budget -= v;
        votes[id] = v;
      });
      teamTotals.push({ team: total.team, returned: total.valid + total.invalid, valid: total.valid, invalid: { OVER_N: total.invalid }, votes });
    }
    return { id: 'e', office: 'cap_uy', seats, round: 1, base, requireMajority, allBothOrNoneInvalid, candidates, ballots, teamTotals, ballotsIssued: null, ballotsReturned: null, present: null };
  });
