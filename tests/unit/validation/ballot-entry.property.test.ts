import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID_REASONS, MARKS, OPERATOR_RULINGS, type BallotFormat } from '../../../shared/domain';
import { checkBallotEntry, isOperatorRuling, type BallotEntryLike, type ListedCandidates } from '../../../shared/validation/ballot-entry';

/** The checks written the plain way, one Set per list of names: what the fast version must say, in the same order. */
function plainCheck(entry: BallotEntryLike, listed: ListedCandidates, format: BallotFormat) {
  const details: { path: string; message: string }[] = [];
  const add = (path: string, message: string) => details.push({ path, message });
  const contents = (['kept', 'struck', 'marks'] as const).filter((key) => entry[key] !== undefined);
  if (contents.length > 1) add('', `chỉ được có một trong kept, struck, marks (đang có ${contents.join(', ')})`);
  if (contents.length === 0) {
    if (entry.invalid === undefined) add('', 'phải có một trong kept, struck, marks hoặc invalid');
    else if (!isOperatorRuling(entry.invalid)) add('invalid', `mã ${entry.invalid} do chương trình tự tính từ nội dung phiếu; phiếu không ghi nội dung chỉ nhận ${OPERATOR_RULINGS.join(', ')}`);
  }
  if (entry.invalid === 'COMMITTEE_RULED' && (entry.note ?? '').trim() === '') add('note', 'phải ghi lý do khi Ban kiểm phiếu kết luận phiếu không hợp lệ (COMMITTEE_RULED)');
  const checkId = (id: string, path: string, seen: Set<string>) => {
    const listing = listed.get(id);
    if (listing === undefined) add(path, `không có ứng cử viên "${id}"`);
    else if (listing === 'off_paper') add(path, `ứng cử viên "${id}" đã rút, không có trên phiếu bầu`);
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

const name = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'rút', 'rút-sau-in', 'c99');
const entry = fc.record(
  {
    kept: fc.array(name, { maxLength: 5 }),
    struck: fc.array(name, { maxLength: 5 }),
    marks: fc.dictionary(name, fc.constantFrom(...MARKS), { maxKeys: 4 }),
    invalid: fc.constantFrom(...INVALID_REASONS),
    note: fc.constantFrom('', '  ', 'lý do'),
  },
  { requiredKeys: [] },
);

describe('checking a ballot entry against the list', () => {
  it('names the same problems, in the same order, as the plain way, however often it runs', () => {
    // "rút" withdrew before printing (not on the paper), "rút-sau-in" after (on the paper, struck).
    const listed: ListedCandidates = new Map([
      ['c1', 'standing'],
      ['c2', 'standing'],
      ['c3', 'standing'],
      ['c4', 'standing'],
      ['rút', 'off_paper'],
      ['rút-sau-in', 'struck_on_paper'],
    ]);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.constantFrom<BallotFormat>('A', 'B'), (entries, format) => {
        for (const e of entries) expect(checkBallotEntry(e, listed, format)).toEqual(plainCheck(e, listed, format));
      }),
      { numRuns: 1000 },
    );
  });
});
