import { INVALID_REASONS, type InvalidReason } from '../../shared/domain';
import type { TeamLine } from './block-lines';
import { problem, type ImportProblem } from './problems';

export interface TeamTotalJson {
  team: string;
  returned: number;
  valid: number;
  invalid: Partial<Record<InvalidReason, number>>;
  votes: Record<string, number>;
}

/**
 * A counting team's totals (layout B). Returned, valid and invalid: two of them give the third.
 * Invalid ballots without a reason, or more than the reasons listed, are counted as ruled invalid
 * by the committee (COMMITTEE_RULED), and the preview says so.
 */
export function teamTotal(line: TeamLine, ids: readonly string[], problems: ImportProblem[], sheet: string): TeamTotalJson | null {
  const ref = line.ref;
  const { returned, valid, invalid } = line.figures;
  const known = [returned, valid, invalid].filter((n) => n !== undefined).length;
  if (known < 2 && !(valid !== undefined && Object.keys(line.reasons).length > 0)) {
    problems.push(problem('error', 'TEAM_FIGURES_MISSING', line.place, `${line.team} thiếu số phiếu: cần ít nhất hai trong ba số "Phiếu thu vào", "Phiếu hợp lệ", "Phiếu không hợp lệ"`, { sheet, line: ref }));
    return null;
  }
  const reasonSum = INVALID_REASONS.reduce((n, r) => n + (line.reasons[r] ?? 0), 0);
  const invalidCount = invalid ?? (returned !== undefined && valid !== undefined ? returned - valid : reasonSum);
  const validCount = valid ?? (returned as number) - invalidCount;
  const returnedCount = returned ?? validCount + invalidCount;
  if (invalidCount < 0 || validCount < 0) {
    problems.push(problem('error', 'TEAM_FIGURES_INCONSISTENT', line.place, `${line.team}: số phiếu thu vào (${returnedCount}) nhỏ hơn số phiếu hợp lệ (${validCount})`, { sheet, line: ref }));
    return null;
  }
  const reasons: Partial<Record<InvalidReason, number>> = Object.fromEntries(Object.entries(line.reasons).filter(([, n]) => (n ?? 0) > 0));
  if (invalidCount > reasonSum) {
    reasons.COMMITTEE_RULED = (reasons.COMMITTEE_RULED ?? 0) + invalidCount - reasonSum;
    problems.push(problem('warning', 'TEAM_INVALID_WITHOUT_REASON', line.place, `${line.team}: ${invalidCount - reasonSum} phiếu không hợp lệ không ghi lý do, được tính là phiếu Ban kiểm phiếu kết luận không hợp lệ (lý do khác)`));
  } else if (invalidCount < reasonSum) {
    problems.push(problem('error', 'TEAM_REASONS_EXCEED_INVALID', line.place, `${line.team}: các lý do cộng lại (${reasonSum}) nhiều hơn số phiếu không hợp lệ (${invalidCount})`, { sheet, line: ref }));
    return null;
  }
  const votes: Record<string, number> = {};
  ids.forEach((id, i) => {
    const n = line.votes[i] ?? 0;
    if (n > 0) votes[id] = n;
  });
  return { team: line.team, returned: returnedCount, valid: validCount, invalid: reasons, votes };
}
