import { reachesMajority } from './threshold';

export type CandidateStatus = 'elected' | 'not_elected' | 'tied';
export type OutcomeKind = 'complete' | 'short' | 'tie';

export interface Tie {
  seats: number;
  candidates: string[];
}

export interface Outcome {
  status: Record<string, CandidateStatus>;
  /** Vote order; equal votes keep ballot order (display only). */
  elected: string[];
  tie: Tie | null;
  unfilledSeats: number;
  outcome: OutcomeKind;
}

export interface OutcomeInput {
  /** In ballot order. */
  candidates: readonly { id: string; votes: number }[];
  seats: number;
  base: number;
  /** A tie-break round the congress ruled so may drop the majority requirement. */
  requireMajority: boolean;
}

/** RULES R6. Ties are never broken by age, alphabet or entry order. */
export function decideOutcome(input: OutcomeInput): Outcome {
  const { seats, base } = input;
  const status: Record<string, CandidateStatus> = {};
  for (const candidate of input.candidates) status[candidate.id] = 'not_elected';

  const qualifies = (votes: number) => (input.requireMajority ? reachesMajority(votes, base) : votes > 0);
  // Array.prototype.sort is stable: equal votes keep ballot order.
  const qualified = input.candidates.filter((c) => qualifies(c.votes)).sort((a, b) => b.votes - a.votes);

  if (qualified.length <= seats) {
    for (const c of qualified) status[c.id] = 'elected';
    const unfilledSeats = seats - qualified.length;
    return { status, elected: qualified.map((c) => c.id), tie: null, unfilledSeats, outcome: unfilledSeats > 0 ? 'short' : 'complete' };
  }

  const cutVotes = (qualified[seats - 1] as { votes: number }).votes;
  const nextVotes = (qualified[seats] as { votes: number }).votes;
  if (nextVotes !== cutVotes) {
    const elected = qualified.slice(0, seats);
    for (const c of elected) status[c.id] = 'elected';
    return { status, elected: elected.map((c) => c.id), tie: null, unfilledSeats: 0, outcome: 'complete' };
  }

  const above = qualified.filter((c) => c.votes > cutVotes);
  const tied = input.candidates.filter((c) => qualifies(c.votes) && c.votes === cutVotes);
  for (const c of above) status[c.id] = 'elected';
  for (const c of tied) status[c.id] = 'tied';
  return {
    status,
    elected: above.map((c) => c.id),
    tie: { seats: seats - above.length, candidates: tied.map((c) => c.id) },
    unfilledSeats: 0,
    outcome: 'tie',
  };
}
