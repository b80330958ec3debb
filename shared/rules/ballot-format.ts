import type { BallotFormat } from '../domain';

/** RULES R1: more names than seats → format A (strike out); otherwise format B (agree / disagree). */
export function ballotFormat(listSize: number, seats: number): BallotFormat {
  return listSize > seats ? 'A' : 'B';
}
