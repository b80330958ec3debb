import { z } from 'zod';
import { MARKS, OPERATOR_RULINGS } from '../domain';
import { because, contentWords, electionTitle, electionWords, list, nameOf, namesOf, num, paperWords, record, str, teamWords, verdictWords, type AuditContext, type Payload } from './words';
import { NOBODY_ELECTED } from '../minutes/figures';

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

/** An event in one Vietnamese sentence, with names, never ids (issue 18, item 6). */
export type AuditSentence = (payload: Payload, ctx: AuditContext) => string;

function kind<S extends z.ZodType>(label: string, payload: S, sentence: AuditSentence) {
  return { label, payload, sentence };
}

const E = electionWords;
const ROUND_KINDS: Record<string, string> = { tie_break: 'bầu lại do bằng phiếu', further: 'bầu bổ sung số còn thiếu' };
const PIN_ACTIONS: Record<string, string> = { unlock: 'mở khóa kết quả', change_pin: 'đổi mã PIN', restore: 'khôi phục bản sao lưu', correct_finished_round: 'sửa phiếu của vòng đã kết thúc' };
const SCAN_DECISIONS: Record<string, string> = { counted: 'máy đọc rõ, đã tính', pending: 'chờ người xác nhận', refused: 'không đọc được, không tính' };
const RESOLUTIONS: Record<string, string> = { pass1: 'lấy theo lượt 1', pass2: 'lấy theo lượt 2', reentered: 'đọc lại phiếu' };
const who = (count: unknown, what: string) => `${num(count) ?? 0} ${what}`;
const imported = (p: Payload) => [who(p.elections, 'cuộc bầu'), who(p.candidates, 'người trong danh sách'), who(p.ballots, 'phiếu'), ...(num(p.teamTotals) ? [who(p.teamTotals, 'số tổng hợp của tổ')] : [])].join(', ');
/** ": trúng cử A, B", ": không có đồng chí nào trúng cử"; nothing when the event does not record who (older versions). */
const electedWords = (p: Payload, ctx: AuditContext) => (!Array.isArray(p.elected) ? '' : list(p.elected).length > 0 ? `: trúng cử ${namesOf(ctx, list(p.elected))}` : `: ${NOBODY_ELECTED}`);
const teamOf = (p: Payload, ctx: AuditContext) => teamWords(ctx, p) ?? 'một tổ';
const batch = (p: Payload) => `chồng phiếu “${str(p.label)}”`;

