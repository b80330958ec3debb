import { blockingProblemsError } from '../../shared/api/blocking';
import { parseIsoDate, vietnameseDate, vietnameseTime } from '../../shared/format/date';
import { countText } from '../../shared/format/number-words';
import { INVALID_REASON_LABELS, INVALID_REASONS } from '../../shared/domain';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { congressBase } from '../../shared/rules/base';
import { createPdf, type Pdf } from './document';
import { bulletList, ensureSpace, heading, paragraph, paragraphHeight, SIZE } from './layout';
import type { MinutesInput, MinutesOptions } from './minutes-input';
import { committeeLines, defaultSignatures, drawSignatures } from './signatures';
import { dateLine, drawPartyHeader, termText } from './party-header';
import { drawTable } from './table';
import { electionSubject, electionTitleLine, memberNoun, outcomeSentences } from './wording';

/** Room a heading keeps below it: the table header and a first row. */
const KEEP_WITH_TABLE = 60;

/**
 * The minutes of one election (RULES R9), refused while a blocking check fails unless the
 * printout is a rehearsal, which is then marked so on every page.
 */
export async function buildMinutesPdf(input: MinutesInput, options: MinutesOptions = {}): Promise<Result<Uint8Array>> {
  return buildMinutesFilePdf([input], options);
}

/** The minutes of several elections in one file, each its own document with its own page numbers. */
export async function buildMinutesFilePdf(inputs: readonly MinutesInput[], options: MinutesOptions = {}): Promise<Result<Uint8Array>> {
  if (!options.rehearsal) {
    const refused = refusal(inputs);
    if (refused) return err(refused);
  }
  const title = inputs.length === 1 && inputs[0] ? `Biên bản kiểm phiếu - ${electionSubject(inputs[0].election)}` : 'Biên bản kiểm phiếu';
  const pdf = createPdf({ title });
  for (const input of inputs) drawMinutes(pdf, input, options);
  return ok(await pdf.toBytes());
}

/** Every blocking problem of every election, each detail naming its election. */
function refusal(inputs: readonly MinutesInput[]): AppError | null {
  const refused = inputs.flatMap((input) => {
    const error = blockingProblemsError(input.tally.problems, `in biên bản chính thức của cuộc bầu "${electionSubject(input.election)}"`);
    return error ? [{ id: input.tally.id, error }] : [];
  });
  const first = refused[0];
  if (!first) return null;
  return {
    code: first.error.code,
    message: refused.map((r) => r.error.message).join('\n'),
    details: refused.flatMap((r) => (r.error.details ?? []).map((d) => ({ path: r.id, message: d.message }))),
  };
}

