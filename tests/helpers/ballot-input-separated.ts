/**
 * The entry parser as it was before numbers ended by themselves (issue 18, item 10): every digit
 * run was one number. Kept only as the reference of the property test that every input valid then
 * keeps its meaning; the app, the CLI and the tests read typing with shared/entry/ballot-input.ts.
 */
import type { Mark, OperatorRuling, BallotChoice, BallotFormat } from '../../shared/domain';
import { MARK_KEYS, RULING_KEYS, type BallotContent, type EntryMode, type ParsedBallot } from '../../shared/entry/ballot-input';

interface Options { format: BallotFormat; listIds: readonly string[]; mode: EntryMode }

export function parseSeparatedInput(text: string, { format, listIds, mode }: Options): Omit<ParsedBallot, 'pending'> {
  const errors: string[] = [];
  let count = 1;
  let countGiven = false;
  let ruling: OperatorRuling | null = null;
  const numbers: number[] = [];
  const marks: Mark[] = [];
  let none = false;
  let all = false;

  const source = text.toLowerCase();
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
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
      const digits = /^\d+/.exec(source.slice(i))?.[0] as string;
      const n = Number(digits);
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
  return { empty, errors, count, ruling, content, choice, numbers, marks };
}
