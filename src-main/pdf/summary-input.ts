import type { TitledFinalResult } from '../../shared/congress-file/final';
import type { CongressInfo, ElectionLock } from '../../shared/congress-file/schema';
import type { ElectionForMinutes } from '../../shared/minutes/model';
import type { ElectionTally } from '../../shared/rules/tally';

/** One round as the summary reports it. */
export interface SummaryElection {
  election: ElectionForMinutes;
  tally: ElectionTally;
  /** Its lock, once locked and its seal checked against the data: an official summary carries the seal of these. */
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
}
