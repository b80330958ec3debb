import { ballotContext } from '../../shared/rules/tally';
import type { BallotContext } from '../../shared/rules/validity';
import type { CandidateView, ElectionView } from '../api/types';

/**
 * The ballot of an election as its paper prints it (RULES R1, "the paper as printed"): every
 * screen that reads a typed or scanned paper (entry, double entry, scan review, finding a ballot)
 * reads it against this. A name withdrawn after printing is on the paper at its number, struck.
 */
export function paperContext(election: ElectionView): BallotContext {
  return ballotContext({ candidates: election.candidates.map((c) => ({ id: c.key, withdrawn: c.withdrawn, onPaper: c.onPaper })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
}

/** The names printed on the paper, in paper order, each with its number. */
export function namesOnPaper(election: ElectionView): CandidateView[] {
  return election.candidates.filter((c) => c.number !== null);
}

/** The names still standing (the only ones that can get a vote). */
export function namesStanding(election: ElectionView): CandidateView[] {
  return election.candidates.filter((c) => !c.withdrawn);
}
