/** The vocabulary of the domain, shared by every process (RULES.md, INTERCHANGE.md). */

export const OFFICES = ['cap_uy', 'ban_thuong_vu', 'bi_thu', 'pho_bi_thu', 'ubkt', 'chu_nhiem_ubkt', 'dai_bieu', 'dai_bieu_du_khuyet', 'khac'] as const;
export type Office = (typeof OFFICES)[number];

export const OFFICE_LABELS: Record<Office, string> = {
  cap_uy: 'Ban Chấp hành (cấp ủy)',
  ban_thuong_vu: 'Ban Thường vụ',
  bi_thu: 'Bí thư',
  pho_bi_thu: 'Phó Bí thư',
  ubkt: 'Ủy ban Kiểm tra',
  chu_nhiem_ubkt: 'Chủ nhiệm Ủy ban Kiểm tra',
  dai_bieu: 'Đại biểu chính thức dự đại hội cấp trên',
  dai_bieu_du_khuyet: 'Đại biểu dự khuyết dự đại hội cấp trên',
  khac: 'Khác',
};

/** `committee` (INTERCHANGE.md, "Additions"): a meeting of a Ban Chấp hành (hội nghị cấp ủy)
 *  electing its Ban Thường vụ, bí thư, phó bí thư, Ủy ban Kiểm tra, or filling a seat. */
export const CONGRESS_KINDS = ['delegates', 'members', 'committee'] as const;
export type CongressKind = (typeof CONGRESS_KINDS)[number];

export const CONGRESS_KIND_LABELS: Record<CongressKind, string> = {
  delegates: 'Đại hội đại biểu',
  members: 'Đại hội đảng viên',
  committee: 'Hội nghị Ban Chấp hành (cấp ủy)',
};

/** Who is summoned and counted in the base of each kind (RULES R2), as the papers name them. */
export const KIND_MEMBERS: Record<CongressKind, string> = {
  delegates: 'đại biểu chính thức',
  members: 'đảng viên chính thức',
  committee: 'ủy viên Ban Chấp hành',
};

/**
 * Those the regulation takes off the number summoned to give the base of "more than half"
 * (RULES R2), as the setup offers them for each kind of congress; any other reason may be typed.
 */
export const EXCLUSION_REASONS: Record<CongressKind, readonly string[]> = {
  members: [
    'Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác',
    'Đảng viên được miễn công tác và sinh hoạt đảng không có mặt ở đại hội',
    'Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam',
    'Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý',
  ],
  delegates: ['Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội', 'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế'],
  // At a hội nghị cấp ủy the base is the members of the body minus the kinds the Statute's
  // guidance names (domain-rules.md; not a closed list, RULES R2: configurable): others are typed.
  committee: ['Ủy viên đã chuyển sinh hoạt đảng tạm thời', 'Ủy viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam'],
};

/** Reasons a ballot is invalid (RULES R3); the codes are part of the file format. */
export const INVALID_REASONS = ['NOT_ISSUED', 'OVER_N', 'NONE_KEPT', 'B_SINGLE_BOTH_OR_NONE', 'B_ALL_BOTH_OR_NONE', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** The reasons only the counting committee can decide; the program never guesses them. */
export const OPERATOR_RULINGS = ['NOT_ISSUED', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED'] as const;
export type OperatorRuling = (typeof OPERATOR_RULINGS)[number];

export const INVALID_REASON_LABELS: Record<InvalidReason, string> = {
  NOT_ISSUED: 'Phiếu không do Ban kiểm phiếu phát ra hoặc không có dấu',
  OVER_N: 'Phiếu bầu nhiều hơn số lượng cần bầu',
  NONE_KEPT: 'Phiếu gạch hết tên (không bầu ai)',
  B_SINGLE_BOTH_OR_NONE: 'Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào',
  B_ALL_BOTH_OR_NONE: 'Phiếu đánh dấu cả hai ô hoặc bỏ trống với mọi người',
  WRITE_IN: 'Phiếu ghi thêm tên người ngoài danh sách',
  MARKED_SIGNED: 'Phiếu có ký tên, đánh dấu hoặc viết thêm',
  COMMITTEE_RULED: 'Phiếu Ban kiểm phiếu kết luận không hợp lệ vì lý do khác',
};

/** The note of a ballot voided by Ctrl+Z right after it was entered: its number shows as "đã hoàn tác". */
export const UNDONE_NOTE = 'Hoàn tác ngay sau khi nhập';

/** Format B boxes for one name (absent = none). */
export const MARKS = ['agree', 'disagree', 'both', 'none'] as const;
export type Mark = (typeof MARKS)[number];

/** A format-B mark in words (the scan review's reading). */
export const MARK_LABELS: Record<Mark, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', both: 'Cả hai ô', none: 'Bỏ trống' };

/** What the voter did on the paper: for format A the names kept or the names struck; for format
 *  B a mark per name; `none` when only a ruling was recorded (the paper was not read out). */
export type BallotChoice =
  | { kind: 'kept'; ids: readonly string[] }
  | { kind: 'struck'; ids: readonly string[] }
  | { kind: 'marks'; marks: Readonly<Record<string, Mark>> }
  | { kind: 'none' };

/** One physical ballot, or a stack of `count` identical ones. */
export interface BallotRecord {
  choice: BallotChoice;
  count: number;
  ruling: OperatorRuling | null;
  team: string | null;
}

/** A counting team that counted by hand and reports only its totals. */
export interface TeamTotal {
  team: string;
  returned: number;
  valid: number;
  invalid: Partial<Record<InvalidReason, number>>;
  votes: Readonly<Record<string, number>>;
}

/** RULES R4.5: the ballots the counting committee handed to a team (its share of the box). */
export interface TeamReceived {
  team: string;
  received: number;
}

export type BallotFormat = 'A' | 'B';

export type CandidateNomination = 'committee' | 'floor' | 'self';

export interface CandidateOnList {
  id: string;
  name: string;
  withdrawn: boolean;
  /** For a withdrawn name: still printed on the papers (withdrawn after printing, RULES R1). */
  onPaper?: boolean;
  nomination?: CandidateNomination;
}
