import type { AuditEventText } from '../audit/event-text';
import type { CongressKind, Mark, Office, OperatorRuling } from '../domain';
import type { ElectionStatus } from '../congress-file/schema';

/**
 * The records of a congress file on disk as the rest of the program sees them (camelCase,
 * booleans, parsed JSON): what the store reads and writes and what the api's views are made of.
 */

export interface CongressRow {
  id: number;
  name: string;
  organization: string | null;
  term: string | null;
  place: string | null;
  date: string | null;
  kind: CongressKind;
  /** The number of a committee's meeting (`kind` committee): "Hội nghị lần thứ 2". */
  meeting: number | null;
  summoned: number;
  present: number | null;
  chairPinHash: string | null;
  createdAt: string;
}

export interface ExclusionRow {
  reason: string;
  count: number;
}

export interface CommitteeMemberRow {
  name: string;
  role: string | null;
}

export interface TeamRow {
  id: number;
  congressId: number;
  name: string;
}

export interface ElectionRow {
  id: number;
  congressId: number;
  key: string;
  position: number;
  office: Office;
  title: string;
  seats: number;
  /** The size of the body the congress voted, when it differs from the seats voted now. */
  approvedSeats: number | null;
  round: number;
  continuesId: number | null;
  requireMajority: boolean;
  allBothOrNoneInvalid: boolean;
  baseOverride: number | null;
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  status: ElectionStatus;
  /** Issue 17, item 8: at most this many papers read differently would change a result, and the committee looks again at the scanned papers (default 2). */
  scanMargin: number;
}

export interface CandidateRow {
  id: number;
  electionId: number;
  key: string;
  ballotOrder: number;
  name: string;
  birthYear: number | null;
  birthDate: string | null;
  gender: 'nam' | 'nữ' | null;
  position: string | null;
  note: string | null;
  nomination: 'committee' | 'floor' | 'self' | null;
  withdrawn: boolean;
  /** A withdrawn name still printed on the papers (withdrawn after printing, RULES R1). */
  onPaper: boolean;
  /** When the withdrawal was decided and recorded; null for a name standing (or withdrawn before this was kept). */
  withdrawnAt: string | null;
}

/**
 * One printing of an election's ballot papers (RULES R1, "the paper as printed"): the list as it
 * was printed, in paper order. The last one not replaced is what the papers in the box show.
 */
export interface BallotPrintingRow {
  id: number;
  electionId: number;
  /** Lần in: 1, 2, … */
  number: number;
  printedAt: string;
  operator: string;
  /** The names printed, in paper order: [key, name]. */
  names: [string, string][];
  /** Reprinted ("In lại phiếu: lần in mới"): its papers may not be counted. */
  replacedAt: string | null;
  replacedBy: string | null;
}

export type BallotKind = 'kept' | 'struck' | 'marks' | 'none' | 'void';
export type BallotSelection = string[] | Record<string, Mark> | null;

export interface BallotRow {
  id: number;
  electionId: number;
  uid: string;
  /** The number of its first paper: a stack of N identical papers has N numbers, `number` … `lastNumber`. */
  number: number;
  /** The number of its last paper (`number` in an election numbered one number per stack, before issue 11). */
  lastNumber: number;
  version: number;
  supersedes: number | null;
  teamId: number | null;
  teamName: string | null;
  count: number;
  kind: BallotKind;
  selection: BallotSelection;
  ruling: OperatorRuling | null;
  note: string | null;
  operator: string;
  enteredAt: string;
}

export type NewBallot = Omit<BallotRow, 'id' | 'teamName' | 'number' | 'lastNumber'> & { number?: number };

export interface TeamTotalRow {
  id: number;
  electionId: number;
  teamId: number;
  teamName: string;
  returned: number;
  valid: number;
  invalid: Record<string, number>;
  votes: Record<string, number>;
  operator: string;
  enteredAt: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  operator: string;
  kind: string;
  congressId: number | null;
  electionId: number | null;
  payload: string;
  prevHash: string;
  hash: string;
}

/** An event as the log screen shows it: as stored, with its sentence and details in Vietnamese. */
export interface AuditEntry extends AuditEvent, AuditEventText {}

export interface NewAuditEvent {
  at: string;
  operator: string;
  kind: string;
  congressId: number | null;
  electionId: number | null;
  payload: unknown;
}

export interface AuditFilter {
  congressId?: number;
  electionId?: number;
  operator?: string;
  kind?: string;
  /** Events about a team: its id or its name in the payload (`teamId`, `team`). */
  team?: { id: number; name: string };
  from?: string;
  to?: string;
  limit?: number;
  afterSeq?: number;
  newestFirst?: boolean;
}

export interface CongressIdentityRow {
  congressId: number;
  identity: string;
  /** The congress key on the chair's machine; at a station, its team's key. */
  signingKey: string;
  /** null on the chair's machine; at a station, the only team it counts for. */
  team: string | null;
  createdAt: string;
}

export interface TeamReceivedRow {
  electionId: number;
  teamId: number;
  teamName: string;
  received: number;
  operator: string;
  enteredAt: string;
}

export interface StationPackageRow {
  id: number;
  congressId: number;
  sha256: string;
  label: string;
  teamName: string;
  stationId: string;
  stationName: string;
  createdAt: string;
  mergedAt: string;
  operator: string;
  summary: unknown;
}

export type BatchStatus = 'open' | 'reconciled' | 'abandoned';

export interface BatchRow {
  id: number;
  electionId: number;
  teamId: number | null;
  teamName: string | null;
  label: string;
  size: number;
  status: BatchStatus;
  pass1Operator: string | null;
  pass1FinishedAt: string | null;
  pass2Operator: string | null;
  pass2FinishedAt: string | null;
  createdBy: string;
  createdAt: string;
  closedBy: string | null;
  closedAt: string | null;
  closeNote: string | null;
}

export type ReadingResolution = 'pass1' | 'pass2' | 'reentered';

export interface BatchReadingRow {
  batchId: number;
  pass: 1 | 2 | 3;
  position: number;
  kind: Exclude<BallotKind, 'void'>;
  selection: BallotSelection;
  ruling: OperatorRuling | null;
  note: string | null;
  resolution: ReadingResolution | null;
  operator: string;
  enteredAt: string;
}
