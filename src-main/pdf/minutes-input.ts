import type { CongressInfo } from '../../shared/congress-file/schema';
import type { LocalDateTime } from '../../shared/format/date';
import type { Office } from '../../shared/domain';
import type { ElectionTally } from '../../shared/rules/tally';

/** The election as the minutes describe it, beside its tally. */
export interface ElectionForMinutes {
  /** As entered ("Bầu Ban Chấp hành Đảng bộ phường khóa III"); may be empty. */
  title: string;
  office: Office;
  /** True when this election's base was set for it rather than taken from the congress (RULES R2). */
  baseOverridden: boolean;
  /** The configurable rules the minutes must state (RULES, "configurable"). */
  requireMajority: boolean;
  allBothOrNoneInvalid: boolean;
  /** Names withdrawn from the list (xin rút): kept in the record, not on the ballot. */
  withdrawn: readonly string[];
}

/** Everything one set of minutes is made from: plain data, so that the app, the file and the tests share it. */
export interface MinutesInput {
  congress: CongressInfo;
  election: ElectionForMinutes;
  /** The one computation of the results (shared/rules/tally.ts). */
  tally: ElectionTally;
  /** countedDataFingerprint of the same data, printed on every page. */
  fingerprint: string;
  /** The head of the audit log the minutes were printed from, printed beside the fingerprint (none from a congress file). */
  auditHead?: { seq: number; hash: string } | null;
}

/** A signature block: a title ("TRƯỞNG BAN KIỂM PHIẾU", or lines: ["T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN"]) and the names that sign under it. */
export interface SignatureBlock {
  title: string | readonly string[];
  names?: readonly string[];
}

export interface MinutesOptions {
  /** A rehearsal printout (chạy thử): marked on every page; allowed even when blocking checks fail. */
  rehearsal?: boolean;
  /** Counts also in words: "146 (một trăm bốn mươi sáu)". */
  countsInWords?: boolean;
  /** When the minutes were closed; null leaves blanks to fill by hand. */
  closedAt?: LocalDateTime | null;
  /** Left to right, two to a row; by default the members of the ban kiểm phiếu and its head. */
  signatures?: readonly SignatureBlock[];
}
