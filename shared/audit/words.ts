import { INVALID_REASON_LABELS, OFFICE_LABELS, type InvalidReason, type Mark, type Office } from '../domain';
import { ballotWords, type NameOnBallot } from '../entry/ballot-words';
import { ballotNumbers } from '../format/ballot-numbers';
import { titleWithRound } from '../minutes/wording';

/**
 * The words the audit log is read in (issue 18, item 6): an event's sentence names the election,
 * the people and the team, never their ids. The names come from the file the log belongs to.
 */

/** An election as the log names it. */
export interface ElectionName {
  title: string;
  round: number;
  office: Office;
}

/** What the file knows to name what an event refers to by id. */
export interface AuditNames {
  /** Null when the file no longer has it. */
  election(id: number | null): ElectionName | null;
  /** The election's list with the numbers printed on its paper (withdrawn names too, without a number). */
  list(electionId: number | null): readonly NameOnBallot[];
  team(id: number | null | undefined): string | null;
}

/** An event's own scope: the election it is about, and the file's names. */
export interface AuditContext {
  electionId: number | null;
  names: AuditNames;
}

/** A payload as the sentences read it: fields of any kind, a later version's extra ones included. */
export type Payload = Readonly<Record<string, unknown>>;

export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
export const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
export const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
export const record = (value: unknown): Payload => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : {});

/** "bầu Ban Chấp hành … (vòng 2)": the election of the event, as a sentence names it. */
export function electionWords(ctx: AuditContext, id: number | null = ctx.electionId): string {
  const election = ctx.names.election(id);
  if (!election) return 'một cuộc bầu không còn trong hồ sơ';
  const title = titleWithRound(election).replace(/^bầu\s+/iu, '');
  return `bầu ${title || OFFICE_LABELS[election.office]}`;
}

/** "Bầu Ban Chấp hành … (vòng 2)": the election's title as entered; '' when the file no longer has it. */
export function electionTitle(ctx: AuditContext): string {
  const election = ctx.names.election(ctx.electionId);
  return election ? titleWithRound(election) || `Bầu ${OFFICE_LABELS[election.office]}` : '';
}

/** The names of a list's people, by the keys the log records ("Trần Thị Bích, Lê Văn Cường"). */
export function namesOf(ctx: AuditContext, keys: readonly string[], electionId: number | null = ctx.electionId): string {
  const people = ctx.names.list(electionId);
  return keys.map((key) => people.find((p) => p.key === key)?.name ?? 'một người không còn trong danh sách').join(', ');
}

export function nameOf(ctx: AuditContext, key: unknown): string {
  return namesOf(ctx, [str(key)]);
}

/** "Tổ 1", or "(không thuộc tổ nào)". */
export function teamWords(ctx: AuditContext, payload: Payload): string | null {
  return str(payload.team) || ctx.names.team(num(payload.teamId)) || null;
}

/** "phiếu số 12", "các phiếu số 61–70 (10 phiếu giống nhau)". */
export function paperWords(payload: Payload): string {
  const number = num(payload.number);
  if (number === null) return 'một phiếu';
  const last = num(payload.lastNumber);
  const numbers = ballotNumbers({ number, lastNumber: last ?? undefined });
  return last !== null && last > number ? `các phiếu số ${numbers} (${last - number + 1} phiếu giống nhau)` : `phiếu số ${numbers}`;
}

/** What a paper says, in words: the names struck or kept, the marks, the committee's ruling. */
export function contentWords(ctx: AuditContext, content: Payload): string {
  const entry = {
    ...(Array.isArray(content.struck) ? { struck: list(content.struck) } : {}),
    ...(Array.isArray(content.kept) ? { kept: list(content.kept) } : {}),
    ...(content.marks && typeof content.marks === 'object' ? { marks: content.marks as Record<string, Mark> } : {}),
  };
  const people = ctx.names.list(ctx.electionId);
  const said = ballotWords(entry, people.length > 0 ? people : keysAsUnknown(entry));
  const ruling = str(content.invalid);
  const parts = [said, ruling ? `Ban kiểm phiếu kết luận: ${(INVALID_REASON_LABELS[ruling as InvalidReason] ?? ruling).toLocaleLowerCase('vi')}` : ''].filter((p) => p !== '');
  return parts.length > 0 ? parts.join('; ') : 'không ghi nội dung';
}

/** A list gone from the file: its people named as unknown, never by key. */
function keysAsUnknown(entry: { struck?: string[]; kept?: string[]; marks?: Record<string, Mark> }): NameOnBallot[] {
  const keys = [...(entry.struck ?? []), ...(entry.kept ?? []), ...Object.keys(entry.marks ?? {})];
  return keys.map((key, i) => ({ key, number: i + 1, name: 'một người không còn trong danh sách' }));
}

/** "hợp lệ", "không hợp lệ (phiếu bầu nhiều hơn số lượng cần bầu)". */
export function verdictWords(verdict: unknown): string {
  const v = record(verdict);
  if (v.valid === true) return 'hợp lệ';
  if (v.valid !== false) return '';
  const reason = INVALID_REASON_LABELS[str(v.reason) as InvalidReason];
  return reason ? `không hợp lệ (${reason.toLocaleLowerCase('vi')})` : 'không hợp lệ';
}

/** ": lý do" after a sentence, when one was given. */
export function because(reason: unknown): string {
  const said = str(reason).trim();
  return said ? `; lý do: ${said}` : '';
}
