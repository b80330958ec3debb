import { blockingProblemsError } from '../../shared/api/blocking';
import type { TitledFinalResult } from '../../shared/congress-file/final';
import type { CongressInfo } from '../../shared/congress-file/schema';
import { finalResultWords, FINAL_RESULTS_TITLE, finalBlockedSentence, ROUNDS_TITLE } from '../../shared/minutes/final';
import { parseIsoDate, type CalendarDate } from '../../shared/format/date';
import type { ElectionTally } from '../../shared/rules/tally';
import { createPdf } from './document';
import { bulletList, heading, paragraph, SIZE } from './layout';
import type { ElectionForMinutes } from '../../shared/minutes/model';
import { outcomeSentence, outcomeStatement } from '../../shared/minutes/outcome';
import { plainText } from '../../shared/minutes/text';
import { assemblyName, assemblyWords, capitalized, electionSubject, electionTitleLine, headingLines, nameAndTerm, placeAndDateLine } from '../../shared/minutes/wording';
import { drawPartyHeader } from './party-header';
import { drawTable } from './table';

export interface SummaryInput {
  congress: CongressInfo;
  elections: readonly { election: ElectionForMinutes; tally: ElectionTally; fingerprint: string }[];
  /** One per office, across its rounds (shared/rules/final-result.ts). */
  finals: readonly TitledFinalResult[];
}

export interface SummaryOptions {
  /** Shows the results of elections whose blocking checks fail, marking every page. */
  rehearsal?: boolean;
  /** The date of the heading when the congress has none. */
  printedOn?: CalendarDate | null;
}

type Doc = PDFKit.PDFDocument;

/**
 * Part I: each office's final result, all elected across its rounds with the round that elected
 * them, and the seats unfilled; provisional ones marked. An office with a round whose blocking
 * checks fail shows no names (unless a rehearsal).
 */
function drawFinalResults(doc: Doc, input: SummaryInput, term: string | null, rehearsal: boolean): void {
  const byId = new Map(input.elections.map((e) => [e.tally.id, e]));
  input.finals.forEach((final, i) => {
    const first = byId.get(final.first);
    const words = finalResultWords(final, final.title);
    const title = first ? electionTitleLine(first.election, term, 1) : words.title;
    heading(doc, `${i + 1}. ${title}`, 70, { font: 'bold', align: 'left' });
    if (words.provisional) paragraph(doc, words.provisional, { font: 'bold' });
    const fails = (id: string) => {
      const round = byId.get(id);
      return round !== undefined && blockingProblemsError(round.tally.problems, 'công bố kết quả') !== null;
    };
    const blocked = final.rounds.flatMap((id, n) => (fails(id) ? [final.roundNumbers[n] ?? n + 1] : []));
    if (blocked.length > 0 && !rehearsal) {
      paragraph(doc, finalBlockedSentence(blocked), { font: 'italic' });
      return;
    }
    for (const sentence of words.sentences) paragraph(doc, sentence);
    if (words.rows.length > 0) {
      doc.y += 2;
      drawTable(doc, { columns: words.columns, rows: words.rows });
    }
    doc.y += 6;
  });
}

/**
 * The whole congress on a few pages: first each office's final result across its rounds, then
 * every round's outcome and those elected in vote order. A round whose blocking checks fail shows
 * what fails instead of results (unless a rehearsal).
 */
export async function buildSummaryPdf(input: SummaryInput, options: SummaryOptions = {}): Promise<Uint8Array> {
  const { congress } = input;
  const pdf = createPdf({ title: `Tổng hợp kết quả bầu cử - ${congress.name}` });
  const { doc } = pdf;
  pdf.startPart({ fingerprint: null, rehearsal: options.rehearsal ?? false, numbered: true });
  const date = (congress.date ? parseIsoDate(congress.date) : null) ?? options.printedOn ?? null;
  drawPartyHeader(doc, headingLines(congress), plainText(placeAndDateLine(congress.place, date)));
  paragraph(doc, 'TỔNG HỢP KẾT QUẢ BẦU CỬ', { font: 'bold', size: SIZE.title, align: 'center', after: 2 });
  paragraph(doc, assemblyName(congress), { font: 'bold', align: 'center', after: 14 });
  if (input.elections.length === 0) paragraph(doc, `${capitalized(assemblyWords(congress.kind).body)} chưa có cuộc bầu nào.`, { font: 'italic' });

  const { term } = nameAndTerm(congress);
  const words = assemblyWords(congress.kind);
  if (input.finals.length > 0) {
    heading(doc, FINAL_RESULTS_TITLE, 90, { font: 'bold', size: SIZE.title, align: 'center', after: 6 });
    drawFinalResults(doc, input, term, options.rehearsal ?? false);
    heading(doc, ROUNDS_TITLE, 90, { font: 'bold', size: SIZE.title, align: 'center', after: 6 });
  }
  input.elections.forEach(({ election, tally, fingerprint }, i) => {
    const subject = electionSubject(election);
    heading(doc, `${i + 1}. ${electionTitleLine(election, term, tally.round)}`, 70, { font: 'bold', align: 'left' });
    bulletList(doc, [
      `Số lượng cần bầu: ${tally.seats}; cơ sở tính kết quả: ${tally.base}${election.requireMajority ? ` (trúng cử cần ít nhất ${tally.votesNeeded} phiếu)` : ''}.`,
      `Phiếu thu vào: ${tally.ballots.returned}; hợp lệ: ${tally.ballots.valid}; không hợp lệ: ${tally.ballots.invalid}.`,
      `Mã kiểm tra dữ liệu: ${fingerprint}.`,
    ]);
    const blocked = blockingProblemsError(tally.problems, 'công bố kết quả');
    if (blocked && !options.rehearsal) {
      paragraph(doc, 'Chưa có kết quả chính thức: các kiểm tra sau chưa đạt.', { font: 'bold' });
      bulletList(doc, (blocked.details ?? []).map((d) => `${d.message}.`));
      return;
    }
    if (tally.elected.length > 0) {
      const byId = new Map(tally.candidates.map((c) => [c.id, c]));
      heading(doc, `Trúng cử ${subject} (xếp theo thứ tự số phiếu từ cao xuống thấp):`, 50);
      drawTable(doc, {
        columns: [{ header: 'TT', width: 8, align: 'center' }, { header: 'Họ và tên', width: 58 }, { header: 'Số phiếu', width: 16, align: 'right' }, { header: `Tỷ lệ %\nso với ${tally.base}`, width: 18, align: 'right' }],
        rows: tally.elected.map((id, n) => {
          const c = byId.get(id);
          return [String(n + 1), c?.name ?? id, String(c?.votes ?? ''), c?.percent ?? ''];
        }),
      });
    } else {
      paragraph(doc, `Không có đồng chí nào trúng cử ${subject}.`, { font: 'bold' });
    }
    paragraph(doc, outcomeSentence(outcomeStatement(tally, subject, words)), { font: 'bold' });
    doc.y += 6;
  });
  return pdf.toBytes();
}
