import type { TitledFinalResult } from '../../shared/congress-file/final';
import type { CongressInfo, ElectionLock } from '../../shared/congress-file/schema';
import type { ElectionForMinutes } from '../../shared/minutes/model';
import type { ElectionTally } from '../../shared/rules/tally';

/** One round as the summary reports it. */
export interface SummaryElection {
  election: ElectionForMinutes;
  tally: ElectionTally;
  /** countedDataFingerprint of its data now. */
  fingerprint: string;
  /** Its lock, once locked: an official summary carries the code of these. */
  lock: ElectionLock | null;
  /** The id of the round it continues; null for a first round. */
  continues: string | null;
  /** Voided by a correction of the round it continues: reported, counted for nothing. */
  voided: boolean;
}

export interface SummaryInput {
  congress: CongressInfo;
  elections: readonly SummaryElection[];
  /** One per office, across its rounds (shared/rules/final-result.ts). */
  finals: readonly TitledFinalResult[];
  /** The head of the audit log it was printed from, beside the code (none from a congress file). */
  auditHead?: { seq: number; hash: string } | null;
}
