import type { BallotEntryLike } from '../validation/ballot-entry';
import type { TeamTotal } from '../domain';
import type { CongressFacts } from './congress-match';
import type { PaperBound } from '../validation/paper-bounds';

/**
 * A ballot already where the packages go: its team, and what it says (null: voided there). The
 * content is compared (ballotContentKey) only when a package brings the same ballot id again.
 */
export interface TargetBallot {
  team: string | null;
  content: BallotEntryLike | null;
}

/** One election where the packages go (the chair's database, or the file `merge` writes). */
export interface MergeTargetElection {
  key: string;
  title: string;
  seats: number;
  /** In ballot order. */
  candidates: readonly { id: string; withdrawn: boolean; onPaper?: boolean }[];
  /** RULES R4 item 6 where the packages go: no stack or team figure above its ballots returned (or those summoned). */
  bound: PaperBound;
  /** Why nothing may change in it (locked, paused, a finished round), or null. */
  frozen: string | null;
  /** By ballot id. */
  ballots: Map<string, TargetBallot>;
  teamTotals: Map<string, TeamTotal>;
  teamReceived: Map<string, number>;
}

/** The station a team's box came from: the last package merged for that team. */
export interface TeamClaim {
  stationId: string;
  stationName: string;
  createdAt: string;
  label: string;
}

export interface MergeTarget {
  /** The congress merged into: a file of another congress is refused (congress-match.ts). Absent: not checked. */
  congress?: CongressFacts;
  /** By election id (the `id` of the congress file, the key in the database). */
  elections: Map<string, MergeTargetElection>;
  /** By team name. */
  claims: Map<string, TeamClaim>;
  /** Packages merged already, by the hash of their content. */
  merged: Map<string, { label: string; mergedAt: string }>;
}
