import { createHash } from 'node:crypto';
import type { ElectionTallyInput } from '../../shared/rules/tally';

/**
 * A short fingerprint of the counted data of an election: the list, the figures, every ballot
 * that counts and every team total. Printed on the minutes and shown in the app, so that a page
 * can be matched to the data it came from. Ballot order in the database does not change it.
 */
export function countedDataFingerprint(input: ElectionTallyInput): string {
  const ballots = input.ballots.map((b) => JSON.stringify([b.choice, b.count, b.ruling, b.team])).sort();
  const canonical = JSON.stringify({
    id: input.id, office: input.office, seats: input.seats, round: input.round, base: input.base, requireMajority: input.requireMajority, allBothOrNoneInvalid: input.allBothOrNoneInvalid,
    candidates: input.candidates, ballotsIssued: input.ballotsIssued, ballotsReturned: input.ballotsReturned, present: input.present,
    ballots, teamTotals: [...input.teamTotals].sort((a, b) => (a.team < b.team ? -1 : 1)),
  });
  const hex = createHash('sha256').update(canonical).digest('hex').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
