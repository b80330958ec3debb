import { CONGRESS_KIND_LABELS, INVALID_REASON_LABELS, OFFICE_LABELS, type InvalidReason } from '../domain';
import { ballotNumbers } from '../format/ballot-numbers';
import { numericDate, parseIsoDate, shownMoment } from '../format/date';
import { contentWords, list, namesOf, record, verdictWords, type AuditContext, type Payload } from './words';
import { SEATS_LABEL } from '../minutes/figures';

/**
 * An event's details as labelled fields in Vietnamese (issue 18, item 6): each field of its payload
 * the log's reader cares about, named and said in words; ids, hashes of the chain and the rows a
 * bulk change wrote are left to the exported log, which keeps the payload whole.
 */
export interface AuditDetail {
  label: string;
  value: string;
}

/** Fields the screen never shows: ids and what only the program reads (all kept in the exported log). */
const HIDDEN = new Set([
  'id', 'uid', 'version', 'teamId', 'congressId', 'electionId', 'continuesId', 'continues', 'key', 'position', 'ballotOrder', 'createdAt', 'enteredAt',
  'written', 'batchId', 'scanId', 'congressIdentity', 'copy', 'hash', 'lastHash', 'seq', 'pinRehashed', 'voidedRounds', 'teamName', 'operator', 'lock', 'imported', 'uncertain',
]);

const LABELS: Record<string, string> = {
  name: 'Tên', organization: 'Đảng bộ', term: 'Nhiệm kỳ', place: 'Địa điểm', date: 'Ngày', meeting: 'Hội nghị lần thứ', kind: 'Loại', summoned: 'Số được triệu tập',
  present: 'Số có mặt', exclusions: 'Trừ khỏi cơ sở tính', reason: 'Lý do', count: 'Số lượng', chairPinSet: 'Đặt mã PIN', replaced: 'Thay mã cũ', countingCommittee: 'Ban kiểm phiếu',
  title: 'Tên cuộc bầu', office: 'Chức danh', seats: SEATS_LABEL, approvedSeats: 'Số lượng đã biểu quyết', round: 'Vòng', status: 'Trạng thái', requireMajority: 'Phải quá một nửa',
  allBothOrNoneInvalid: 'Đánh cả hai ô hoặc bỏ trống mọi tên là không hợp lệ', baseOverride: 'Cơ sở tính riêng', ballotsIssued: 'Phiếu phát ra', ballotsReturned: 'Phiếu thu vào',
  birthYear: 'Năm sinh', birthDate: 'Ngày sinh', gender: 'Giới tính', nomination: 'Giới thiệu', note: 'Ghi chú', withdrawn: 'Đã rút tên', fingerprint: 'Con dấu số', digests: 'Mã từng phần của con dấu',
  fingerprintBefore: 'Con dấu số trước khi sửa', outcome: 'Kết quả', elected: 'Trúng cử', votes: 'Số phiếu từng người', ballots: 'Phiếu', issued: 'Phát ra', returned: 'Thu vào',
  counted: 'Đã kiểm', valid: 'Hợp lệ', invalid: 'Không hợp lệ', invalidByReason: 'Không hợp lệ theo lý do', resealed: 'Chốt lại', ballot: 'Phiếu số', number: 'Phiếu số', lastNumber: 'Đến phiếu số',
  verdict: 'Kết luận', finishedRound: 'Vòng đã kết thúc', outcomeChanged: 'Kết quả thay đổi', tie: 'Bằng phiếu', unfilledSeats: 'Số còn thiếu', changes: 'Thay đổi',
  action: 'Việc cần mã PIN', failures: 'Số lần sai liên tiếp', waitSeconds: 'Phải chờ (giây)', waitUntil: 'Chờ đến', pinFailuresCleared: 'Số lần sai mã PIN trước đó được xóa',
  candidates: 'Danh sách', order: 'Thứ tự', team: 'Tổ', after: 'Sau', before: 'Trước', undo: 'Hoàn tác', from: 'Từ', to: 'Thành',
  image: 'Ảnh', sha256: 'Mã SHA-256 của tệp', decision: 'Quyết định', decided: 'Nội dung xác nhận', machine: 'Máy đọc', fileName: 'Tệp', source: 'Loại bảng tính', elections: 'Cuộc bầu', teamTotals: 'Số tổng hợp của tổ',
  label: 'Tên', station: 'Máy', size: 'Số phiếu', pass: 'Lượt', reading: 'Nội dung đọc', choice: 'Cách đối chiếu', differences: 'Số chỗ khác nhau', numbers: 'Số phiếu',
  leftOut: 'Phiếu không đưa vào gói', acceptCorrections: 'Nhận các sửa đổi', stationAudit: 'Nhật ký của máy', events: 'Số sự kiện', intact: 'Chuỗi mã băm nguyên vẹn',
  teamsCreated: 'Tổ mới tạo', teamReceived: 'Số phiếu giao cho tổ', added: 'Thêm', corrected: 'Sửa', voided: 'Hủy', backupAt: 'Bản sao lưu lúc', savedCurrentAs: 'Hồ sơ trước khi khôi phục lưu thành',
  locksUndone: 'Bỏ chốt', struck: 'Gạch tên', kept: 'Giữ tên', marks: 'Dấu', role: 'Chức danh',
};

