import type { ElectionLock } from '../congress-file/schema';
import type { BallotFormat } from '../domain';
import type { Problem } from '../rules/problems';
import type { ElectionTally } from '../rules/tally';
import type { Verdict } from '../rules/validity';
import type { BallotEntryLike } from '../validation/ballot-entry';
import type { BallotRow, CandidateRow, CommitteeMemberRow, CongressRow, ElectionRow, ExclusionRow, TeamRow } from './records';

/** What the screens are shown of a congress, its elections and ballots: rows plus what follows from them by the rules. */

export type CongressListItem = Pick<CongressRow, 'id' | 'name' | 'date'>;

export interface CongressView extends Omit<CongressRow, 'chairPinHash'> {
  hasChairPin: boolean;
  exclusions: ExclusionRow[];
  countingCommittee: CommitteeMemberRow[];
  base: number;
  votesNeeded: number;
  teams: TeamRow[];
  elections: ElectionSummary[];
}

export interface ElectionSummary {
  id: number;
  key: string;
  office: ElectionRow['office'];
  title: string;
  seats: number;
  round: number;
  continuesId: number | null;
  status: ElectionRow['status'];
}

export interface CandidateView extends CandidateRow {
  /** The number printed on the ballot (1, 2, …); null once withdrawn. */
  number: number | null;
}

export interface ElectionView extends ElectionRow {
  officeLabel: string;
  base: number;
  votesNeeded: number;
  format: BallotFormat;
  candidates: CandidateView[];
  continuations: ElectionSummary[];
  ballotEntries: number;
  /** RULES R1 and R7, live while the list is edited. */
  listProblems: Problem[];
  teams: TeamRow[];
}

/** A ballot as entered (its content keyed by candidate keys), with its place in the count and its verdict. */
export interface BallotView extends BallotEntryLike {
  /** The ballot's uid: the same across its versions. */
  id: string;
  ballotId: number;
  number: number;
  version: number;
  teamId: number | null;
  operator: string;
  enteredAt: string;
  kind: BallotRow['kind'];
  verdict: Verdict | null;
}

/** The live result of an election: the one tally of shared/rules, and the fingerprint of what it counted. */
export interface ElectionResult extends ElectionTally {
  electionId: number;
  title: string;
  status: ElectionRow['status'];
  fingerprint: string;
  /** The lock of a locked election (what makes its minutes official); null otherwise. */
  lock: ElectionLock | null;
}
