import { CONGRESS_KIND_LABELS, type CongressKind, type Mark, type OperatorRuling } from '../../../shared/domain';
import type { ElectionStatus } from '../../../shared/congress-file/schema';
import { SEATS_LABEL } from '../../../shared/minutes/figures';

/**
 * The secretariat's workbook (`kiem-phieu.workbook`, version 2): the labels and marks its writer
 * puts in and its reader looks for, defined once so that the two cannot drift apart. Everything
 * shown is in Vietnamese words; the codes the reader needs (an election's, an office's, a
 * candidate's, a ballot's id, the instant a ballot was entered) stand in hidden columns and rows.
 * Version 2 (issue 18): a row for every paper number, the undone and voided ones marked and not
 * read back; version 1 had the codes in sight and skipped those numbers. Both are read.
 */
export const WORKBOOK_MARKER = 'Tệp do chương trình kiem-phieu tạo (kiem-phieu.workbook, phiên bản 2).';
/** The marker of a version this reader reads. */
export const WORKBOOK_MARKERS = [WORKBOOK_MARKER, 'Tệp do chương trình kiem-phieu tạo (kiem-phieu.workbook, phiên bản 1).'] as const;
export const INFO_SHEET = 'Đại hội';
export const FONT = 'Times New Roman';
/** The final result of each office across its rounds (after the congress sheet). */
export const FINAL_SHEET = 'Kết quả cuối cùng';
export const FINAL_SHEET_NOTE = 'Tính khi xuất bảng tính; sửa phiếu trong bảng tính thì xem lại kết quả ở các sheet "Kết quả" của từng vòng.';

/** Rows of the congress sheet: label in column A, value in column B. */
export const CONGRESS_LABELS = {
  name: 'Tên đại hội',
  organization: 'Đảng bộ',
  term: 'Nhiệm kỳ',
  place: 'Địa điểm',
  date: 'Ngày',
  kind: 'Loại đại hội',
  /** Written only for a committee meeting (or when given); read when present. */
  meeting: 'Hội nghị lần thứ',
  summoned: 'Số được triệu tập',
  present: 'Số có mặt khi bầu cử',
  base: 'Cơ sở tính kết quả',
} as const;

export const KIND_LABELS: Record<CongressKind, string> = CONGRESS_KIND_LABELS;

export const EXCLUSIONS_HEADER = ['Trường hợp trừ khỏi cơ sở tính', 'Số lượng'] as const;
export const COMMITTEE_HEADER = ['Ban kiểm phiếu', 'Chức danh'] as const;

/** The elections table of the congress sheet, one row per election; the columns the secretariat
 *  reads first, those the program reads back after them (its codes hidden: HIDDEN_ELECTION_COLUMNS). */
export const ELECTION_COLUMNS = {
  order: 'TT',
  title: 'Tên cuộc bầu',
  officeLabel: 'Chức danh bầu',
  seats: SEATS_LABEL,
  approvedSeats: 'Số lượng đại hội biểu quyết (nếu khác)',
  round: 'Vòng',
  requireMajority: 'Cần quá một nửa',
  base: 'Cơ sở tính riêng',
  issued: 'Phiếu phát ra',
  returned: 'Phiếu thu vào',
  status: 'Trạng thái',
  // The rest is for the program reading the workbook back; outside the print area.
  id: 'Mã cuộc bầu',
  office: 'Mã chức danh',
  continues: 'Tiếp nối cuộc bầu',
  allBothOrNoneInvalid: 'Phiếu B bỏ trống/cả hai ô với mọi người là không hợp lệ',
  candidatesSheet: 'Sheet danh sách',
  ballotsSheet: 'Sheet phiếu',
  teamsSheet: 'Sheet tổ',
  resultsSheet: 'Sheet kết quả',
  minutesSheet: 'Sheet biên bản',
} as const;

/** Codes of the program, in columns the secretariat does not see. */
export const HIDDEN_ELECTION_COLUMNS: readonly (keyof typeof ELECTION_COLUMNS)[] = ['id', 'office', 'continues'];

export const YES = 'có';
export const NO = 'không';

export const STATUS_LABELS: Record<ElectionStatus, string> = { open: 'đang kiểm', locked: 'đã chốt', paused: 'tạm dừng' };

/** The candidate list sheet. */
export const CANDIDATE_COLUMNS = {
  order: 'TT',
  id: 'Mã',
  name: 'Họ và tên',
  birthYear: 'Năm sinh',
  birthDate: 'Ngày sinh',
  gender: 'Giới tính',
  position: 'Chức vụ, đơn vị',
  note: 'Ghi chú',
  nomination: 'Giới thiệu',
  withdrawn: 'Rút tên',
} as const;

export const NOMINATION_LABELS = { committee: 'cấp ủy giới thiệu', floor: 'đại hội đề cử', self: 'tự ứng cử' } as const;
export const WITHDRAWN = 'đã rút';
/** RULES R1: withdrawn after the papers were printed; the name stays on the paper at its number, with no vote. */
export const WITHDRAWN_ON_PAPER = 'đã rút sau khi in phiếu (tên còn trên phiếu)';
/** The header of a withdrawn-after-printing name's column in the ballots sheet. */
export const WITHDRAWN_NAME_SUFFIX = ' (đã rút)';

/** The ballot sheet: a row of candidate ids above the row of names, then one row per ballot. */
export const BALLOT_COLUMNS = {
  number: 'Số phiếu',
  id: 'Mã phiếu',
  team: 'Tổ',
  ruling: 'Kết luận của Ban kiểm phiếu',
  note: 'Ghi chú',
  verdict: 'Kết quả',
  reason: 'Lý do không hợp lệ',
  operator: 'Người nhập',
  at: 'Lúc nhập',
  /** Hidden: the instant as the file keeps it, for the reader. */
  atCode: 'Lúc nhập (giờ quốc tế)',
} as const;
/** Hidden: the row of candidate ids above their names. */
export const IDS_ROW_LABEL = 'Mã ứng cử viên';

/** A paper number with no ballot counted: undone right after entry, voided, or unknown (a congress file says only that the number is not used). */
export const PAPER_NOT_COUNTED = { undone: 'Đã hoàn tác', voided: 'Đã hủy', unused: 'Số không dùng' } as const;
export const UNUSED_NUMBER_NOTE = 'phiếu đã hủy hoặc hoàn tác trước khi xuất tệp, không tính';

export const VALID = 'Hợp lệ';
export const INVALID = 'Không hợp lệ';

/** Format A: a struck name. Format B: the boxes marked. A paper only ruled on, not read: a dash. */
export const STRUCK = 'x';
export const MARK_TEXT: Record<Exclude<Mark, 'none'>, string> = { agree: 'Đ', disagree: 'K', both: 'ĐK' };
export const NOT_READ = '—';

export const RULING_LABELS: Record<OperatorRuling, string> = {
  NOT_ISSUED: 'Không do Ban kiểm phiếu phát ra',
  WRITE_IN: 'Ghi thêm tên',
  MARKED_SIGNED: 'Ký tên, đánh dấu',
  COMMITTEE_RULED: 'Ban kiểm phiếu kết luận không hợp lệ',
};

/** The team totals sheet: a row of codes (reasons, candidate ids) above the row of labels. */
export const TEAM_COLUMNS = { team: 'Tổ', returned: 'Phiếu thu vào', valid: 'Phiếu hợp lệ', invalid: 'Phiếu không hợp lệ' } as const;
export const CODES_ROW_LABEL = 'Mã';
