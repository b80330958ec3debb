import { INVALID_REASON_LABELS, type BallotChoice, type BallotFormat, type Mark } from '../../shared/domain';
import { judgeBallot } from '../../shared/rules/validity';
import { doubtsText, type NameDoubt } from '../../shared/scan/clean-patterns';
import type { NameScore, ReviewCause, ScanReading, ScanThresholds } from '../../shared/scan/reading';

export interface Rules {
  format: BallotFormat;
  listIds: readonly string[];
  seats: number;
  allBothOrNoneInvalid: boolean;
  /** RULES R1: names on the paper withdrawn after printing. */
  withdrawnOnPaper?: readonly string[];
}

/**
 * The reading of a whole ballot from its names. Only names read with confidence go into `struck`
 * or `marks`; a ballot counts (`read`) only when every name was read, the machine finds it valid
 * (RULES R3, the one implementation in shared/rules/validity.ts) and nothing is written outside
 * the rows; otherwise a person decides (`review`), with the reasons, each doubted name by its
 * number with why. A ruling (R3: writing, a mark, a signature) is never the machine's: it only
 * sends the ballot to a person.
 */
export function classify(
  scores: readonly NameScore[],
  rules: Rules,
  outsideInk: number,
  t: ScanThresholds,
  names: readonly { id: string; number: number; name: string }[] = [],
): Pick<ScanReading, 'status' | 'reason' | 'struck' | 'marks' | 'uncertain' | 'review' | 'verdict'> {
  const uncertain = scores.filter((s) => s.reading === 'uncertain').map((s) => s.id);
  const review: ReviewCause[] = [];
  const reasons: string[] = [];
  const base =
    rules.format === 'A'
      ? { struck: scores.filter((s) => s.reading === 'struck').map((s) => s.id) }
      : { marks: Object.fromEntries(scores.filter((s) => s.reading !== 'uncertain').map((s) => [s.id, s.reading as Mark])) };
  if (uncertain.length > 0) {
    const doubts: Record<string, NameDoubt[]> = Object.fromEntries(scores.filter((s) => s.reading === 'uncertain').map((s) => [s.id, s.doubts ?? []]));
    review.push({ kind: 'uncertain', ids: uncertain, doubts });
    const which = doubtsText(names, doubts);
    reasons.push(`${uncertain.length} tên máy chưa đọc chắc chắn${which ? ` (${which})` : ''}`);
  }
  let verdict: ScanReading['verdict'];
  if (uncertain.length === 0) {
    const choice: BallotChoice = rules.format === 'A' ? { kind: 'struck', ids: base.struck ?? [] } : { kind: 'marks', marks: base.marks ?? {} };
    verdict = judgeBallot(choice, null, { format: rules.format, listIds: rules.listIds, seats: rules.seats, allBothOrNoneInvalid: rules.allBothOrNoneInvalid, withdrawnOnPaper: rules.withdrawnOnPaper ?? [] });
    if (!verdict.valid) {
      review.push({ kind: 'invalid', reason: verdict.reason });
      reasons.push(`máy đọc thấy phiếu không hợp lệ (${INVALID_REASON_LABELS[verdict.reason].toLocaleLowerCase('vi')})`);
    }
  }
  if (outsideInk > t.outsideInk) {
    review.push({ kind: 'outside_ink', area: Math.round(outsideInk) });
    reasons.push('có chữ viết hoặc vết mực ngoài các dòng tên (có thể là ghi thêm, ký tên hay đánh dấu)');
  }
  const status = review.length === 0 ? 'read' : 'review';
  const reason = reasons.length === 0 ? undefined : `Cần người xem: ${reasons.join('; ')}`;
  return { status, ...(reason ? { reason } : {}), ...base, uncertain, ...(review.length ? { review } : {}), ...(verdict ? { verdict } : {}) };
}