/** A field whose meaning the shape of its value says: a count, or what an object is. */
const COUNT_LABELS: Record<string, string> = { candidates: 'Số người trong danh sách', elections: 'Số cuộc bầu', ballots: 'Số phiếu', teamTotals: 'Số tổng hợp của tổ' };
const OBJECT_LABELS: Record<string, string> = { replaced: 'Thay cho lần nhập trước', ballot: 'Phiếu số' };
/** Said only when true (false is the ordinary case, or the sentence says it). */
const ONLY_WHEN_TRUE = new Set(['withdrawn', 'undo', 'chairPinSet', 'replaced']);

function labelOf(key: string, value: unknown): string | undefined {
  if (typeof value === 'number' && COUNT_LABELS[key]) return COUNT_LABELS[key];
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && OBJECT_LABELS[key]) return OBJECT_LABELS[key];
  return LABELS[key];
}

const OUTCOMES: Record<string, string> = { complete: 'Đã bầu đủ số lượng', short: 'Chưa đủ số lượng', tie: 'Bằng phiếu' };
const STATUSES: Record<string, string> = { open: 'đang kiểm phiếu', locked: 'đã chốt', paused: 'tạm dừng' };
const KINDS: Record<string, string> = { ...CONGRESS_KIND_LABELS, tie_break: 'bầu lại do bằng phiếu', further: 'bầu bổ sung số còn thiếu' };
const CODES: Record<string, Record<string, string>> = {
  outcome: OUTCOMES, status: STATUSES, kind: KINDS, office: OFFICE_LABELS,
  action: { unlock: 'mở khóa kết quả', change_pin: 'đổi mã PIN', restore: 'khôi phục bản sao lưu', correct_finished_round: 'sửa phiếu của vòng đã kết thúc' },
  decision: { counted: 'máy đọc rõ, đã tính', pending: 'chờ người xác nhận', refused: 'không đọc được, không tính' },
  choice: { pass1: 'theo lượt 1', pass2: 'theo lượt 2', reentered: 'đọc lại phiếu' },
  source: { legacy: 'bảng tính kiểm phiếu thường dùng', 'kiem-phieu': 'bảng tính do chương trình xuất' },
  nomination: { committee: 'cấp ủy giới thiệu', floor: 'đại hội đề cử', self: 'tự ứng cử' },
};
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A number of invalid papers by reason ("phiếu bầu nhiều hơn số lượng cần bầu: 1"). */
function byReason(value: Payload): string {
  return Object.entries(value).map(([reason, n]) => `${(INVALID_REASON_LABELS[reason as InvalidReason] ?? 'lý do khác').toLocaleLowerCase('vi')}: ${String(n)}`).join('; ');
}

/** A ballot's content (what it says, its ruling) when the value is one. */
function isBallot(value: Payload): boolean {
  return ['struck', 'kept', 'marks'].some((k) => k in value) || (typeof value.invalid === 'string' && 'count' in value);
}