export function drawMinutes(pdf: Pdf, input: MinutesInput, options: MinutesOptions): void {
  const { doc } = pdf;
  const { congress, election, tally } = input;
  const count = (n: number) => countText(n, options.countsInWords ?? false);
  const closedAt = options.closedAt ?? null;
  const date = (congress.date ? parseIsoDate(congress.date) : null) ?? closedAt;
  const noun = memberNoun(congress.kind);
  const subject = electionSubject(election);

  pdf.startPart({ fingerprint: input.fingerprint, auditHead: input.auditHead ?? null, rehearsal: options.rehearsal ?? false, numbered: true });
  drawPartyHeader(doc, congress, dateLine(congress.place, date));

  paragraph(doc, 'BIÊN BẢN KIỂM PHIẾU', { font: 'bold', size: SIZE.title, align: 'center', after: 2 });
  paragraph(doc, electionTitleLine(election, congress.term ? termText(congress.term) : undefined, tally.round), { font: 'bold', align: 'center', after: 14 });

  const when = date ? `${vietnameseDate(date)}, ` : '';
  const where = congress.place ? `tại ${congress.place}, ` : '';
  paragraph(doc, `Hôm nay, ${when}${where}${congress.name} tiến hành bầu ${subject} theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024).`, { indent: 28, after: 6 });

  heading(doc, `1. Số lượng cần bầu (đại hội đã biểu quyết): ${count(tally.seats)} đồng chí.`, 0);

  const listIntro = `2. Danh sách bầu cử gồm ${count(tally.candidates.length)} đồng chí (xếp theo thứ tự trên phiếu bầu, theo vần A, B, C); phiếu bầu theo hình thức ${tally.format === 'A' ? 'gạch tên (danh sách nhiều hơn số lượng cần bầu)' : 'đánh dấu vào ô "Đồng ý" hoặc "Không đồng ý"'}:`;
  heading(doc, listIntro, KEEP_WITH_TABLE);
  drawTable(doc, {
    columns: [{ header: 'TT', width: 8, align: 'center' }, { header: 'Họ và tên', width: 92 }],
    rows: tally.candidates.map((c, i) => [String(i + 1), c.name]),
  });
  if (election.withdrawn.length > 0) paragraph(doc, `Xin rút khỏi danh sách (được đại hội đồng ý, không có tên trên phiếu bầu): ${election.withdrawn.join(', ')}.`);
  if (tally.format === 'B' && tally.candidates.length > 1) {
    paragraph(doc, `Phiếu đánh dấu cả hai ô hoặc bỏ trống ở mọi tên được tính là phiếu ${election.allBothOrNoneInvalid ? 'không hợp lệ' : 'hợp lệ (không tính phiếu cho ai)'}.`);
  }

  const committee = committeeLines(congress.countingCommittee);
  heading(doc, '3. Ban kiểm phiếu gồm các đồng chí:', 40);
  if (committee.length > 0) bulletList(doc, committee);
  else paragraph(doc, 'Chưa ghi tên các thành viên Ban kiểm phiếu (chương trình chưa có danh sách này).', { font: 'italic', left: 18 });

  heading(doc, `4. Số ${noun} và cơ sở tính kết quả:`, 40);
  if (election.baseOverridden) {
    bulletList(doc, [`Cuộc bầu này tính kết quả trên cơ sở riêng (được xác định cho cuộc bầu): ${count(tally.base)} người.`]);
  } else {
    const absent = congress.present === null ? null : congress.summoned - congress.present;
    const attendance = [
      `Tổng số ${noun} được triệu tập: ${count(congress.summoned)} đồng chí.`,
      congress.present === null
        ? `Số ${noun} có mặt lúc bầu cử: chưa ghi.`
        : `Số ${noun} có mặt lúc bầu cử: ${count(congress.present)} đồng chí; vắng mặt: ${count(absent as number)} đồng chí.`,
    ];
    const base = congressBase(congress.summoned, congress.exclusions);
    attendance.push(
      congress.exclusions.length === 0
        ? `Số ${noun} làm cơ sở tính kết quả bầu cử: ${count(base)} đồng chí (bằng tổng số được triệu tập).`
        : `Số ${noun} làm cơ sở tính kết quả bầu cử: ${count(base)} đồng chí, bằng tổng số được triệu tập trừ:`,
    );
    bulletList(doc, attendance);
    if (congress.exclusions.length > 0) bulletList(doc, congress.exclusions.map((e) => `${e.reason}: ${count(e.count)} đồng chí.`), { left: 18 });
  }
  bulletList(doc, [
    election.requireMajority
      ? `Người trúng cử phải được số phiếu bầu quá một nửa so với ${tally.base}, tức là ít nhất ${count(tally.votesNeeded)} phiếu.`
      : 'Theo quyết định của đại hội, vòng bầu này không đòi hỏi số phiếu quá một nửa: người được nhiều phiếu hơn trúng cử.',
  ]);

  heading(doc, '5. Phiếu bầu:', 40);
  const invalidReasons = INVALID_REASONS.filter((r) => (tally.ballots.invalidByReason[r] ?? 0) > 0);
  bulletList(doc, [
    `Số phiếu phát ra: ${tally.ballots.issued === null ? 'chưa ghi' : count(tally.ballots.issued)}; số phiếu thu vào: ${count(tally.ballots.returned)}.`,
    `Số phiếu hợp lệ: ${count(tally.ballots.valid)}.`,
    `Số phiếu không hợp lệ: ${count(tally.ballots.invalid)}${invalidReasons.length > 0 ? ', gồm:' : '.'}`,
  ]);
  if (invalidReasons.length > 0) bulletList(doc, invalidReasons.map((r) => `${INVALID_REASON_LABELS[r]}: ${count(tally.ballots.invalidByReason[r] as number)} phiếu.`), { left: 18 });

  heading(doc, '6. Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự như trong phiếu bầu):', KEEP_WITH_TABLE);
  const percentHeader = `Tỷ lệ %\nso với ${tally.base}`;
  const resultColumns = [{ header: 'TT', width: 8, align: 'center' as const }, { header: 'Họ và tên', width: 58 }, { header: 'Số phiếu', width: 16, align: 'right' as const }, { header: percentHeader, width: 18, align: 'right' as const }];
  drawTable(doc, { columns: resultColumns, rows: tally.candidates.map((c, i) => [String(i + 1), c.name, String(c.votes), c.percent]) });

  const byId = new Map(tally.candidates.map((c) => [c.id, c]));
  const outcome = outcomeSentences(tally, election, subject);
  if (tally.elected.length > 0) {
    heading(doc, `7. Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử ${subject}, xếp theo thứ tự số phiếu từ cao xuống thấp:`, KEEP_WITH_TABLE);
    drawTable(doc, {
      columns: resultColumns,
      rows: tally.elected.map((id, i) => {
        const c = byId.get(id);
        return [String(i + 1), c?.name ?? id, String(c?.votes ?? ''), c?.percent ?? ''];
      }),
    });
  } else {
    heading(doc, `7. Căn cứ kết quả kiểm phiếu: không có đồng chí nào trúng cử ${subject}.`, 20);
  }
  for (const sentence of outcome) paragraph(doc, sentence, { font: 'bold' });

  const problems = tally.problems;
  heading(doc, '8. Kiểm tra, đối chiếu số liệu:', 20);
  if (problems.length === 0) bulletList(doc, ['Các số liệu kiểm tra, đối chiếu đều khớp (phiếu thu vào bằng phiếu hợp lệ cộng phiếu không hợp lệ, không vượt số phiếu phát ra).']);
  else bulletList(doc, problems.map((p) => `${p.severity === 'error' ? 'LỖI CHƯA KHẮC PHỤC' : 'Lưu ý'}: ${p.message}.`));

  const closing = closedAt
    ? `Biên bản kết thúc vào hồi ${vietnameseTime(closedAt)}, ${vietnameseDate(closedAt)}.`
    : 'Biên bản kết thúc vào hồi ...... giờ ...... phút, ngày ...... tháng ...... năm ..........';
  const signatures = options.signatures ?? defaultSignatures(congress.countingCommittee);
  ensureSpace(doc, paragraphHeight(doc, closing) + 110);
  doc.y += 6;
  paragraph(doc, closing, { indent: 28, after: 14 });
  drawSignatures(doc, signatures);
}
