import { decideOutcome } from './outcome';
import { reachesMajority } from './threshold';

/**
 * Results decided by a few votes (issue 17, item 8): before the lock, the committee looks again,
 * on every scanned paper, at the rows of the candidates whose result a few misread papers could
 * change. A candidate is "close" when at most `margin` papers, each read differently for that one
 * name, would change whether they pass the threshold (RULES R5) or take the last seat (R6): so
 * many votes fewer for one who passes (or is in), or more for one who does not. Integers only.
 */

/** The margin when the election does not set one: 2 papers. */
export const DEFAULT_SCAN_MARGIN = 2;

export interface CloseCandidate {
  id: string;
  name: string;
  votes: number;
  /** The threshold (R5: more than half the base) or the last seat (R6: the most votes among those who pass). */
  why: 'threshold' | 'seat';
  /** How many papers read differently would change it. */
  distance: number;
  /** Whether the candidate passes the threshold (threshold) or holds a seat (seat) as the papers were counted. */
  inside: boolean;
}

export interface MarginInput {
  /** In ballot order. */
  candidates: readonly { id: string; name: string; votes: number }[];
  seats: number;
  base: number;
  requireMajority: boolean;
  margin: number;
}

/**
 * The candidates whose result at most `margin` papers would change, in ballot order: a tied
 * candidate (distance 0), and every other whose status (RULES R5, R6: elected, tied, not elected)
 * changes when their own votes move by k ≤ margin, down for one elected, up for one not. `why`
 * says whether that move crosses the threshold or only the last seat.
 */
export function closeCandidates(input: MarginInput): CloseCandidate[] {
  const outcome = decideOutcome(input);
  const passes = (votes: number) => input.requireMajority && reachesMajority(votes, input.base);
  return input.candidates.flatMap((c, index): CloseCandidate[] => {
    const status = outcome.status[c.id];
    if (status === 'tied') return [{ id: c.id, name: c.name, votes: c.votes, why: 'seat', distance: 0, inside: false }];
    const step = status === 'elected' ? -1 : 1;
    for (let k = 1; k <= input.margin; k++) {
      const votes = c.votes + step * k;
      if (votes < 0) break;
      const moved = input.candidates.map((other, i) => (i === index ? { id: other.id, votes } : other));
      if (decideOutcome({ ...input, candidates: moved }).status[c.id] === status) continue;
      const threshold = input.requireMajority && passes(votes) !== passes(c.votes);
      return [{ id: c.id, name: c.name, votes: c.votes, why: threshold ? 'threshold' : 'seat', distance: k, inside: threshold ? passes(c.votes) : status === 'elected' }];
    }
    return [];
  });
}

/** What is close about a candidate, in words: "Nguyễn Văn An (151 phiếu: 1 phiếu đọc khác là không còn quá bán)". */
export function closeText(c: CloseCandidate): string {
  const what =
    c.why === 'threshold'
      ? c.inside ? 'không còn quá bán' : 'đạt quá bán'
      : c.distance === 0 ? null : c.inside ? 'mất ghế cuối' : 'được ghế cuối';
  return `${c.name} (${c.votes} phiếu: ${what === null ? 'bằng phiếu với người tranh ghế cuối' : `${c.distance} phiếu đọc khác là ${what}`})`;
}
