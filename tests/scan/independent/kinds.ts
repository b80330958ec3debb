/**
 * What a voter did on a paper, and what is true about each name. The labels are the bench's row
 * names, in Vietnamese.
 */

/** Clean marks: what the voter meant is clear and the machine may count it. */
export const CLEAN_KINDS_A = ['A-thang', 'A-luon', 'A-doi', 'A-chi'] as const;
export const CLEAN_KINDS_B = ['B-x', 'B-tick', 'B-to'] as const;
/** Marks in a row that a person must judge (the item 1 and 2; RULES R3: the committee rules). */
export const JUDGE_KINDS_A = ['A-giu-lai', 'A-khong-gach', 'A-ghi-ten', 'A-khoanh', 'A-ho', 'A-nua-ten'] as const;
export const JUDGE_KINDS_B = ['B-bien', 'B-gach-ten', 'B-de-ten', 'B-hai-o', 'B-x-hai-o'] as const;
/** Ink outside the rows: the ballot goes to a person (MARKED_SIGNED is the committee's ruling). */
export const BALLOT_JUDGE_KINDS = ['ky-ten', 'ghi-chu'] as const;

export type CleanKind = (typeof CLEAN_KINDS_A)[number] | (typeof CLEAN_KINDS_B)[number];
export type RowJudgeKind = (typeof JUDGE_KINDS_A)[number] | (typeof JUDGE_KINDS_B)[number];
export type BallotJudgeKind = (typeof BALLOT_JUDGE_KINDS)[number];
export type MarkKind = CleanKind | RowJudgeKind | BallotJudgeKind | 'trang';

export const KIND_LABELS: Record<MarkKind, string> = {
  'A-thang': 'gạch thẳng',
  'A-luon': 'gạch lượn sóng',
  'A-doi': 'gạch hai nét',
  'A-chi': 'gạch bút chì',
  'B-x': 'dấu X trong ô',
  'B-tick': 'dấu ✓ trong ô',
  'B-to': 'tô kín ô',
  'A-giu-lai': 'gạch rồi ghi "giữ lại"',
  'A-khong-gach': 'gạch rồi ghi "không gạch"',
  'A-ghi-ten': 'gạch rồi ghi tên người khác',
  'A-khoanh': 'khoanh tròn tên',
  'A-ho': 'chỉ gạch họ',
  'A-nua-ten': 'gạch nửa tên',
  'B-bien': 'dấu ✓ trên vạch giữa hai ô',
  'B-gach-ten': 'gạch ngang tên (mẫu B)',
  'B-de-ten': 'dấu X đè lên tên (mẫu B)',
  'B-hai-o': 'đánh dấu cả hai ô',
  'B-x-hai-o': 'một dấu X trùm hai ô',
  'ky-ten': 'ký tên ngoài các dòng',
  'ghi-chu': 'ghi chữ ngoài các dòng',
  trang: 'phiếu để trắng',
};

/**
 * Format A: `struck` or `kept` when the voter clearly meant it; format B: `agree`, `disagree` or
 * `none` (nothing in the row). `judge`: a person must decide (the machine must not read it).
 */
export type NameTruth = 'struck' | 'kept' | 'agree' | 'disagree' | 'none' | 'judge';

export interface BallotTruth {
  kind: MarkKind;
  format: 'A' | 'B';
  names: Record<string, NameTruth>;
  /** ink outside the rows (a signature, a word): the ballot must wait for a person */
  ballotJudge: boolean;
  /** every name clear and the ballot valid under RULES R3: the one kind the machine may count alone */
  cleanValid: boolean;
}

/**
 * RULES R3 over clear readings: format A valid when 1 ≤ kept ≤ N; format B with one name valid
 * when exactly one box is marked; with several, valid unless every name has neither box (a clean
 * paper never has both boxes: that is a judge mark). `judge` anywhere: not decidable here.
 */
export function validUnderR3(format: 'A' | 'B', names: readonly NameTruth[], seats: number): boolean | null {
  if (names.includes('judge')) return null;
  if (format === 'A') {
    const kept = names.filter((t) => t === 'kept').length;
    return kept >= 1 && kept <= seats;
  }
  return names.some((t) => t === 'agree' || t === 'disagree');
}
