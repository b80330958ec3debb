import { z } from 'zod';
import { MARKS, OPERATOR_RULINGS } from '../domain';

/**
 * Every kind of audit event: its name, what it means in Vietnamese, and the shape of its
 * payload. One registry, used by the writer (a payload that does not fit its kind does not
 * compile), by the integrity check (which rebuilds the count from the events), by the audit
 * screen and by the exports. Payloads keep any field a later version adds (loose objects).
 */

const id = z.number().int();
const text = z.string();
const anything = z.unknown();

/** A ballot as the log records it: the congress file's words, with the team's id. */
export const loggedBallotSchema = z.looseObject({
  id: text.optional(),
  team: text.optional(),
  teamId: id.nullable().optional(),
  kept: z.array(text).optional(),
  struck: z.array(text).optional(),
  marks: z.record(text, z.enum(MARKS)).optional(),
  count: id,
  invalid: z.enum(OPERATOR_RULINGS).optional(),
  note: text.optional(),
});

export type LoggedBallot = z.input<typeof loggedBallotSchema>;

/** One ballot row a bulk change wrote: [election, uid, number, version, team, count, kind, selection, ruling, note]. */
export const writtenBallotSchema = z.tuple([id, text, id, id, id.nullable(), id, z.enum(['kept', 'struck', 'marks', 'none', 'void']), anything, z.enum(OPERATOR_RULINGS).nullable(), text.nullable()]);
/** One team total a bulk change wrote: [election, team, returned, valid, invalid by reason, votes by name]. */
export const writtenTeamTotalSchema = z.tuple([id, id, id, id, z.record(text, id), z.record(text, id)]);

/** What a change of many rows at once wrote (an import, a merge, a reconciled stack), so that the log alone can rebuild it. */
export const writtenSchema = z.object({
  elections: z.array(z.tuple([id, z.enum(['open', 'locked', 'paused'])])).default([]),
  ballots: z.array(writtenBallotSchema).default([]),
  teamTotals: z.array(writtenTeamTotalSchema).default([]),
  teamTotalsRemoved: z.array(z.tuple([id, id])).default([]),
  /** Rounds written as voided (a congress file carrying `voided`). */
  roundsVoided: z.array(id).default([]),
});
export type Written = z.input<typeof writtenSchema>;

const withWritten = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ ...shape, written: writtenSchema });
const status = z.enum(['open', 'locked', 'paused']);
const reason = z.looseObject({ reason: text.nullable().optional() });

/** What the machine read from a scanned image (issue 12), as the log keeps it beside the person's decision. */
const machineReadingSchema = z.looseObject({
  status: z.enum(['read', 'review', 'refused']),
  reason: text.nullable().optional(),
  struck: z.array(text).optional(),
  marks: z.record(text, z.enum(MARKS)).optional(),
  uncertain: z.array(text),
});
const scanned = { scanId: id, image: text, sha256: text, machine: machineReadingSchema };

/**
 * What a restore carries over from the file it replaces (issue 20): the chair's PIN (as its
 * commitment) and the wrong tries in a row with their wait, which a restore never resets, and the
 * PIN events the restored log lacks, so that they stay in the live log.
 */
export const carriedPinSchema = z.looseObject({
  congressId: id,
  commitment: text.nullable(),
  failures: id,
  waitUntil: text.nullable(),
  lastFailedAt: text.nullable(),
  tries: z.array(z.looseObject({ seq: id, at: text, kind: text })),
});
export type CarriedPin = z.input<typeof carriedPinSchema>;

function kind<S extends z.ZodType>(label: string, payload: S) {
  return { label, payload };
}

