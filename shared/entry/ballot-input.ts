import type { BallotChoice, BallotFormat, Mark, OperatorRuling } from '../domain';

/**
 * What the operator types for one paper ballot, read into what the api stores.
 *
 * Format A (strike out): the numbers of the struck names (or, in "kept" mode, of the names left),
 * separated by spaces, dots, commas or "+" (the numeric keypad works alone); a number also ends by
 * itself when no longer number on the list starts with it (`numberEndsItself`): on a 17-name list
 * "35" is 3 and 5, "13" is 13, "1 3" is 1 and 3. `0` = no name struck, `/` = every name struck. Format B (agree / disagree): one digit per name in ballot order:
 * 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống. In both: `*12` = a stack of 12 identical
 * ballots; a letter is the committee's ruling that the ballot is invalid: g ghi thêm tên,
 * k ký tên / đánh dấu, p không do Ban kiểm phiếu phát ra, b Ban kiểm phiếu kết luận (needs a note).
 */
export type EntryMode = 'struck' | 'kept';

export const RULING_KEYS: Readonly<Record<string, OperatorRuling>> = { g: 'WRITE_IN', k: 'MARKED_SIGNED', p: 'NOT_ISSUED', b: 'COMMITTEE_RULED' };
export const MARK_KEYS: Readonly<Record<string, Mark>> = { '1': 'agree', '2': 'disagree', '3': 'both', '0': 'none' };

export type BallotContent = { struck: string[] } | { kept: string[] } | { marks: Record<string, Mark> } | Record<string, never>;

export interface ParsedBallot {
  /** Nothing typed yet (Enter does nothing). */
  empty: boolean;
  errors: string[];
  count: number;
  ruling: OperatorRuling | null;
  content: BallotContent;
  /** For the verdict shown before Enter. */
  choice: BallotChoice;
  /** Format A: the 1-based numbers typed; format B: the mark of each name typed so far. */
  numbers: number[];
  marks: Mark[];
  /** Format A: the last number typed, when a further digit could still make it longer (on a 17-name list, "1" may become 13). */
  pending: number | null;
}

/**
 * Whether a number typed on a list of `listSize` names is complete: no longer number on the list
 * starts with its digits (on a 17-name list 3 is, 1 is not: 10–17 start with it). Zeros alone are
 * never complete ("05" has always meant 5).
 */
export function numberEndsItself(value: number, listSize: number): boolean {
  return value > 0 && value * 10 > listSize;
}

/** The digits of one number from `start`: read while the number may still grow (numberEndsItself). */
function numberDigitsAt(source: string, start: number, listSize: number): string {
  let end = start;
  let value = 0;
  while (end < source.length && /\d/.test(source[end] as string) && (end === start || !numberEndsItself(value, listSize))) {
    value = value * 10 + Number(source[end]);
    end++;
  }
  return source.slice(start, end);
}

interface Options {
  format: BallotFormat;
  /** Candidate ids in ballot order (number n is listIds[n - 1]). */
  listIds: readonly string[];
  mode: EntryMode;
}