export const AUDIT_EVENTS = {
  /** `chairPinCommitment`: the SHA-256 of the stored PIN hash (null: no PIN), absent in logs of older versions. */
  'congress.created': kind('Tạo hồ sơ', z.looseObject({ name: text, chairPinSet: z.boolean(), chairPinCommitment: text.nullable().optional() }), (p) => `Tạo hồ sơ ${str(p.name)}${p.chairPinSet === true ? ', đặt mã PIN mở khóa kết quả' : ''}.`),
  'congress.updated': kind('Sửa thông tin hồ sơ', z.looseObject({ before: anything, changes: anything }), (p) => `Sửa thông tin ${str(record(p.before).name) || 'hồ sơ'}.`),
  'congress.imported': kind('Nạp tệp hồ sơ', withWritten({ congressId: id, sha256: text }), (p) => `Nạp tệp hồ sơ: ${imported(p)}.`),
  'congress.imported_excel': kind('Nhập bảng tính Excel', withWritten({ congressId: id, sha256: text }), (p) => `Nhập bảng tính Excel${str(p.fileName) ? ` “${str(p.fileName)}”` : ''}: ${imported(p)}.`),
  'congress.pin_set': kind('Đặt mã PIN', z.looseObject({ replaced: z.boolean(), before: text.nullable().optional(), commitment: text.nullable().optional() }), (p) => (p.replaced === true ? 'Đổi mã PIN mở khóa kết quả.' : 'Đặt mã PIN mở khóa kết quả.')),
  'team.created': kind('Thêm tổ kiểm phiếu', z.looseObject({ teamId: id, name: text }), (p) => `Thêm tổ kiểm phiếu “${str(p.name)}”.`),
  'team.renamed': kind('Đổi tên tổ', z.looseObject({ teamId: id, from: text, to: text }), (p) => `Đổi tên tổ “${str(p.from)}” thành “${str(p.to)}”.`),
  'election.created': kind('Thêm cuộc bầu', z.looseObject({ title: text, status }), (p, ctx) => `Thêm cuộc bầu “${electionTitle(ctx) || str(p.title)}”: bầu ${num(p.seats) ?? '?'} người.`),
  'election.updated': kind('Sửa cuộc bầu', z.looseObject({ before: anything, changes: anything }), (_, ctx) => `Sửa thông tin ${E(ctx)}.`),
  'election.locked': kind('Chốt kết quả', z.looseObject({ fingerprint: text, outcome: text }), (p, ctx) =>
    record(p.resealed).reason !== undefined
      ? `Chốt lại kết quả ${E(ctx)} sau khi sửa phiếu số ${str(record(p.resealed).ballot)}${electedWords(p, ctx)}.`
      : `Chốt kết quả ${E(ctx)}${p.imported === true ? ' (theo tệp nạp vào)' : ''}${electedWords(p, ctx)}.`),
  'election.unlocked': kind('Mở khóa kết quả', reason, (p, ctx) => `Mở khóa kết quả ${E(ctx)}${because(p.reason)}.`),
  'election.unlock_refused': kind('Mở khóa bị từ chối (sai PIN)', reason, (p, ctx) => `Từ chối mở khóa kết quả ${E(ctx)} vì sai mã PIN${because(p.reason)}.`),
  'pin.attempt_failed': kind('Nhập sai mã PIN', z.looseObject({ action: text, failures: id }), (p) => `Nhập sai mã PIN khi ${PIN_ACTIONS[str(p.action)] ?? 'dùng mã PIN'} (lần sai thứ ${num(p.failures) ?? '?'} liên tiếp)${because(p.reason)}.`),
  'pin.locked_out': kind('Từ chối thử mã PIN (đang phải chờ)', z.looseObject({ action: text }), (p) => `Từ chối thử mã PIN khi ${PIN_ACTIONS[str(p.action)] ?? 'dùng mã PIN'}: sai quá nhiều lần, đang phải chờ.`),
  'pin.failures_cleared': kind('Nhập đúng mã PIN, hết đếm lần sai', z.looseObject({ action: text, failures: id }), (p) => `Nhập đúng mã PIN khi ${PIN_ACTIONS[str(p.action)] ?? 'dùng mã PIN'}: bỏ đếm ${num(p.failures) ?? '?'} lần sai trước đó.`),
  'election.paused': kind('Tạm dừng cuộc bầu', reason, (p, ctx) => `Tạm dừng ${E(ctx)}${because(p.reason)}.`),
  'election.resumed': kind('Tiếp tục cuộc bầu', reason, (p, ctx) => `Tiếp tục ${E(ctx)}${because(p.reason)}.`),
  'round.created': kind('Tạo vòng bầu mới', z.looseObject({ title: text, status, candidates: z.array(text) }), (p, ctx) =>
    `Tạo vòng ${num(p.round) ?? '?'} (${ROUND_KINDS[str(p.kind)] ?? 'vòng bầu tiếp theo'}): bầu ${num(p.seats) ?? '?'} trong số ${namesOf(ctx, list(p.candidates))}.`),
  'round.voided': kind(
    'Hủy vòng bầu do sửa phiếu vòng trước làm đổi kết quả',
    z.looseObject({ reason: text, continues: id, ballot: z.looseObject({ number: id, lastNumber: id }), before: anything, after: anything, changes: z.array(text) }),
    (p, ctx) => `Hủy ${E(ctx)}, phải bầu lại: ${str(p.reason)}.`,
  ),
  'candidate.added': kind('Thêm người vào danh sách', z.looseObject({ key: text, name: text }), (p, ctx) => `Thêm ${str(p.name)} vào danh sách ${E(ctx)}.`),
  'candidate.updated': kind('Sửa thông tin người ứng cử', z.looseObject({ key: text, changes: anything }), (p, ctx) => `Sửa thông tin ${str(record(p.before).name) || nameOf(ctx, p.key)} trong danh sách ${E(ctx)}.`),
  'candidate.removed': kind('Xóa khỏi danh sách', z.looseObject({ key: text, name: text }), (p, ctx) => `Xóa ${str(p.name)} khỏi danh sách ${E(ctx)}.`),
  'candidate.withdrawn': kind('Rút tên', z.looseObject({ key: text, name: text, onPaper: z.boolean().optional(), printing: id.nullable().optional(), papersInUse: z.boolean().optional() }), (p, ctx) =>
    `Rút tên ${str(p.name)} khỏi danh sách ${E(ctx)}${p.onPaper === true ? ' (tên vẫn còn trên phiếu đã in, không được tính phiếu)' : ''}${because(p.reason)}.`),
  'candidate.reinstated': kind('Đưa lại vào danh sách', z.looseObject({ key: text, name: text }), (p, ctx) => `Đưa ${str(p.name)} trở lại danh sách ${E(ctx)}${because(p.reason)}.`),
  'candidates.sorted': kind('Xếp danh sách theo vần A, B, C', z.looseObject({ order: z.array(text) }), (p, ctx) => `Xếp danh sách ${E(ctx)} theo vần A, B, C: ${namesOf(ctx, list(p.order))}.`),
  'candidates.reordered': kind('Đổi thứ tự danh sách', z.looseObject({ order: z.array(text.optional()) }), (p, ctx) => `Đổi thứ tự danh sách ${E(ctx)}: ${namesOf(ctx, list(p.order))}.`),
  /** RULES R1: from the first printing the list's order, numbers and format are frozen. */
  'ballots.printed': kind('In phiếu bầu', z.looseObject({ printing: id, names: z.array(text) }), (p, ctx) => `In phiếu bầu ${E(ctx)} lần in ${num(p.printing) ?? '?'}: ${list(p.names).length} tên trên phiếu.`),
  'ballots.reprinted': kind('In lại phiếu: lần in mới', z.looseObject({ replaced: id, offPaper: z.array(text), reason: text.nullable().optional() }), (p, ctx) =>
    `In lại phiếu ${E(ctx)}: phiếu lần in ${num(p.replaced) ?? '?'} không còn được dùng${list(p.offPaper).length > 0 ? `; bỏ khỏi phiếu tên đã rút: ${namesOf(ctx, list(p.offPaper))}` : ''}${because(p.reason)}.`),
  'ballot.entered': kind('Nhập phiếu', loggedBallotSchema.extend({ number: id, id: text }), (p, ctx) =>
    `Nhập ${paperWords(p)} của ${E(ctx)}${teamWords(ctx, p) ? ` (${teamWords(ctx, p)})` : ''}: ${contentWords(ctx, p)}${verdictWords(p.verdict) && !str(p.invalid) ? `; ${verdictWords(p.verdict)}` : ''}.`),
  'ballot.corrected': kind('Sửa phiếu', z.looseObject({ number: id, uid: text, version: id, before: anything, after: loggedBallotSchema }), (p, ctx) => {
    const finished = record(p.finishedRound);
    const round = finished.reason !== undefined ? ` (vòng đã kết thúc, kết quả ${finished.outcomeChanged === true ? 'thay đổi' : 'không đổi'}${because(finished.reason)})` : '';
    return `Sửa ${paperWords(p)} của ${E(ctx)}${round}: trước là ${contentWords(ctx, record(p.before))}; nay là ${contentWords(ctx, record(p.after))}.`;
  }),
  'ballot.voided': kind('Hủy phiếu', z.looseObject({ number: id, uid: text, version: id, before: anything, reason: text.nullable() }), (p, ctx) =>
    p.undo === true ? `Hoàn tác ${paperWords(p)} vừa nhập của ${E(ctx)}.` : `Hủy ${paperWords(p)} của ${E(ctx)}${because(p.reason)}.`),
  'team_totals.set': kind('Nhập số tổng hợp của tổ', z.looseObject({ team: text, teamId: id, after: z.looseObject({ returned: id, valid: id, invalid: z.record(text, id), votes: z.record(text, id) }) }), (p, ctx) => {
    const after = record(p.after);
    return `Nhập số tổng hợp của ${teamOf(p, ctx)} cho ${E(ctx)}: thu vào ${str(after.returned)}, hợp lệ ${str(after.valid)}.`;
  }),
  'team_totals.removed': kind('Xóa số tổng hợp của tổ', z.looseObject({ team: text, teamId: id }), (p, ctx) => `Xóa số tổng hợp của ${teamOf(p, ctx)} trong ${E(ctx)}.`),
  'team_received.set': kind('Ghi số phiếu giao cho tổ', z.looseObject({ teamId: id, team: text, after: id.nullable() }), (p, ctx) =>
    num(p.after) === null ? `Bỏ số phiếu giao cho ${teamOf(p, ctx)} trong ${E(ctx)}.` : `Ghi số phiếu giao cho ${teamOf(p, ctx)} trong ${E(ctx)}: ${num(p.after)} phiếu.`),
  'setup_package.exported': kind('Xuất gói thiết lập', z.looseObject({}), (p, ctx) => `Xuất gói thiết lập cho ${teamOf(p, ctx)}.`),
  'setup_package.loaded': kind('Tạo hồ sơ từ gói thiết lập', withWritten({ sha256: text }), (p) => `Tạo hồ sơ của máy “${str(record(p.station).name)}” (${str(p.team) || 'một tổ'}) từ gói thiết lập “${str(p.label)}”.`),
  'station_package.exported': kind('Xuất gói của tổ', z.looseObject({ team: text }), (p, ctx) => `Xuất gói của ${teamOf(p, ctx)}: ${num(p.ballots) ?? 0} phiếu.`),
  'station.renamed': kind('Đổi tên máy', z.looseObject({ to: text }), (p) => (str(p.from) ? `Đổi tên máy “${str(p.from)}” thành “${str(p.to)}”.` : `Đặt tên máy là “${str(p.to)}”.`)),
  'packages.merged': kind('Gộp gói của máy trạm', withWritten({ label: text, sha256: text }), (p) => `Gộp gói “${str(p.label)}” của máy “${str(record(p.station).name)}” (${str(p.team) || 'một tổ'}).`),
  'batch.created': kind('Tạo chồng phiếu nhập đối chứng', z.looseObject({ batchId: id, label: text }), (p, ctx) => `Tạo ${batch(p)} (${num(p.size) ?? '?'} phiếu) để nhập đối chứng ${E(ctx)}.`),
  'batch.reading': kind('Nhập đối chứng một phiếu', z.looseObject({ batchId: id, position: id }), (p, ctx) => `Nhập lượt ${num(p.pass) ?? '?'} phiếu thứ ${num(p.position) ?? '?'} của ${batch(p)}: ${contentWords(ctx, record(p.reading))}.`),
  'batch.pass_finished': kind('Kết thúc một lượt nhập đối chứng', z.looseObject({ batchId: id, pass: id }), (p) => `Kết thúc lượt nhập ${num(p.pass) ?? '?'} của ${batch(p)}.`),
  'batch.resolved': kind('Đối chiếu một phiếu khác nhau', z.looseObject({ batchId: id, position: id }), (p, ctx) => `Đối chiếu phiếu thứ ${num(p.position) ?? '?'} của ${batch(p)}, ${RESOLUTIONS[str(p.choice)] ?? 'đã quyết định'}: ${contentWords(ctx, record(p.reading))}.`),
  'batch.reconciled': kind('Tính chồng phiếu đã đối chiếu', withWritten({ batchId: id }), (p, ctx) => {
    const [first, last] = Array.isArray(p.numbers) ? p.numbers : [];
    return `Tính ${batch(p)} vào kết quả ${E(ctx)}: ${num(p.size) ?? '?'} phiếu${num(first) !== null ? `, số ${first}–${last}` : ''}.`;
  }),
  'batch.abandoned': kind('Bỏ chồng phiếu', z.looseObject({ batchId: id }), (p) => `Bỏ ${batch(p)}${because(p.reason)}.`),
  'scan.taken': kind('Đọc ảnh phiếu quét', z.looseObject({ ...scanned, decision: z.enum(['counted', 'pending', 'refused']), number: id.nullable() }), (p, ctx) =>
    `Đọc ảnh phiếu quét “${str(p.image)}” của ${E(ctx)}: ${SCAN_DECISIONS[str(p.decision)] ?? 'đã đọc'}${num(p.number) !== null ? `, thành phiếu số ${num(p.number)}` : ''}.`),
  'scan.confirmed': kind('Xác nhận phiếu quét', z.looseObject({ ...scanned, decided: loggedBallotSchema, number: id }), (p, ctx) => `Xác nhận ảnh phiếu quét “${str(p.image)}” thành phiếu số ${num(p.number) ?? '?'}: ${contentWords(ctx, record(p.decided))}.`),
  'scan.set_aside': kind('Không tính ảnh phiếu quét', z.looseObject({ ...scanned, reason: text }), (p) => `Không tính ảnh phiếu quét “${str(p.image)}”${because(p.reason)}.`),
  'scan.margin_checked': kind('Xem lại các phiếu quét có cách biệt nhỏ', z.looseObject({ margin: id, candidates: z.array(z.looseObject({ id: text, votes: id })), scanned: id, wrong: z.array(id) }), (p, ctx) => `Xem lại các phiếu quét của ${E(ctx)} có cách biệt nhỏ (tối đa ${num(p.margin) ?? '?'} phiếu): ${num(p.scanned) ?? '?'} phiếu quét, ${list(p.wrong).length === 0 ? 'không phiếu nào đọc sai' : `phiếu đọc sai: ${list(p.wrong).join(', ')}`}.`),
  'scan.spot_checked': kind('Kiểm tra ngẫu nhiên phiếu quét', z.looseObject({ seed: text, papers: z.array(z.looseObject({ number: id, agrees: z.boolean() })) }), (p, ctx) => `Kiểm tra ngẫu nhiên phiếu quét của ${E(ctx)} (số rút thăm ${str(p.seed)}): ${list(p.papers).length} phiếu.`),
  'scan.same_paper': kind('Trả lời "cùng một tờ phiếu?" cho ảnh gần trùng', z.looseObject({ ...scanned, answer: z.enum(['same', 'another']), earlier: z.looseObject({ scanId: id, image: text, sha256: text, number: id.nullable() }), number: id.nullable() }), (p, ctx) => `Xác định ảnh phiếu quét “${str(p.image)}” của ${E(ctx)} ${str(p.answer) === 'same' ? 'là cùng một tờ phiếu với ảnh “' + str(record(p.earlier).image) + '” đã có, không tính lại' : 'là một tờ phiếu khác với ảnh “' + str(record(p.earlier).image) + '”'}${num(p.number) !== null ? `, thành phiếu số ${num(p.number)}` : ''}.`),
  'backup.restored': kind('Khôi phục từ bản sao lưu', z.looseObject({ from: text, pins: z.array(carriedPinSchema).optional() }), (p) => `Khôi phục hồ sơ từ bản sao lưu “${str(p.from)}”${because(p.reason)}.`),
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
