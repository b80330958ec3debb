import { INVALID_REASON_LABELS, type BallotChoice, type BallotFormat, type Mark } from '../../shared/domain';
import { judgeBallot } from '../../shared/rules/validity';
import type { NameScore, ReviewCause, ScanReading, ScanThresholds } from '../../shared/scan/reading';

type Scored = Omit<NameScore, 'reading'>;

/** Format A: struck, kept, or uncertain. A name printed on two lines is always for a person (its strike cannot be measured). */
export function readStrike(score: Scored, t: ScanThresholds, twoLines: boolean): NameScore['reading'] {
  const s = score.strike ?? { definite: 0, faint: 0 };
  if (twoLines) return 'uncertain';
  if (s.definite >= t.struck) return 'struck';
  if (s.faint <= t.kept && s.definite <= t.kept && (s.line ?? 0) <= t.faintLine) return 'kept';
  return 'uncertain';
}

/** Format B: agree, disagree, both, none, or uncertain (a faint mark, one X across both boxes, an X over the name). */
export function readBoxes(score: Scored, t: ScanThresholds): NameScore['reading'] {
  const box = (b: { definite: number; faint: number } | undefined): 'marked' | 'empty' | 'unsure' => {
    const v = b ?? { definite: 0, faint: 0 };
    return v.definite >= t.marked ? 'marked' : v.faint <= t.empty ? 'empty' : 'unsure';
  };
  if ((score.strike?.faint ?? 0) > 0.25) return 'uncertain';
  const agree = box(score.agree);
  const disagree = box(score.disagree);
  if (agree === 'unsure' || disagree === 'unsure') return 'uncertain';
  if (agree === 'marked' && disagree === 'marked') return score.acrossBoxes ? 'uncertain' : 'both';
  if (agree === 'marked') return 'agree';
  if (disagree === 'marked') return 'disagree';
  return 'none';
}

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
 * the rows; otherwise a person decides (`review`), with the reasons.
 */
export function classify(scores: readonly NameScore[], rules: Rules, outsideInk: number, t: ScanThresholds): Pick<ScanReading, 'status' | 'reason' | 'struck' | 'marks' | 'uncertain' | 'review' | 'verdict'> {
  const uncertain = scores.filter((s) => s.reading === 'uncertain').map((s) => s.id);
  const review: ReviewCause[] = [];
  const reasons: string[] = [];
  const base =
    rules.format === 'A'
      ? { struck: scores.filter((s) => s.reading === 'struck').map((s) => s.id) }
      : { marks: Object.fromEntries(scores.filter((s) => s.reading !== 'uncertain').map((s) => [s.id, s.reading as Mark])) };
  if (uncertain.length > 0) {
    review.push({ kind: 'uncertain', ids: uncertain });
    reasons.push(`${uncertain.length} tên máy chưa đọc chắc chắn`);
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
