import { blockingProblemsError } from '../../shared/api/blocking';
import type { TitledFinalResult } from '../../shared/congress-file/final';
import { electedHeading, figuresSentences, resultFigures } from '../../shared/minutes/figures';
import { outcomeSentence, outcomeStatement } from '../../shared/minutes/outcome';
import { electionSubject, electionTitleLine, type AssemblyWords } from '../../shared/minutes/wording';
import { shortCode } from '../../shared/seal/seal';
import { DATA_CODE_LABEL } from './document';
import { bulletList, heading, paragraph } from './layout';
import type { SummaryElection } from './summary-input';
import { drawTable } from './table';

/**
 * Part II of the summary: every round, an office's rounds together in their order (issue 18,
 * item 7), whatever order they were created in: the app gives a further round the next place,
 * after the offices elected meanwhile.
 */
export function roundsInOrder<E extends Pick<SummaryElection, 'tally' | 'continues'>>(input: { elections: readonly E[]; finals: readonly Pick<TitledFinalResult, 'first'>[] }): E[] {
  const byId = new Map(input.elections.map((e) => [e.tally.id, e]));
  /** The first round of the office a round belongs to (a voided round's too). */
  const firstOf = (round: E): string => {
    const seen = new Set<string>();
    let at = round;
    while (at.continues !== null && !seen.has(at.tally.id)) {
      seen.add(at.tally.id);
      const up = byId.get(at.continues);
      if (up === undefined) break;
      at = up;
    }
    return at.tally.id;
  };
  const offices = [...new Set([...input.finals.map((f) => f.first), ...input.elections.map(firstOf)])];
  return offices.flatMap((first) =>
    input.elections
      .map((e, position) => ({ e, position }))
      .filter(({ e }) => firstOf(e) === first)
      .sort((a, b) => a.e.tally.round - b.e.tally.round || a.position - b.position)
      .map(({ e }) => e),
  );
}

/** One round: its figures, whether locked and its code, those elected in vote order, its outcome. */
export function drawRound(doc: PDFKit.PDFDocument, round: SummaryElection, n: number, context: { term: string | null; words: AssemblyWords; rehearsal: boolean }): void {
  const { election, tally, lock } = round;
  const subject = electionSubject(election);
  heading(doc, `${n}. ${electionTitleLine(election, context.term, tally.round)}`, 70, { font: 'bold', align: 'left' });
  bulletList(doc, [
    ...figuresSentences(resultFigures(tally, { requireMajority: election.requireMajority })),
    // The round's seal in full is on its minutes; the summary's own seal (in every footer) binds it.
    lock ? `Đã chốt kết quả; ${DATA_CODE_LABEL.toLocaleLowerCase('vi')} bắt đầu bằng ${shortCode(lock.fingerprint)} (in đầy đủ trên biên bản kiểm phiếu của vòng này).` : 'Chưa chốt kết quả.',
  ]);
  if (round.voided) {
    paragraph(doc, 'Vòng bầu này đã bị hủy, không tính: phải bầu lại từ kết quả đã sửa của vòng trước.', { font: 'bold' });
    return;
  }
  const blocked = blockingProblemsError(tally.problems, 'công bố kết quả');
  if (blocked && !context.rehearsal) {
    paragraph(doc, 'Chưa có kết quả chính thức: các kiểm tra sau chưa đạt.', { font: 'bold' });
    bulletList(doc, (blocked.details ?? []).map((d) => `${d.message}.`));
    return;
  }
  if (tally.elected.length > 0) {
    const byId = new Map(tally.candidates.map((c) => [c.id, c]));
    heading(doc, electedHeading(subject, tally.elected.length), 50);
    drawTable(doc, {
      columns: [{ header: 'TT', width: 8, align: 'center' }, { header: 'Họ và tên', width: 58 }, { header: 'Số phiếu', width: 16, align: 'right' }, { header: `Tỷ lệ %\nso với ${tally.base}`, width: 18, align: 'right' }],
      rows: tally.elected.map((id, i) => {
        const c = byId.get(id);
        return [String(i + 1), c?.name ?? id, String(c?.votes ?? ''), c?.percent ?? ''];
      }),
    });
  } else {
    paragraph(doc, electedHeading(subject, 0), { font: 'bold' });
  }
  paragraph(doc, outcomeSentence(outcomeStatement(tally, subject, context.words)), { font: 'bold' });
  doc.y += 6;
}
