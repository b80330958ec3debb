import { OPERATOR_RULINGS, type BallotFormat, type BallotRecord, type Mark, type OperatorRuling } from '../domain';
import type { AppErrorDetail } from '../result';
import { listingOf, type ListedName, type Listing } from '../rules/paper-list';

/** A ballot as written in a congress file or sent to the api: one of kept / struck / marks, or
 *  only a ruling, with a count and a note. */
export interface BallotEntryLike {
  kept?: readonly string[] | undefined;
  struck?: readonly string[] | undefined;
  marks?: Readonly<Record<string, Mark>> | undefined;
  invalid?: string | undefined;
  note?: string | undefined;
  count?: number | undefined;
  team?: string | null | undefined;
}

/**
 * The names of an election: id → how it stands on the paper (RULES R1): standing, struck on the
 * paper (withdrawn after printing: a mark on it is read and counts as nothing), or off the paper
 * (withdrawn before printing: no paper can carry a mark on it).
 */
export type ListedCandidates = ReadonlyMap<string, Listing>;

export function listedCandidatesOf(candidates: readonly (ListedName & { id: string })[]): ListedCandidates {
  return new Map(candidates.map((c) => [c.id, listingOf(c)]));
}

/** The message for a name withdrawn before the papers were printed. */
export function offPaperMessage(id: string): string {
  return `ứng cử viên "${id}" đã rút, không có trên phiếu bầu`;
}

export function isOperatorRuling(code: string | undefined): code is OperatorRuling {
  return (OPERATOR_RULINGS as readonly string[]).includes(code ?? '');
}

/** The entry as the rules read it. Computed codes in `invalid` are not trusted (RULES R3). */
export function ballotRecordFromEntry(entry: BallotEntryLike): BallotRecord {
  const ruling = isOperatorRuling(entry.invalid) ? entry.invalid : null;
  const team = entry.team ?? null;
  const count = entry.count ?? 1;
  if (entry.kept !== undefined) return { choice: { kind: 'kept', ids: entry.kept }, count, ruling, team };
  if (entry.struck !== undefined) return { choice: { kind: 'struck', ids: entry.struck }, count, ruling, team };
  if (entry.marks !== undefined) return { choice: { kind: 'marks', marks: entry.marks }, count, ruling, team };
  return { choice: { kind: 'none' }, count, ruling, team };
}

/** The names of a list numbered once, so that checking a ballot is one lookup per name. */
interface ListIndex {
  slots: ReadonlyMap<string, number>;
  /** Per name: on the paper (standing, or struck there after printing). */
  onList: boolean[];
  /** Per name, the check that last saw it (a name seen twice in one check is repeated). */
  seenBy: Float64Array;
}

const listIndexes = new WeakMap<ListedCandidates, ListIndex>();
let checks = 0;

function listIndex(listed: ListedCandidates): ListIndex {
  let index = listIndexes.get(listed);
  if (index === undefined) {
    const slots = new Map<string, number>();
    const onList: boolean[] = [];
    for (const [id, listing] of listed) {
      slots.set(id, onList.length);
      onList.push(listing !== 'off_paper');
    }
    index = { slots, onList, seenBy: new Float64Array(onList.length) };
    listIndexes.set(listed, index);
  }
  return index;
}

function checkIds(ids: Iterable<string>, path: (id: string, i: number) => string, index: ListIndex, details: AppErrorDetail[]): void {
  const check = ++checks;
  let i = 0;
  for (const id of ids) {
    const slot = index.slots.get(id);
    if (slot === undefined) details.push({ path: path(id, i), message: `không có ứng cử viên "${id}"` });
    else if (!index.onList[slot]) details.push({ path: path(id, i), message: offPaperMessage(id) });
    else if (index.seenBy[slot] === check) details.push({ path: path(id, i), message: `ứng cử viên "${id}" ghi hai lần trên một phiếu` });
    if (slot !== undefined) index.seenBy[slot] = check;
    i++;
  }
}

