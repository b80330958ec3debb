import type { Office } from '../domain';
import type { ElectionTally } from './tally';

/**
 * The final result of an office (issue 11, item 5): the people elected across round 1, its
 * tie-break ("bầu lại do bằng phiếu") and further rounds ("bầu bổ sung"), and the seats left
 * unfilled. One computation for the results screen, the presentation, the summary, the workbook
 * and `tally --json` (INTERCHANGE.md "Additions", the `final` array).
 */

/** What the final result reads of a round's tally (shared/rules/tally.ts). */
export type RoundTally = Pick<ElectionTally, 'office' | 'seats' | 'round' | 'candidates' | 'elected' | 'tie' | 'unfilledSeats'>;

/** One round as the congress holds it: the round it continues, whether voided, whether locked. */
export interface RoundOfOffice {
  /** The election's id (the file's key). */
  id: string;
  /** The round it continues; null for a first round. */
  continues: string | null;
  /** Voided by a correction of the round it continues: it contributes nothing, nor do its continuations. */
  voided: boolean;
  locked: boolean;
  tally: RoundTally;
}

export interface FinalElected {
  /** The candidate's id in the round that elected them. */
  id: string;
  name: string;
  /** The votes of the round that elected them. */
  votes: number;
  /** The id of the round that elected them. */
  round: string;
  roundNumber: number;
}

export interface PendingTie {
  seats: number;
  candidates: { id: string; name: string; votes: number }[];
}

export interface FinalResult {
  office: Office;
  /** The first round's id: the office's result is named after it. */
  first: string;
  /** The rounds that count, the first round then each one continuing the one before (voided ones left out). */
  rounds: string[];
  /** The number of each of `rounds` (1, 2, …). */
  roundNumbers: number[];
  /** The seats of the office: those of its first round. */
  seats: number;
  /** The first round's elected in their order (votes), then each later round's in theirs. */
  elected: FinalElected[];
  /** A tie in the last round that counts, not yet broken: its seats are neither filled nor unfilled. */
  tie: PendingTie | null;
  /** Seats nobody holds and no tie awaits: `seats` − elected − the tie's seats, never below 0. */
  unfilledSeats: number;
  /** The rounds that count and are not locked yet. */
  openRounds: string[];
  /** Every round that counts is locked and no tie awaits its tie-break; otherwise provisional. */
  final: boolean;
}

/** The rounds that count for the office that `first` opens: each the one standing round that continues the one before. */
export function roundChain(rounds: readonly RoundOfOffice[], first: RoundOfOffice): RoundOfOffice[] {
  const chain = [first];
  const seen = new Set([first.id]);
  for (;;) {
    const last = chain[chain.length - 1] as RoundOfOffice;
    const next = rounds.find((r) => r.continues === last.id && !r.voided && !seen.has(r.id));
    if (next === undefined) return chain;
    chain.push(next);
    seen.add(next.id);
  }
}

/** The final result of one office from its chain of rounds (as `roundChain` gives it). */
export function finalResultOf(chain: readonly RoundOfOffice[]): FinalResult {
  const first = chain[0];
  if (first === undefined) throw new Error('finalResultOf: an office has at least its first round');
  const elected: FinalElected[] = [];
  for (const round of chain) {
    const byId = new Map(round.tally.candidates.map((c) => [c.id, c]));
    for (const id of round.tally.elected) {
      const candidate = byId.get(id);
      elected.push({ id, name: candidate?.name ?? id, votes: candidate?.votes ?? 0, round: round.id, roundNumber: round.tally.round });
    }
  }
  const last = chain[chain.length - 1] as RoundOfOffice;
  const lastById = new Map(last.tally.candidates.map((c) => [c.id, c]));
  const tie: PendingTie | null = last.tally.tie
    ? {
        seats: last.tally.tie.seats,
        candidates: last.tally.tie.candidates.map((id) => ({ id, name: lastById.get(id)?.name ?? id, votes: lastById.get(id)?.votes ?? 0 })),
      }
    : null;
  const seats = first.tally.seats;
  const openRounds = chain.filter((r) => !r.locked).map((r) => r.id);
  return {
    office: first.tally.office,
    first: first.id,
    rounds: chain.map((r) => r.id),
    roundNumbers: chain.map((r) => r.tally.round),
    seats,
    elected,
    tie,
    unfilledSeats: Math.max(0, seats - elected.length - (tie?.seats ?? 0)),
    openRounds,
    final: openRounds.length === 0 && tie === null,
  };
}

/** One final result per office that has rounds, in the order of their first rounds. */
export function finalResults(rounds: readonly RoundOfOffice[]): FinalResult[] {
  const ids = new Set(rounds.map((r) => r.id));
  return rounds.filter((r) => !r.voided && (r.continues === null || !ids.has(r.continues))).map((first) => finalResultOf(roundChain(rounds, first)));
}
