import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateNomination, Office } from '../../../shared/domain';
import { checkList, nominationAdmitted, nominationVotesNeeded } from '../../../shared/rules/surplus';
import { tallyElection } from '../../../shared/rules/tally';
import { candidates, electionInput } from '../../helpers/elections';

/** RULES R7 at its boundaries, and what the checks tell the user. */

const check = (office: Office, seats: number, listSize: number, committeeListSize: number | null = null, round = 1) =>
  checkList({ office, seats, listSize, committeeListSize, round }).map((p) => `${p.severity}:${p.code}`);

describe('RULES R7: a floor nominee needs more than 30% of those present', () => {
  it('refuses a nominee at exactly 30%, admits one vote more', () => {
    expect(nominationAdmitted(3, 10)).toBe(false);
    expect(nominationAdmitted(4, 10)).toBe(true);
    expect(nominationAdmitted(30, 100)).toBe(false);
    expect(nominationAdmitted(31, 100)).toBe(true);
    expect(nominationVotesNeeded(10)).toBe(4);
  });

  it('admits exactly from the number of votes needed, for any attendance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (present) => {
        const needed = nominationVotesNeeded(present);
        expect(nominationAdmitted(needed, present)).toBe(true);
        expect(nominationAdmitted(needed - 1, present)).toBe(false);
        expect(10 * (needed - 1)).toBeLessThanOrEqual(3 * present);
      }),
    );
  });
});

describe('RULES R7: the convening committee’s own list within 10–15%', () => {
  it('N = 35: band [4, 5], both ends included', () => {
    expect(check('cap_uy', 35, 40, 38)).toEqual(['warning:COMMITTEE_SURPLUS_OUTSIDE_10_15']);
    expect(check('cap_uy', 35, 40, 39)).toEqual([]);
    expect(check('cap_uy', 35, 40, 40)).toEqual([]);
    expect(check('cap_uy', 35, 42, 41)).toEqual(['warning:COMMITTEE_SURPLUS_OUTSIDE_10_15']);
  });

  it('applies above 5 seats only: N ≤ 5 has its own limit of one', () => {
    expect(check('ban_thuong_vu', 5, 6, 6)).toEqual([]);
    expect(check('ban_thuong_vu', 5, 6, 5)).toEqual([]);
    expect(check('cap_uy', 7, 8, 8)).toEqual([]);
    expect(check('cap_uy', 7, 8, 7)).toEqual(['warning:COMMITTEE_SURPLUS_OUTSIDE_10_15']);
  });

  it('needs the committee part to be known, and concerns cấp ủy and ban thường vụ only', () => {
    expect(check('cap_uy', 35, 40, null)).toEqual([]);
    expect(check('dai_bieu', 35, 40, 35)).toEqual([]);
  });

  it('the tally finds the committee part from each candidate’s nomination (unmarked ones are the committee’s)', () => {
    const list = (nominations: (CandidateNomination | undefined)[]) =>
      candidates(nominations.length).map((c, i) => (nominations[i] === undefined ? c : { ...c, nomination: nominations[i] }));
    const warnings = (nominations: (CandidateNomination | undefined)[]) =>
      tallyElection(electionInput({ office: 'cap_uy', seats: 10, candidates: list(nominations) })).problems.filter((p) => p.code.startsWith('COMMITTEE') || p.code.startsWith('SURPLUS')).map((p) => p.message);
    const unmarked = (n: number) => Array.from({ length: n }, () => undefined);
    // N = 10: band [1, 1]; 30% = 3.
    expect(warnings([...unmarked(9), 'committee', 'committee', 'floor', 'self'])).toEqual([]);
    expect(warnings([...unmarked(10), 'floor', 'self'])).toEqual(['Số dư trong danh sách do cấp ủy chuẩn bị là 0, ngoài khoảng 10–15% (1–1)']);
    expect(warnings([...unmarked(10), 'committee', 'committee', 'floor'])).toEqual(['Số dư trong danh sách do cấp ủy chuẩn bị là 2, ngoài khoảng 10–15% (1–1)']);
    // Nobody marked: the committee part is unknown, nothing to warn about.
    expect(warnings(unmarked(10 + 2))).toEqual([]);
    expect(warnings(unmarked(10 + 4))).toEqual(['Số dư 4 quá lớn: tối đa 30% số lượng cần bầu là 3']);
  });
});

describe('RULES R1 and R7: what each finding says', () => {
  const messages = (office: Office, seats: number, listSize: number, committeeListSize: number | null = null, round = 1) =>
    checkList({ office, seats, listSize, committeeListSize, round }).map((p) => p.message);

  it('names the sizes and the limit that applies', () => {
    expect(messages('cap_uy', 3, 0)).toEqual(['Danh sách bầu cử chưa có ai']);
    expect(messages('dai_bieu', 5, 4)).toEqual(['Danh sách bầu cử (4 người) ít hơn số lượng cần bầu (5)']);
    expect(messages('dai_bieu', 5, 4, null, 2)).toEqual(['Danh sách bầu cử (4 người) ít hơn số lượng còn thiếu (5)']);
    expect(messages('dai_bieu', 10, 14)).toEqual(['Số dư 4 vượt quá 30% số lượng cần bầu (tối đa 3)']);
    expect(messages('cap_uy', 9, 9)).toEqual(['Danh sách bầu cấp ủy, ban thường vụ phải nhiều hơn số lượng cần bầu (phải có số dư)']);
    expect(messages('cap_uy', 35, 40, 37)).toEqual(['Số dư trong danh sách do cấp ủy chuẩn bị là 2, ngoài khoảng 10–15% (4–5)']);
  });

  it('gives the rule for five seats or fewer up to N = 5, and the 30% rule from N = 6', () => {
    expect(messages('ban_thuong_vu', 5, 7)).toEqual(['Số dư 2 quá lớn: với 5 người trở xuống, số dư tối đa là 1']);
    expect(messages('ban_thuong_vu', 3, 5)).toEqual(['Số dư 2 quá lớn: với 5 người trở xuống, số dư tối đa là 1']);
    expect(messages('cap_uy', 6, 8)).toEqual(['Số dư 2 quá lớn: tối đa 30% số lượng cần bầu là 1']);
    expect(messages('cap_uy', 10, 14)).toEqual(['Số dư 4 quá lớn: tối đa 30% số lượng cần bầu là 3']);
  });
});
