/** Whether the audit log's hash chain is whole, and if not, where it first breaks. */
export type ChainVerdict = { intact: true; events: number } | { intact: false; events: number; brokenAt: number; reason: string };

/** One place where the tables and what the log rebuilds disagree (or the log and a backup of it). */
export interface AuditDifference {
  electionId: number | null;
  /** The election's title, when it still exists. */
  election: string | null;
  /** The ballot's number, when the difference is about one ballot. */
  ballot?: number;
  /** What differs: a field of a ballot, `status`, `teamTotals`, `fingerprint`, `election`, `ballot`, `log`. */
  field: string;
  message: string;
}

/**
 * The integrity check: the chain (no event changed, removed or inserted since it was written),
 * the tables against what the events alone rebuild, the lock fingerprints against the data now,
 * and the log against its backups. What it cannot prove: a file rewritten whole, chain and
 * backups included, passes; the signed paper, carrying the fingerprint and the log's head, is
 * the anchor.
 */
export type AuditCheck = ChainVerdict & {
  /** The last event: its number and hash, as printed on the minutes. */
  head: { seq: number; hash: string } | null;
  differences: AuditDifference[];
  /** Events the check could not read (written by an older version, or of an unknown kind). */
  unreadable: { seq: number; kind: string; why: string }[];
  backupsCompared: number;
  /** The chain is whole, every table agrees with the log, and the log extends every backup. */
  sound: boolean;
};