const keptPath = (_: string, i: number) => `kept[${i}]`;
const struckPath = (_: string, i: number) => `struck[${i}]`;
const marksPath = (id: string) => `marks.${id}`;

/**
 * Everything that makes a ballot entry unreadable: several contents or none, an unknown or
 * repeated name, a name withdrawn before printing (not on the paper; one withdrawn after printing
 * is on it, and its mark counts as nothing), marks on a strike-out ballot, a committee ruling
 * without its note.
 * Paths are relative to the entry (`kept[2]`, `marks.c07`, `note`). Called once per ballot of a
 * file of up to a million: one lookup per name, nothing built when all is well.
 */
export function checkBallotEntry(entry: BallotEntryLike, listed: ListedCandidates, format: BallotFormat): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  const contents = (entry.kept !== undefined ? 1 : 0) + (entry.struck !== undefined ? 1 : 0) + (entry.marks !== undefined ? 1 : 0);
  if (contents > 1) details.push({ path: '', message: `chỉ được có một trong kept, struck, marks (đang có ${(['kept', 'struck', 'marks'] as const).filter((key) => entry[key] !== undefined).join(', ')})` });
  if (contents === 0) {
    if (entry.invalid === undefined) details.push({ path: '', message: 'phải có một trong kept, struck, marks hoặc invalid' });
    else if (!isOperatorRuling(entry.invalid)) details.push({ path: 'invalid', message: `mã ${entry.invalid} do chương trình tự tính từ nội dung phiếu; phiếu không ghi nội dung chỉ nhận ${OPERATOR_RULINGS.join(', ')}` });
  }
  if (entry.invalid === 'COMMITTEE_RULED' && (entry.note ?? '').trim() === '') details.push({ path: 'note', message: 'phải ghi lý do khi Ban kiểm phiếu kết luận phiếu không hợp lệ (COMMITTEE_RULED)' });
  const index = listIndex(listed);
  if (entry.kept !== undefined) checkIds(entry.kept, keptPath, index, details);
  if (entry.struck !== undefined) checkIds(entry.struck, struckPath, index, details);
  if (entry.marks !== undefined) {
    checkIds(Object.keys(entry.marks), marksPath, index, details);
    if (format === 'A') details.push({ path: 'marks', message: 'phiếu gạch tên (danh sách nhiều hơn số cần bầu) không có ô đồng ý / không đồng ý: dùng kept hoặc struck' });
  }
  return details;
}

export interface TeamTotalLike {
  returned: number;
  valid: number;
  votes: Readonly<Record<string, number>>;
}

/** RULES R4.4 and E9: totals no team can have counted are refused (paths relative to the total). */
export function checkTeamTotal(total: TeamTotalLike, listed: ListedCandidates, seats: number): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  let sum = 0;
  for (const [id, votes] of Object.entries(total.votes)) {
    const listing = listed.get(id);
    if (listing === undefined) details.push({ path: `votes.${id}`, message: `không có ứng cử viên "${id}"` });
    else if (listing === 'off_paper') details.push({ path: `votes.${id}`, message: offPaperMessage(id) });
    else if (listing === 'struck_on_paper' && votes > 0) details.push({ path: `votes.${id}`, message: `ứng cử viên "${id}" đã rút sau khi in phiếu: tên còn trên phiếu nhưng không được tính phiếu nào (đang ghi ${votes})` });
    if (votes > total.valid) details.push({ path: `votes.${id}`, message: `${votes} phiếu, nhiều hơn số phiếu hợp lệ của tổ (${total.valid})` });
    sum += votes;
  }
  if (sum > seats * total.valid) details.push({ path: 'votes', message: `tổng số phiếu bầu (${sum}) vượt quá số cần bầu × số phiếu hợp lệ (${seats} × ${total.valid})` });
  return details;
}

/** Joins a prefix and a relative path: `elections[0].ballots[3]` + `kept[2]`. */
export function joinPath(prefix: string, relative: string): string {
  if (relative === '') return prefix;
  if (prefix === '') return relative;
  return relative.startsWith('[') ? `${prefix}${relative}` : `${prefix}.${relative}`;
}
