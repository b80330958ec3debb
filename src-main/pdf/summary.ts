import { blockingProblemsError } from '../../shared/api/blocking';
import { finalResultWords, FINAL_RESULTS_TITLE, finalBlockedSentence, ROUNDS_TITLE, summaryIsOfficial } from '../../shared/minutes/final';
import { parseIsoDate, type CalendarDate } from '../../shared/format/date';
import { summarySealOf } from '../../shared/seal/seal';
import { createPdf, type PageCode } from './document';
import { heading, paragraph, SIZE } from './layout';
import { plainText } from '../../shared/minutes/text';
import { assemblyName, assemblyWords, capitalized, electionTitleLine, headingLines, nameAndTerm, placeAndDateLine } from '../../shared/minutes/wording';
import { drawPartyHeader } from './party-header';
import type { SummaryInput } from './summary-input';
import { drawRound, roundsInOrder } from './summary-rounds';

export type { SummaryElection, SummaryInput } from './summary-input';
import { drawTable } from './table';

export interface SummaryOptions {
  /** Shows the results of elections whose blocking checks fail, marking every page. */
  rehearsal?: boolean;
  /** The date of the heading when the congress has none. */
  printedOn?: CalendarDate | null;
}

type Doc = PDFKit.PDFDocument;

/** The label of the code an official summary carries on every page. */
export const SUMMARY_CODE_LABEL = 'Con dấu số tổng hợp';

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
 * The seal of an official summary (docs/seal.md): over the seals of the rounds that count, in the
 * order the summary reports them, with the log's head of the latest of their locks beside it.
 * Null for a draft: a round that counts not locked yet, or whose seal no longer holds.
 */
export function summaryCode(input: Pick<SummaryInput, 'elections' | 'finals'>): PageCode | null {
  if (!summaryIsOfficial(input.finals)) return null;
  const counted = new Set(input.finals.flatMap((f) => f.rounds));
  const rounds = roundsInOrder(input).filter((e) => counted.has(e.tally.id));
  if (rounds.some((e) => e.lock === null)) return null;
  const locks = rounds.flatMap((e) => (e.lock ? [{ id: e.tally.id, lock: e.lock }] : []));
  const latest = [...locks].sort((a, b) => (a.lock.at < b.lock.at ? -1 : a.lock.at > b.lock.at ? 1 : 0)).at(-1);
  if (!latest) return null;
  return { label: SUMMARY_CODE_LABEL, value: summarySealOf(locks.map((l) => ({ id: l.id, seal: l.lock.fingerprint }))), auditHead: latest.lock.auditHead };
}

/**
 * The whole congress on a few pages: first each office's final result across its rounds, then
 * every round, an office's rounds together, its outcome and those elected in vote order. A round
 * whose blocking checks fail shows what fails instead of results (unless a rehearsal). A draft,
 * marked on every page, until every round that counts is locked; then every page carries the code
 * of those locks (and the head of the log it was printed from).
 */
export async function buildSummaryPdf(input: SummaryInput, options: SummaryOptions = {}): Promise<Uint8Array> {
  const { congress } = input;
  const pdf = createPdf({ title: `Tổng hợp kết quả bầu cử - ${congress.name}` });
  const { doc } = pdf;
  const code = summaryCode(input);
  const rehearsal = options.rehearsal ?? false;
  pdf.startPart({ code, rehearsal, draft: code === null, numbered: true });
  const date = (congress.date ? parseIsoDate(congress.date) : null) ?? options.printedOn ?? null;
  drawPartyHeader(doc, headingLines(congress), plainText(placeAndDateLine(congress.place, date)));
  paragraph(doc, 'TỔNG HỢP KẾT QUẢ BẦU CỬ', { font: 'bold', size: SIZE.title, align: 'center', after: 2 });
  paragraph(doc, assemblyName(congress), { font: 'bold', align: 'center', after: 14 });
  if (input.elections.length === 0) paragraph(doc, `${capitalized(assemblyWords(congress.kind).body)} chưa có cuộc bầu nào.`, { font: 'italic' });

  const { term } = nameAndTerm(congress);
  if (input.finals.length > 0) {
    heading(doc, FINAL_RESULTS_TITLE, 90, { font: 'bold', size: SIZE.title, align: 'center', after: 6 });
    drawFinalResults(doc, input, term, rehearsal);
    heading(doc, ROUNDS_TITLE, 90, { font: 'bold', size: SIZE.title, align: 'center', after: 6 });
  }
  roundsInOrder(input).forEach((round, i) => drawRound(doc, round, i + 1, { term, words: assemblyWords(congress.kind), rehearsal }));
  return pdf.toBytes();
}
