import type { ElectionInFile } from '../../../shared/congress-file/schema';
import { INVALID_REASON_LABELS, INVALID_REASONS } from '../../../shared/domain';
import { percentHundredths } from '../../../shared/format/percent';
import { BALLOT_LABELS, BASE_LABEL, COUNTED_NOTE, electedHeading, electedLine, MAJORITY_NOTE, SEATS_LABEL, VOTES_NEEDED_LABEL } from '../../../shared/minutes/figures';
import { CANDIDATE_STATUS_LABELS, outcomeSentence, outcomeStatement } from '../../../shared/minutes/outcome';
import { capitalized, electionSubject, type AssemblyWords } from '../../../shared/minutes/wording';
import type { ElectionTally } from '../../../shared/rules/tally';
import { reachesMajority } from '../../../shared/rules/threshold';
import { sheetTitle, type BallotSheetRanges, type TeamSheetRanges } from './election-sheets';
import { INVALID, STRUCK, MARK_TEXT, VALID } from './layout';
import { paperRows, WITHDRAWN_AFTER_PRINTING } from '../../../shared/minutes/paper-rows';
import { BODY, BOLD, BOX, CENTER, ITALIC, PERCENT, SheetWriter, TITLE, columnRange, formula, addSheet, printArea, type WorkbookWriter } from './sheet-writer';

