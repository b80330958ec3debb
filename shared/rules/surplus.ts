import type { Office } from '../domain';
import { problem, type Problem } from './problems';

export interface SurplusInput {
  office: Office;
  seats: number;
  /** Names on the ballot (withdrawn candidates left out). */
  listSize: number;
  /** Of those, the names the convening committee prepared, when known. */
  committeeListSize: number | null;
  round: number;
}

/** floor(0.30 × N) and the 10–15 % band, in integers. */
export function maxSurplus(seats: number): number {
  return Math.floor((3 * seats) / 10);
}
export function committeeSurplusBand(seats: number): { min: number; max: number } {
  return { min: Math.ceil(seats / 10), max: Math.floor((3 * seats) / 20) };
}

const SURPLUS_REQUIRED: readonly Office[] = ['cap_uy', 'ban_thuong_vu'];

/**
 * RULES R1 and R7, checked when the list is approved. A tie-break or further round (round > 1)
 * takes the list RULES R6 prescribes, so the surplus limits do not apply to it.
 */
export function checkList(input: SurplusInput): Problem[] {
  const { office, seats, listSize, committeeListSize, round } = input;
  const surplus = listSize - seats;
  if (listSize === 0) return [problem('NO_CANDIDATES', 'error', 'Danh sách bầu cử chưa có ai')];
  if (surplus < 0) {
    return round === 1
      ? [problem('LIST_SHORTER_THAN_SEATS', 'error', `Danh sách bầu cử (${listSize} người) ít hơn số lượng cần bầu (${seats})`)]
      : [problem('LIST_SHORTER_THAN_SEATS', 'warning', `Danh sách bầu cử (${listSize} người) ít hơn số lượng còn thiếu (${seats})`)];
  }
  if (round > 1) return [];

  if (!SURPLUS_REQUIRED.includes(office)) {
    return surplus > maxSurplus(seats)
      ? [problem('SURPLUS_ABOVE_30_PERCENT', 'warning', `Số dư ${surplus} vượt quá 30% số lượng cần bầu (tối đa ${maxSurplus(seats)})`)]
      : [];
  }
  const problems: Problem[] = [];
  const limit = seats <= 5 ? 1 : maxSurplus(seats);
  if (surplus < 1) {
    problems.push(problem('SURPLUS_MISSING', 'error', 'Danh sách bầu cấp ủy, ban thường vụ phải nhiều hơn số lượng cần bầu (phải có số dư)'));
  } else if (surplus > limit) {
    const why = seats <= 5 ? 'với 5 người trở xuống, số dư tối đa là 1' : `tối đa 30% số lượng cần bầu là ${limit}`;
    problems.push(problem('SURPLUS_TOO_LARGE', 'error', `Số dư ${surplus} quá lớn: ${why}`));
  }
  if (committeeListSize !== null && seats > 5) {
    const committeeSurplus = committeeListSize - seats;
    const band = committeeSurplusBand(seats);
    if (committeeSurplus < band.min || committeeSurplus > band.max) {
      problems.push(problem('COMMITTEE_SURPLUS_OUTSIDE_10_15', 'warning', `Số dư trong danh sách do cấp ủy chuẩn bị là ${committeeSurplus}, ngoài khoảng 10–15% (${band.min}–${band.max})`));
    }
  }
  return problems;
}

/**
 * RULES R1 and R7 of a list as it stands: `onBallot` the names on the ballot (withdrawn names left
 * out), of which those the convening committee prepared when who nominated each is known.
 */
export function checkListOf(election: Pick<SurplusInput, 'office' | 'seats' | 'round'>, onBallot: readonly { nomination?: string | null | undefined }[]): Problem[] {
  const known = onBallot.some((c) => c.nomination !== undefined && c.nomination !== null);
  const committeeListSize = known ? onBallot.filter((c) => (c.nomination ?? 'committee') === 'committee').length : null;
  return checkList({ office: election.office, seats: election.seats, listSize: onBallot.length, committeeListSize, round: election.round });
}

/**
 * Why a list cannot be printed as official ballot papers: R7's blocking findings (an error of
 * `checkList`). With any, the papers print as a rehearsal, marked so on every ballot: the lock
 * would refuse a count made on them.
 */
export function ballotPaperBlockers(listProblems: readonly Problem[]): Problem[] {
  return listProblems.filter((p) => p.severity === 'error');
}

/** What every ballot of a rehearsal print says (the PDF, the dialog and the command say it the same way). */
export const REHEARSAL_BALLOT_WORDS = 'PHIẾU IN THỬ — KHÔNG DÙNG ĐỂ BẦU';

/** RULES R1 and R7 over an election's list: the names still standing (withdrawn names left out). */
export function checkCandidateList(election: { office: Office; seats: number; round: number }, candidates: readonly { withdrawn: boolean; nomination?: string | null | undefined }[]): Problem[] {
  return checkListOf(election, candidates.filter((c) => !c.withdrawn));
}

/** R7: a self-nominee or floor nominee joins the list only if 10 × yes > 3 × present. */
export function nominationAdmitted(yes: number, present: number): boolean {
  return 10 * yes > 3 * present;
}

export function nominationVotesNeeded(present: number): number {
  return Math.floor((3 * present) / 10) + 1;
}