export const AUDIT_EVENTS = {
  /** `chairPinCommitment`: the SHA-256 of the stored PIN hash (null: no PIN), absent in logs of older versions. */
  'congress.created': kind('Tạo đại hội', z.looseObject({ name: text, chairPinSet: z.boolean(), chairPinCommitment: text.nullable().optional() })),
  'congress.updated': kind('Sửa thông tin đại hội', z.looseObject({ before: anything, changes: anything })),
  'congress.imported': kind('Nạp tệp đại hội', withWritten({ congressId: id, sha256: text })),
  'congress.imported_excel': kind('Nhập bảng tính Excel', withWritten({ congressId: id, sha256: text })),
  /** `before`/`commitment`: the SHA-256 of the stored hash replaced and of the new one (null: none), which the integrity check follows. */
  'congress.pin_set': kind('Đặt mã PIN', z.looseObject({ replaced: z.boolean(), before: text.nullable().optional(), commitment: text.nullable().optional() })),
  'team.created': kind('Thêm tổ kiểm phiếu', z.looseObject({ teamId: id, name: text })),
  'team.renamed': kind('Đổi tên tổ', z.looseObject({ teamId: id, from: text, to: text })),
  'election.created': kind('Thêm cuộc bầu', z.looseObject({ title: text, status })),
  'election.updated': kind('Sửa cuộc bầu', z.looseObject({ before: anything, changes: anything })),
  'election.locked': kind('Chốt kết quả', z.looseObject({ fingerprint: text, outcome: text })),
  'election.unlocked': kind('Mở khóa kết quả', reason),
  'election.unlock_refused': kind('Mở khóa bị từ chối (sai PIN)', reason),
  'pin.attempt_failed': kind('Nhập sai mã PIN', z.looseObject({ action: text, failures: id })),
  'pin.locked_out': kind('Từ chối thử mã PIN (đang phải chờ)', z.looseObject({ action: text })),
  'pin.failures_cleared': kind('Nhập đúng mã PIN, hết đếm lần sai', z.looseObject({ action: text, failures: id })),
  'election.paused': kind('Tạm dừng cuộc bầu', reason),
  'election.resumed': kind('Tiếp tục cuộc bầu', reason),
  'round.created': kind('Tạo vòng bầu mới', z.looseObject({ title: text, status, candidates: z.array(text) })),
  'round.voided': kind(
    'Hủy vòng bầu do sửa phiếu vòng trước làm đổi kết quả',
    z.looseObject({ reason: text, continues: id, ballot: z.looseObject({ number: id, lastNumber: id }), before: anything, after: anything, changes: z.array(text) }),
  ),
  'candidate.added': kind('Thêm người vào danh sách', z.looseObject({ key: text, name: text })),
  'candidate.updated': kind('Sửa thông tin người ứng cử', z.looseObject({ key: text, changes: anything })),
  'candidate.removed': kind('Xóa khỏi danh sách', z.looseObject({ key: text, name: text })),
  'candidate.withdrawn': kind('Rút tên', z.looseObject({ key: text, name: text })),
  'candidate.reinstated': kind('Đưa lại vào danh sách', z.looseObject({ key: text, name: text })),
  'candidates.sorted': kind('Xếp danh sách theo vần A, B, C', z.looseObject({ order: z.array(text) })),
  'candidates.reordered': kind('Đổi thứ tự danh sách', z.looseObject({ order: z.array(text.optional()) })),
  'ballot.entered': kind('Nhập phiếu', loggedBallotSchema.extend({ number: id, id: text })),
  'ballot.corrected': kind('Sửa phiếu', z.looseObject({ number: id, uid: text, version: id, before: anything, after: loggedBallotSchema })),
  'ballot.voided': kind('Hủy phiếu', z.looseObject({ number: id, uid: text, version: id, before: anything, reason: text.nullable() })),
  'team_totals.set': kind('Nhập số tổng hợp của tổ', z.looseObject({ team: text, teamId: id, after: z.looseObject({ returned: id, valid: id, invalid: z.record(text, id), votes: z.record(text, id) }) })),
  'team_totals.removed': kind('Xóa số tổng hợp của tổ', z.looseObject({ team: text, teamId: id })),
  'team_received.set': kind('Ghi số phiếu giao cho tổ', z.looseObject({ teamId: id, team: text, after: id.nullable() })),
  'setup_package.exported': kind('Xuất gói thiết lập', z.looseObject({})),
  'setup_package.loaded': kind('Tạo hồ sơ từ gói thiết lập', withWritten({ sha256: text })),
  'station_package.exported': kind('Xuất gói của tổ', z.looseObject({ team: text })),
  'station.renamed': kind('Đổi tên máy', z.looseObject({ to: text })),
  'packages.merged': kind('Gộp gói của máy trạm', withWritten({ label: text, sha256: text })),
  'batch.created': kind('Tạo chồng phiếu nhập đối chứng', z.looseObject({ batchId: id, label: text })),
  'batch.reading': kind('Nhập đối chứng một phiếu', z.looseObject({ batchId: id, position: id })),
  'batch.pass_finished': kind('Kết thúc một lượt nhập đối chứng', z.looseObject({ batchId: id, pass: id })),
  'batch.resolved': kind('Đối chiếu một phiếu khác nhau', z.looseObject({ batchId: id, position: id })),
  'batch.reconciled': kind('Tính chồng phiếu đã đối chiếu', withWritten({ batchId: id })),
  'batch.abandoned': kind('Bỏ chồng phiếu', z.looseObject({ batchId: id })),
  'scan.taken': kind('Đọc ảnh phiếu quét', z.looseObject({ ...scanned, decision: z.enum(['counted', 'pending', 'refused']), number: id.nullable() })),
  'scan.confirmed': kind('Xác nhận phiếu quét', z.looseObject({ ...scanned, decided: loggedBallotSchema, number: id })),
  'scan.set_aside': kind('Không tính ảnh phiếu quét', z.looseObject({ ...scanned, reason: text })),
  'backup.restored': kind('Khôi phục từ bản sao lưu', z.looseObject({ from: text, pins: z.array(carriedPinSchema).optional() })),
} as const;

export type AuditKind = keyof typeof AUDIT_EVENTS;
export type AuditPayload<K extends AuditKind> = z.input<(typeof AUDIT_EVENTS)[K]['payload']>;
export const AUDIT_KINDS = Object.keys(AUDIT_EVENTS) as AuditKind[];

export function isAuditKind(kind: string): kind is AuditKind {
  return Object.hasOwn(AUDIT_EVENTS, kind);
}

/** What an event means, in Vietnamese (an unknown kind, from a later version, shows as it is). */
export function auditKindLabel(kind: string): string {
  return isAuditKind(kind) ? AUDIT_EVENTS[kind].label : kind;
}
