import type { BallotRecord, CandidateOnList, Office } from '../../shared/domain';
import type { ElectionTallyInput } from '../../shared/rules/tally';

export function candidates(count: number, prefix = 'c'): CandidateOnList[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${String(i + 1).padStart(2, '0')}`, name: `Người ${i + 1}`, withdrawn: false }));
}

export function electionInput(overrides: Partial<ElectionTallyInput> & { candidates: readonly CandidateOnList[]; seats: number }): ElectionTallyInput {
  return {
    id: 'e',
    office: 'cap_uy' as Office,
    round: 1,
    base: 100,
    requireMajority: true,
    allBothOrNoneInvalid: true,
    ballots: [],
    teamTotals: [],
    ballotsIssued: null,
    ballotsReturned: null,
    present: null,
    ...overrides,
  };
}

export function kept(ids: string[], count = 1, team: string | null = null): BallotRecord {
  return { choice: { kind: 'kept', ids }, count, ruling: null, team };
}

export function struck(ids: string[], count = 1, team: string | null = null): BallotRecord {
  return { choice: { kind: 'struck', ids }, count, ruling: null, team };
}

/**
 * Format-A ballots that give each candidate exactly the votes asked for: each candidate's votes
 * are dealt to the next ballots round-robin, so no ballot keeps a name twice and the kept names
 * are spread evenly (every ballot keeps between floor and ceil of Σv / ballots).
 */
export function ballotsForVotes(ids: readonly string[], votes: readonly number[], ballotCount: number): BallotRecord[] {
  const keptBy: string[][] = Array.from({ length: ballotCount }, () => []);
  let next = 0;
  ids.forEach((id, i) => {
    const v = votes[i] ?? 0;
    if (v > ballotCount) throw new Error(`${id}: ${v} votes on ${ballotCount} ballots`);
    for (let k = 0; k < v; k++) {
      (keptBy[next] as string[]).push(id);
      next = (next + 1) % ballotCount;
    }
  });
  return keptBy.map((names) => kept(names));
}