/** Cells of the results sheet the minutes refer to. */
export interface ResultCells {
  sheet: string;
  base: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  reasons: Map<string, number>;
  /** Row of each candidate in the results table; votes in column C, percent in D. */
  candidateRow: Map<string, number>;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The results as live formulas over the ballot sheet (and the team sheet): the file checks
 * itself in Excel. Each formula carries the value our one tally computed, so that a reader that
 * does not recalculate shows the same numbers.
 */
export function resultsSheet(workbook: WorkbookWriter, sheetName: string, election: ElectionInFile, tally: ElectionTally, ballots: BallotSheetRanges, teams: TeamSheetRanges | null, congressBaseCell: string, words?: AssemblyWords): ResultCells {
  const sheet = addSheet(workbook, sheetName);
  sheet.columns = [6, 58, 14, 16, 14, 16].map((width) => ({ width, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text(`KẾT QUẢ KIỂM PHIẾU: ${sheetTitle(election)}`, 6, { font: TITLE, alignment: CENTER }, 36);
  w.skip();
  const verdicts = columnRange(ballots.sheet, ballots.verdictCol, ballots.firstRow, ballots.lastRow);
  const reasonsRange = columnRange(ballots.sheet, ballots.reasonCol, ballots.firstRow, ballots.lastRow);
  const teamSum = (col: number | undefined) => (teams && col !== undefined ? `+SUM(${columnRange(teams.sheet, col, teams.firstRow, teams.lastRow)})` : '');

  w.row(['', SEATS_LABEL, election.seats], { border: BOX });
  const baseRow = w.row(['', `${BASE_LABEL} (${MAJORITY_NOTE} so với)`, election.base != null ? election.base : formula(congressBaseCell, tally.base)], { border: BOX });
  const base = `$C$${baseRow}`;
  w.row(['', `${VOTES_NEEDED_LABEL} (${MAJORITY_NOTE})`, formula(`INT(${base}/2)+1`, tally.votesNeeded)], { border: BOX });
  const issuedRow = w.row(['', BALLOT_LABELS.issued, election.ballotsIssued ?? ''], { border: BOX });
  // Papers counted: the rows with a verdict (a number undone or voided has its row, and no verdict).
  const countedFormula = `COUNTIF(${verdicts},${quoted(VALID)})+COUNTIF(${verdicts},${quoted(INVALID)})${teamSum(teams?.returnedCol)}`;
  const returnedRow = w.row(['', BALLOT_LABELS.returned, election.ballotsReturned ?? formula(countedFormula, tally.ballots.counted)], { border: BOX });
  w.row(['', `${BALLOT_LABELS.counted} (${COUNTED_NOTE})`, formula(countedFormula, tally.ballots.counted)], { border: BOX });
  const validRow = w.row(['', BALLOT_LABELS.valid, formula(`COUNTIF(${verdicts},${quoted(VALID)})${teamSum(teams?.validCol)}`, tally.ballots.valid)], { border: BOX });
  const invalidRow = w.row(['', BALLOT_LABELS.invalid, formula(`COUNTIF(${verdicts},${quoted(INVALID)})${teamSum(teams?.invalidCol)}`, tally.ballots.invalid)], { border: BOX });
  const reasons = new Map<string, number>();
  for (const reason of INVALID_REASONS) {
    const row = w.row(['', `   trong đó: ${INVALID_REASON_LABELS[reason].toLocaleLowerCase('vi')}`, formula(`COUNTIF(${reasonsRange},${quoted(INVALID_REASON_LABELS[reason])})${teamSum(teams?.reasonCol.get(reason))}`, tally.ballots.invalidByReason[reason] ?? 0)], { border: BOX, font: { ...BODY, size: 11 } });
    reasons.set(reason, row);
  }
  w.skip();
  const headerRow = w.row(['TT', 'Họ và tên', 'Số phiếu bầu', 'Tỷ lệ % so với cơ sở tính', 'Quá một nửa', 'Kết quả'], { font: BOLD, border: BOX, alignment: CENTER }, {}, 34);
  const candidateRow = new Map<string, number>();
  // In paper order with the printed numbers (RULES R1): a name withdrawn after printing keeps its row, with no vote.
  paperRows(tally).forEach((p) => {
    const c = p.result;
    if (c === null) {
      w.row([p.number, p.name, '—', '', '', capitalized(WITHDRAWN_AFTER_PRINTING)], { border: BOX }, { 1: { alignment: CENTER }, 3: { alignment: CENTER } });
      return;
    }
    const row = w.rowNumber;
    const col = ballots.candidateCol.get(c.id) as number;
    const marks = columnRange(ballots.sheet, col, ballots.firstRow, ballots.lastRow);
    const fromBallots = tally.format === 'A' ? `COUNTIF(${verdicts},${quoted(VALID)})-COUNTIFS(${verdicts},${quoted(VALID)},${marks},${quoted(STRUCK)})` : `COUNTIFS(${verdicts},${quoted(VALID)},${marks},${quoted(MARK_TEXT.agree)})`;
    w.row(
      [
        p.number,
        c.name,
        formula(`${fromBallots}${teamSum(teams?.candidateCol.get(c.id))}`, c.votes),
        formula(`IF(${base}>0,ROUND(C${row}*10000/${base},0)/10000,0)`, percentHundredths(c.votes, tally.base) / 10000),
        formula(`IF(2*C${row}>${base},"Đạt","Không đạt")`, reachesMajority(c.votes, tally.base) ? 'Đạt' : 'Không đạt'),
        CANDIDATE_STATUS_LABELS[c.status],
      ],
      { border: BOX },
      { 1: { alignment: CENTER }, 3: { alignment: CENTER }, 4: { numFmt: PERCENT, alignment: CENTER }, 5: { alignment: CENTER } },
    );
    candidateRow.set(c.id, row);
  });
  w.skip();
  const names = new Map(tally.candidates.map((c) => [c.id, c]));
  const subject = electionSubject({ title: election.title ?? '', office: election.office });
  w.text(electedHeading(subject, tally.elected.length), 6, { font: BOLD });
  tally.elected.forEach((id, i) => {
    const c = names.get(id);
    if (c) w.text(`${i + 1}. ${electedLine(c.name, c.votes)}, đạt ${c.percent}% so với cơ sở tính`, 6);
  });
  w.text(outcomeSentence(outcomeStatement(tally, subject, words)), 6, { font: BOLD });
  for (const p of tally.problems) w.text(`${p.severity === 'error' ? 'Lỗi' : 'Lưu ý'}: ${p.message}`, 6, { font: ITALIC });
  printArea(sheet, 6, w.rowNumber - 1, `${headerRow}:${headerRow}`);
  sheet.commit();
  return { sheet: sheetName, base: baseRow, issued: issuedRow, returned: returnedRow, valid: validRow, invalid: invalidRow, reasons, candidateRow };
}
