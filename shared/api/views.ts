import type { ElectionLock } from '../congress-file/schema';
import type { BallotFormat } from '../domain';
import type { TitledFinalResult } from '../congress-file/final';
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
  /** Voided by a correction of the round it continues: it no longer counts and must be held again. */
  voided: boolean;
}

/** Why and when a round was voided. */
export interface VoidedRoundView {
  reason: string;
  operator: string;
  voidedAt: string;
}

export interface CandidateView extends CandidateRow {
  /** The number printed on the ballot (1, 2, …), kept by a name withdrawn after printing; null for a name not on the paper. */
  number: number | null;
}

/** The printing whose papers are in the box (RULES R1, "the paper as printed"). */
export interface BallotPrintingView {
  /** Lần in: 1, 2, … */
  number: number;
  printedAt: string;
  operator: string;
}

export interface ElectionView extends ElectionRow {
  officeLabel: string;
  base: number;
  votesNeeded: number;
  /** The format of the paper as printed (RULES R1). */
  format: BallotFormat;
  /** The printing whose papers are in the box, or null (not printed, or printed again and not yet anew). */
  printing: BallotPrintingView | null;
  candidates: CandidateView[];
  /** The later rounds that stand (voided ones left out). */
  continuations: ElectionSummary[];
  /** Later rounds voided by a correction of this one. */
  voidedContinuations: ElectionSummary[];
  /** This round voided (it must be held again), or null. */
  voided: VoidedRoundView | null;
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
  /** The first paper's number; a stack's papers are `number` … `lastNumber`. */
  number: number;
  lastNumber: number;
  version: number;
  teamId: number | null;
  operator: string;
  enteredAt: string;
  kind: BallotRow['kind'];
  verdict: Verdict | null;
  /** Voided by Ctrl+Z right after it was entered. */
  undone: boolean;
}

/** The live result of an election: the one tally of shared/rules, and the seal its lock bound. */
export interface ElectionResult extends ElectionTally {
  electionId: number;
  title: string;
  status: ElectionRow['status'];
  /** The seal of its lock (docs/seal.md), null while not locked: what the official minutes print. */
  fingerprint: string | null;
  /** The lock of a locked election (what makes its minutes official); null otherwise. */
  lock: ElectionLock | null;
}

/** The final result of an office across its rounds (shared/rules/final-result.ts), keyed as the congress file keys rounds. */
export interface FinalResultView extends TitledFinalResult {
  /** The database ids of `rounds`, in the same order. */
  electionIds: number[];
}
