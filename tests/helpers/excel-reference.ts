import { expect } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { tallyCongressFile } from '../../shared/congress-file/tally';

/**
 * One small election written down once, then typed into workbooks of every layout by the tests:
 * whatever the layout, the import must count it as the congress file below counts it.
 */
export const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hữu Cường', 'Phạm Minh Đức', 'Hoàng Thị Giang', 'Vũ Quốc Hùng'];
export const SEATS = 4;
export const SUMMONED = 15;

export interface ReferenceBallot {
  /** Indexes of the names struck on the paper. */
  struck: number[];
  team: 'Tổ 1' | 'Tổ 2';
  note?: string;
}

export const BALLOTS: ReferenceBallot[] = [
  { struck: [0, 5], team: 'Tổ 1' },
  { struck: [1, 2], team: 'Tổ 1' },
  { struck: [4, 5], team: 'Tổ 1' },
  { struck: [0, 1, 2, 3, 4, 5], team: 'Tổ 1' }, // every name struck: NONE_KEPT
  { struck: [], team: 'Tổ 1' }, // six kept for four seats: OVER_N
  { struck: [3, 5], team: 'Tổ 1' },
  { struck: [2, 5], team: 'Tổ 2' },
  { struck: [0, 4], team: 'Tổ 2' },
  { struck: [0, 5], team: 'Tổ 2', note: 'ghi thêm tên' }, // WRITE_IN
  { struck: [1, 2], team: 'Tổ 2', note: 'KHL' }, // valid marks, noted invalid: COMMITTEE_RULED
  { struck: [], team: 'Tổ 2', note: 'không hợp lệ' }, // the rules already say OVER_N
  { struck: [0, 3], team: 'Tổ 2', note: 'có ký tên' }, // MARKED_SIGNED
  { struck: [1, 4], team: 'Tổ 2', note: 'phiếu không có dấu' }, // NOT_ISSUED
];

const RULINGS: Record<string, string> = { 'ghi thêm tên': 'WRITE_IN', KHL: 'COMMITTEE_RULED', 'có ký tên': 'MARKED_SIGNED', 'phiếu không có dấu': 'NOT_ISSUED' };

export const ids = NAMES.map((_, i) => `c0${i + 1}`);

/** The reference election as a congress file, written by hand from the list above. */
export function referenceCongress(): CongressFile {
  const read = readCongressFile({
    format: 'kiem-phieu.congress',
    version: 1,
    congress: { name: 'Đại hội tham chiếu', summoned: SUMMONED },
    elections: [
      {
        id: 'bch',
        office: 'cap_uy',
        seats: SEATS,
        candidates: NAMES.map((name, i) => ({ id: ids[i], name })),
        ballots: BALLOTS.map((b) => ({ team: b.team, struck: b.struck.map((i) => ids[i]), ...(b.note && RULINGS[b.note] ? { invalid: RULINGS[b.note], note: b.note } : {}) })),
      },
    ],
  });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** The import counts what the reference counts: votes, valid, invalid by reason, teams. */
export function expectSameCount(file: CongressFile, election = 0, options: { teams?: boolean } = {}): void {
  const mine = tallyCongressFile(file)[election];
  const expected = tallyCongressFile(referenceCongress())[0];
  expect(mine?.candidates.map((c) => [c.name, c.votes, c.status])).toEqual(expected?.candidates.map((c) => [c.name, c.votes, c.status]));
  expect(mine?.ballots.valid).toBe(expected?.ballots.valid);
  expect(mine?.ballots.invalidByReason).toEqual(expected?.ballots.invalidByReason);
  if (options.teams !== false) expect(mine?.teams.map((t) => [t.team, t.valid, t.invalid])).toEqual(expected?.teams.map((t) => [t.team, t.valid, t.invalid]));
}

/** How many times each name is struck on the reference ballots. */
export function struckCounts(): number[] {
  return NAMES.map((_, i) => BALLOTS.filter((b) => b.struck.includes(i)).length);
}
