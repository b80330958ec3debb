import { OPERATOR_RULINGS, type BallotFormat, type BallotRecord, type Mark, type OperatorRuling } from '../domain';
import type { AppErrorDetail } from '../result';

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

/** The names of an election: id → still on the ballot (false once withdrawn). */
export type ListedCandidates = ReadonlyMap<string, boolean>;

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

/**
 * Everything that makes a ballot entry unreadable: several contents or none, an unknown,
 * withdrawn or repeated name, marks on a strike-out ballot, a committee ruling without its note.
 * Paths are relative to the entry (`kept[2]`, `marks.c07`, `note`).
 */
export function checkBallotEntry(entry: BallotEntryLike, listed: ListedCandidates, format: BallotFormat): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  const add = (path: string, message: string) => details.push({ path, message });
  const contents = (['kept', 'struck', 'marks'] as const).filter((key) => entry[key] !== undefined);
  if (contents.length > 1) add('', `chỉ được có một trong kept, struck, marks (đang có ${contents.join(', ')})`);
  if (contents.length === 0) {
    if (entry.invalid === undefined) add('', 'phải có một trong kept, struck, marks hoặc invalid');
    else if (!isOperatorRuling(entry.invalid)) add('invalid', `mã ${entry.invalid} do chương trình tự tính từ nội dung phiếu; phiếu không ghi nội dung chỉ nhận ${OPERATOR_RULINGS.join(', ')}`);
  }
  if (entry.invalid === 'COMMITTEE_RULED' && (entry.note ?? '').trim() === '') add('note', 'phải ghi lý do khi Ban kiểm phiếu kết luận phiếu không hợp lệ (COMMITTEE_RULED)');

  const checkId = (id: string, path: string, seen: Set<string>) => {
    const onList = listed.get(id);
    if (onList === undefined) add(path, `không có ứng cử viên "${id}"`);
    else if (!onList) add(path, `ứng cử viên "${id}" đã rút, không có trên phiếu bầu`);
    else if (seen.has(id)) add(path, `ứng cử viên "${id}" ghi hai lần trên một phiếu`);
    seen.add(id);
  };
  for (const key of ['kept', 'struck'] as const) {
    const seen = new Set<string>();
    entry[key]?.forEach((id, i) => checkId(id, `${key}[${i}]`, seen));
  }
  if (entry.marks !== undefined) {
    const seen = new Set<string>();
    for (const id of Object.keys(entry.marks)) checkId(id, `marks.${id}`, seen);
    if (format === 'A') add('marks', 'phiếu gạch tên (danh sách nhiều hơn số cần bầu) không có ô đồng ý / không đồng ý: dùng kept hoặc struck');
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
    const onList = listed.get(id);
    if (onList === undefined) details.push({ path: `votes.${id}`, message: `không có ứng cử viên "${id}"` });
    else if (!onList) details.push({ path: `votes.${id}`, message: `ứng cử viên "${id}" đã rút, không có trên phiếu bầu` });
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