/** A value in words, by the field it is in; '' when there is nothing to say. */
function valueWords(key: string, value: unknown, ctx: AuditContext): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (CODES[key]) return CODES[key][value] ?? value;
    if (key === 'invalid') return (INVALID_REASON_LABELS[value as InvalidReason] ?? value).toLocaleLowerCase('vi');
    const day = parseIsoDate(value);
    return ISO_INSTANT.test(value) ? shownMoment(value) : day ? numericDate(day) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (key === 'elected' || key === 'order' || key === 'candidates' || key === 'struck' || key === 'kept') return namesOf(ctx, list(value));
    if (key === 'numbers' && value.length === 2) return `${String(value[0])}–${String(value[1])}`;
    return value.map((item) => valueWords(key, item, ctx)).filter((v) => v !== '').join(' | ');
  }
  const object = record(value);
  if (key === 'votes') return Object.entries(object).map(([k, n]) => `${namesOf(ctx, [k])}: ${String(n)}`).join('; ');
  if (key === 'invalidByReason' || key === 'invalid') return byReason(object);
  if (key === 'verdict') return verdictWords(object);
  if (key === 'marks' || isBallot(object)) return contentWords(ctx, object);
  if (key === 'machine') return machineWords(object, ctx);
  if (key === 'station') return typeof object.name === 'string' ? object.name : '';
  if (key === 'ballot' && typeof object.number === 'number') return ballotNumbers({ number: object.number, lastNumber: typeof object.lastNumber === 'number' ? object.lastNumber : undefined });
  if (key === 'locksUndone') return typeof object.title === 'string' ? object.title : '';
  if (key === 'elections') return mergedWords(object);
  if (key === 'tie') return `${namesOf(ctx, list(object.candidates))} cho ${String(object.seats ?? '?')} chỗ`;
  return nested(object, ctx);
}

/** What the machine read of a scanned image: the names, the verdict, or why it could not. */
function machineWords(machine: Payload, ctx: AuditContext): string {
  if (machine.status === 'refused') return `không đọc được${typeof machine.reason === 'string' ? ` (${machine.reason})` : ''}`;
  const verdict = verdictWords(machine.verdict);
  return [contentWords(ctx, machine), verdict, machine.status === 'review' ? 'cần người xem' : ''].filter((w) => w !== '').join('; ');
}

/** One election of a merged package: the papers added, found already, corrected, voided. */
function mergedWords(election: Payload): string {
  const n = (key: string) => (typeof election[key] === 'number' ? (election[key] as number) : 0);
  const numbers = Array.isArray(election.numbers) && election.numbers.length === 2 ? ` (số ${String(election.numbers[0])}–${String(election.numbers[1])})` : '';
  return `thêm ${n('added')} phiếu${numbers}, đã có ${n('present')}, sửa ${n('corrected')}, hủy ${n('voided')}, ${n('teamTotals')} số tổng hợp của tổ`;
}

/** An object's fields on one line: "Phát ra: 43; Thu vào: 40". */
function nested(object: Payload, ctx: AuditContext): string {
  return fields(object, ctx).map((d) => `${d.label}: ${d.value}`).join('; ');
}

/** "Số lượng cần bầu: 3 → 5", for each field an update changed. */
function changed(before: Payload, changes: Payload, ctx: AuditContext): AuditDetail[] {
  return Object.entries(changes).flatMap(([key, after]) => {
    const label = labelOf(key, after);
    if (!label || HIDDEN.has(key)) return [];
    const was = valueWords(key, before[key], ctx) || '(trống)';
    const now = valueWords(key, after, ctx) || '(trống)';
    // A form sends every field; only those it changed are said.
    return was === now ? [] : [{ label, value: `${was} → ${now}` }];
  });
}

function fields(payload: Payload, ctx: AuditContext): AuditDetail[] {
  const said: AuditDetail[] = [];
  let unknown = 0;
  for (const [key, value] of Object.entries(payload)) {
    if (HIDDEN.has(key) || key === 'lastNumber' || (ONLY_WHEN_TRUE.has(key) && value === false)) continue;
    const label = labelOf(key, value);
    if (!label) {
      unknown++;
      continue;
    }
    // A paper's numbers together: "61–70" for a stack, "12" for one paper.
    const words = key === 'number' && typeof value === 'number' ? ballotNumbers({ number: value, lastNumber: typeof payload.lastNumber === 'number' ? payload.lastNumber : undefined }) : valueWords(key, value, ctx);
    if (words !== '') said.push({ label, value: words });
  }
  if (unknown > 0) said.push({ label: 'Thông tin khác', value: `${unknown} mục, xem trong tệp nhật ký xuất ra` });
  return said;
}

/** The details of an event: an update's changes field by field, otherwise each field of its payload. */
export function auditDetails(payload: Payload, event: AuditContext): AuditDetail[] {
  // A voided round's event tells of the round it continues: the outcome before and after the correction there.
  const ctx = typeof payload.continues === 'number' ? { ...event, electionId: payload.continues } : event;
  if (payload.changes && typeof payload.changes === 'object' && !Array.isArray(payload.changes)) {
    const { before, changes, ...rest } = payload;
    return [...changed(record(before), record(changes), ctx), ...fields(rest, ctx)];
  }
  return fields(payload, ctx);
}