export function parseBallotInput(text: string, { format, listIds, mode }: Options): ParsedBallot {
  const errors: string[] = [];
  let count = 1;
  let countGiven = false;
  let ruling: OperatorRuling | null = null;
  const numbers: number[] = [];
  const marks: Mark[] = [];
  let none = false;
  let all = false;
  let pending: number | null = null;

  const source = text.toLowerCase();
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    pending = null;
    if (/[\s.,+;]/.test(ch)) {
      i++;
    } else if (ch === '*') {
      const digits = /^\d+/.exec(source.slice(i + 1))?.[0] ?? '';
      if (digits === '' || Number(digits) < 1) errors.push('Sau dấu * là số phiếu giống nhau, ví dụ *12');
      else count = Number(digits);
      if (countGiven) errors.push('Số phiếu giống nhau (*) chỉ ghi một lần');
      countGiven = true;
      i += 1 + digits.length;
    } else if (RULING_KEYS[ch]) {
      if (ruling !== null && ruling !== RULING_KEYS[ch]) errors.push('Mỗi phiếu chỉ ghi một lý do không hợp lệ');
      ruling = RULING_KEYS[ch] as OperatorRuling;
      i++;
    } else if (format === 'B' && MARK_KEYS[ch]) {
      marks.push(MARK_KEYS[ch] as Mark);
      i++;
    } else if (format === 'A' && /\d/.test(ch)) {
      const digits = numberDigitsAt(source, i, listIds.length);
      const n = Number(digits);
      if (i + digits.length === source.length && !numberEndsItself(n, listIds.length)) pending = n;
      if (n === 0) none = true;
      else if (n > listIds.length) errors.push(`Không có người số ${n} (phiếu có ${listIds.length} người)`);
      else if (numbers.includes(n)) errors.push(`Số ${n} gõ hai lần`);
      else numbers.push(n);
      i += digits.length;
    } else if (format === 'A' && ch === '/') {
      all = true;
      i++;
    } else {
      errors.push(`Không dùng được ký tự "${text[i]}"`);
      i++;
    }
  }

  const typedContent = format === 'A' ? numbers.length > 0 || none || all : marks.length > 0;
  const empty = !typedContent && ruling === null && errors.length === 0;
  let content: BallotContent = {};
  let choice: BallotChoice = { kind: 'none' };

  if (format === 'A' && typedContent) {
    if ((none || all) && numbers.length > 0) errors.push(none ? 'Số 0 (không gạch ai) không đi cùng số khác' : 'Dấu / (gạch hết) không đi cùng số khác');
    if (none && all) errors.push('Không thể vừa 0 vừa /');
    const typed = all ? [...listIds] : numbers.map((n) => listIds[n - 1] as string);
    // "0" means no name struck (kept mode: no name kept); "/" means every name struck.
    const struckIds = all ? typed : mode === 'struck' ? typed : listIds.filter((id) => !typed.includes(id));
    if (all || mode === 'struck') {
      content = { struck: struckIds };
      choice = { kind: 'struck', ids: struckIds };
    } else {
      content = { kept: typed };
      choice = { kind: 'kept', ids: typed };
    }
  }
  if (format === 'B' && typedContent) {
    if (marks.length < listIds.length) errors.push(`Còn ${listIds.length - marks.length} người chưa nhập dấu (1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống)`);
    if (marks.length > listIds.length) errors.push(`Gõ ${marks.length} dấu cho ${listIds.length} người`);
    const byId: Record<string, Mark> = {};
    listIds.forEach((id, k) => {
      byId[id] = marks[k] ?? 'none';
    });
    content = { marks: byId };
    choice = { kind: 'marks', marks: byId };
  }
  return { empty, errors, count, ruling, content, choice, numbers, marks, pending };
}

/** The text that reads back to a stored ballot, for correcting it in the same entry field. */
export function ballotInputText(ballot: { kept?: readonly string[]; struck?: readonly string[]; marks?: Readonly<Record<string, Mark>>; invalid?: string; count?: number }, { format, listIds, mode }: Options): string {
  const parts: string[] = [];
  const numberOf = (id: string) => listIds.indexOf(id) + 1;
  if (format === 'A' && (ballot.kept || ballot.struck)) {
    const struck = ballot.struck ?? listIds.filter((id) => !(ballot.kept ?? []).includes(id));
    const typed = mode === 'struck' ? struck : listIds.filter((id) => !struck.includes(id));
    if (mode === 'struck' && struck.length === listIds.length) parts.push('/');
    else parts.push(typed.length === 0 ? '0' : typed.map(numberOf).sort((a, b) => a - b).join(' '));
  }
  if (format === 'B' && ballot.marks) {
    const keyOf = Object.fromEntries(Object.entries(MARK_KEYS).map(([key, mark]) => [mark, key]));
    parts.push(listIds.map((id) => keyOf[ballot.marks?.[id] ?? 'none']).join(''));
  }
  const rulingKey = Object.entries(RULING_KEYS).find(([, code]) => code === ballot.invalid)?.[0];
  if (rulingKey) parts.push(rulingKey);
  if ((ballot.count ?? 1) > 1) parts.push(`*${ballot.count}`);
  return parts.join(' ');
}
