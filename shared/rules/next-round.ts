import type { Office } from '../domain';
import type { Outcome } from './outcome';

export interface NextRoundProposal {
  kind: 'tie_break' | 'further';
  seats: number;
  /** In ballot order. */
  candidateIds: string[];
  requireMajority: boolean;
  /** Whether the rules propose holding it by default (further rounds of `dai_bieu`; every tie-break). */
  recommended: boolean;
}

/**
 * RULES R6: after a tie, a tie-break round among the tied for the tied seats (needing the majority
 * again unless the congress rules otherwise); after a shortfall, a further round of the candidates
 * not elected for the unfilled seats, with the same base.
 */
export function proposeNextRound(office: Office, listInBallotOrder: readonly string[], outcome: Outcome, tieBreakRequiresMajority = true): NextRoundProposal | null {
  if (outcome.tie !== null) {
    return { kind: 'tie_break', seats: outcome.tie.seats, candidateIds: [...outcome.tie.candidates], requireMajority: tieBreakRequiresMajority, recommended: true };
  }
  if (outcome.unfilledSeats > 0) {
    const notElected = listInBallotOrder.filter((id) => outcome.status[id] !== 'elected');
    return { kind: 'further', seats: outcome.unfilledSeats, candidateIds: notElected, requireMajority: true, recommended: office === 'dai_bieu' };
  }
  return null;
}
