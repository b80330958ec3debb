import type { ScanDecision } from '../api/scan-views';
import type { SecondLook } from '../scan/second-look';
import type { CongressInfo, ElectionLock } from '../congress-file/schema';
import type { Office } from '../domain';
import type { LocalDateTime } from '../format/date';
import { isOnPaper, isStruckOnPaper, paperNumbers } from '../rules/paper-list';
import type { ElectionTally } from '../rules/tally';
import type { EarlierRounds } from './earlier-rounds';
import type { OutcomeStatement } from './outcome';
import type { Line } from './text';
import type { HeadingLine } from './wording';

/** The election as the minutes describe it, beside its tally. */
export interface ElectionForMinutes {
  /** As entered ("Bầu Ban Chấp hành Đảng bộ phường khóa III"); may be empty. */
  title: string;
  office: Office;
  /** The size of the body the congress voted, when it differs from the seats voted now; else null. */
  approvedSeats?: number | null;
  /** True when this election's base was set for it rather than taken from the congress (RULES R2). */
  baseOverridden: boolean;
  /** The configurable rules the minutes must state (RULES, "configurable"). */
  requireMajority: boolean;
  allBothOrNoneInvalid: boolean;
  /** Names withdrawn from the list before the papers were printed (xin rút): kept in the record, not on the ballot. */
  withdrawn: readonly string[];
  /** Names withdrawn after the papers were printed (RULES R1): still on the paper at their number, no vote. */
  withdrawnAfterPrinting?: readonly WithdrawalAfterPrinting[];
  /** A round after the first: the size the congress voted and what the rounds before elected; null otherwise. */
  earlierRounds?: EarlierRounds | null;
}

/** A name withdrawn after printing, as the minutes record it: who, the number on the paper, when it was decided. */
export interface WithdrawalAfterPrinting {
  name: string;
  number: number;
  /** When the withdrawal was decided and recorded (an ISO moment); null when not known. */
  at: string | null;
}

/** What the minutes say of an election, from its settings and its list (database or file alike). */
export function electionForMinutes(
  election: { title?: string | undefined; office: Office; approvedSeats?: number | null | undefined; baseOverride: number | null; requireMajority: boolean; allBothOrNoneInvalid: boolean },
  candidates: readonly { name: string; withdrawn: boolean; onPaper?: boolean | undefined; withdrawnAt?: string | null | undefined }[],
  earlierRounds: EarlierRounds | null = null,
): ElectionForMinutes {
  const numbers = paperNumbers(candidates);
  return {
    title: election.title ?? '',
    office: election.office,
    approvedSeats: election.approvedSeats ?? null,
    baseOverridden: election.baseOverride !== null,
    requireMajority: election.requireMajority,
    allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    withdrawn: candidates.filter((c) => c.withdrawn && !isOnPaper(c)).map((c) => c.name),
    withdrawnAfterPrinting: candidates.flatMap((c, i) => (isStruckOnPaper(c) ? [{ name: c.name, number: numbers[i] as number, at: c.withdrawnAt ?? null }] : [])),
    earlierRounds,
  };
}

/** What one set of minutes is made from, in the app, the command line and the tests alike. */
export interface MinutesSource {
  congress: CongressInfo;
  election: ElectionForMinutes;
  /** The one computation of the results (shared/rules/tally.ts). */
  tally: ElectionTally;
  /** The election's lock: official minutes only with one; without, a draft. */
  lock: ElectionLock | null;
  /** The scanned images of the election (issue 12): listed in an annex, when there are any. */
  scans?: readonly {
    image: string;
    sha256: string;
    decision: ScanDecision;
    ballotNumber: number | null;
    /** Why the machine sent the image to a person or refused it. */
    reason?: string | null;
    /** A person's words: why they set it aside, or their note on the ballot they confirmed. */
    note?: string | null;
    /** Who decided, when a person did. */
    decidedBy?: string | null;
  }[];
  /** The second looks the committee made at the scanned papers (issue 17, item 8), printed in the annex. */
  scanChecks?: readonly SecondLook[];
}

/** A signature block: a title ("TRƯỞNG BAN KIỂM PHIẾU", or lines: ["T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN"]) and the names that sign under it. */
export interface SignatureBlock {
  title: string | readonly string[];
  names?: readonly string[];
}

export interface MinutesWording {
  /** Counts also in words: "146 (một trăm bốn mươi sáu)". */
  countsInWords?: boolean;
  /** When the minutes were closed, as typed; null leaves dotted lines to write it by hand. */
  closedAt?: LocalDateTime | null;
  /** Left to right, two to a row; by default the members of the ban kiểm phiếu and its head. */
  signatures?: readonly SignatureBlock[];
}

export interface MinutesColumn {
  header: string;
  /** Share of the table's width. */
  width: number;
  align: 'left' | 'center' | 'right';
}

/** What the minutes say, in order: each block a renderer lays out its own way (page, sheet). */
export type MinutesBlock =
  | { kind: 'paragraph'; text: Line; style: 'opening' | 'plain' | 'bold' }
  /** A numbered heading, kept with what follows it. */
  | { kind: 'heading'; text: Line }
  /** Items with a dash; level 2 under the item before. */
  | { kind: 'list'; items: readonly Line[]; level: 1 | 2 }
  /** `compact`: a long list of one-line rows in smaller type (the annex of scanned images). */
  | { kind: 'table'; columns: readonly MinutesColumn[]; rows: readonly (readonly Line[])[]; compact?: boolean };

/** The minutes of one election (RULES R9) as plain data: every sentence and number, built once. */
export interface MinutesModel {
  /** Not locked: every page says "DỰ THẢO – CHƯA CHỐT KẾT QUẢ". */
  draft: boolean;
  heading: { left: readonly HeadingLine[]; party: string; placeAndDate: Line };
  title: string;
  subtitle: string;
  blocks: readonly MinutesBlock[];
  /** The outcome, also among the blocks: for the screens that show it alone. */
  outcome: OutcomeStatement;
  closing: Line;
  signatures: readonly SignatureBlock[];
  /** The list of scanned images and their hashes, after the signatures; null without scans. */
  annex: { title: string; blocks: readonly MinutesBlock[] } | null;
}

/** The mark of minutes printed before the result is locked, on every page. */
export const DRAFT_MARK = 'DỰ THẢO – CHƯA CHỐT KẾT QUẢ';
