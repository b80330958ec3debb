import type { WorkbookWriter } from './sheet-writer';
import type { ElectionInFile } from '../../../shared/congress-file/schema';
import { INVALID_REASON_LABELS, INVALID_REASONS, OFFICE_LABELS, type BallotRecord } from '../../../shared/domain';
import { SEATS_LABEL } from '../../../shared/minutes/figures';
import { shownMoment } from '../../../shared/format/date';
import { ballotContext } from '../../../shared/rules/tally';
import { judgeBallot, markFor, type BallotContext } from '../../../shared/rules/validity';
import { ballotRecordFromEntry } from '../../../shared/validation/ballot-entry';
import { columnName } from '../grid';
import {
  BALLOT_COLUMNS,
  CANDIDATE_COLUMNS,
  CODES_ROW_LABEL,
  IDS_ROW_LABEL,
  INVALID,
  MARK_TEXT,
  NOMINATION_LABELS,
  NOT_READ,
  PAPER_NOT_COUNTED,
  RULING_LABELS,
  STRUCK,
  TEAM_COLUMNS,
  UNUSED_NUMBER_NOTE,
  VALID,
  WITHDRAWN,
  WITHDRAWN_NAME_SUFFIX,
  WITHDRAWN_ON_PAPER,
} from './layout';
import { isStruckOnPaper, paperList, paperNumbers, standingList } from '../../../shared/rules/paper-list';
import { BODY, BOLD, BOX, CENTER, ITALIC, SheetWriter, SMALL, TITLE, formula, addSheet, printArea, type CellInput, type CellStyle } from './sheet-writer';

/** Where the results sheet finds the ballots and the team totals of an election. */
export interface BallotSheetRanges {
  sheet: string;
  firstRow: number;
  lastRow: number;
  /** Candidate column by id (candidates on the ballot only). */
  candidateCol: Map<string, number>;
  verdictCol: number;
  reasonCol: number;
}

export interface TeamSheetRanges {
  sheet: string;
  firstRow: number;
  lastRow: number;
  returnedCol: number;
  validCol: number;
  invalidCol: number;
  reasonCol: Map<string, number>;
  candidateCol: Map<string, number>;
}

const CANDIDATE_HEADER_ROW = 3;
const BALLOT_ROW: CellStyle = { font: BODY };
const NOT_COUNTED_ROW: CellStyle = { font: { ...BODY, italic: true, color: { argb: 'FF666666' } } };
const MARK_CELL: CellStyle = { font: BODY, alignment: { horizontal: 'center' } };
const BALLOT_HEADER_ROW = 5;

export function candidateSheet(workbook: WorkbookWriter, sheetName: string, election: ElectionInFile): void {
  const sheet = addSheet(workbook, sheetName, { views: [{ state: 'frozen', ySplit: CANDIDATE_HEADER_ROW }] });
  const headers = Object.values(CANDIDATE_COLUMNS);
  // Column B, the candidates' ids, is for the program: hidden.
  sheet.columns = [6, 8, 28, 10, 12, 10, 36, 24, 18, 10].map((width, i) => ({ width, hidden: i === 1, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text(`DANH SÁCH BẦU CỬ: ${sheetTitle(election)}`, headers.length, { font: TITLE, alignment: CENTER }, 36);
  w.skip();
  const headerRow = w.row(headers, { font: BOLD, border: BOX, alignment: CENTER });
  // TT is the number the paper prints (RULES R1): none for a name withdrawn before printing.
  const numbers = paperNumbers(election.candidates);
  election.candidates.forEach((c, i) =>
    w.row(
      [numbers[i] ?? '', c.id, c.name, c.birthYear ?? '', c.birthDate ?? '', c.gender === 'nam' ? 'Nam' : c.gender === 'nữ' ? 'Nữ' : '', c.position ?? '', c.note ?? '', c.nomination ? NOMINATION_LABELS[c.nomination] : '', !c.withdrawn ? '' : isStruckOnPaper(c) ? WITHDRAWN_ON_PAPER : WITHDRAWN],
      { font: BODY, border: BOX },
    ),
  );
  printArea(sheet, headers.length, w.rowNumber - 1, `${headerRow}:${headerRow}`);
  sheet.commit();
}

/** The paper as read: a struck name (x), the boxes of a format-B name, a dash when not read. */
function cellFor(record: BallotRecord, id: string, context: BallotContext): string {
  const { choice } = record;
  if (choice.kind === 'none') return NOT_READ;
  if (context.format === 'A') {
    const struck = choice.kind === 'struck' ? choice.ids.includes(id) : choice.kind === 'kept' ? !choice.ids.includes(id) : false;
    return struck ? STRUCK : '';
  }
  const mark = markFor(choice, id);
  return mark === 'none' ? '' : MARK_TEXT[mark];
}

/** Stacks of identical ballots become one row each; the copies get the stack's id with "#2", "#3"… */
function expandedIds(election: ElectionInFile): (string | undefined)[][] {
  const used = new Set(election.ballots.map((b) => b.id).filter((id): id is string => id !== undefined));
  return election.ballots.map((b) => {
    const ids: (string | undefined)[] = [b.id];
    for (let copy = 2; copy <= b.count; copy++) {
      if (b.id === undefined) {
        ids.push(undefined);
        continue;
      }
      let id = `${b.id}#${copy}`;
      for (let n = 2; used.has(id); n++) id = `${b.id}#${copy}.${n}`;
      used.add(id);
      ids.push(id);
    }
    return ids;
  });
}

/** A paper number with no ballot that counts: undone right after entry or voided, as the app knows it. */
export interface PaperNotCounted {
  number: number;
  lastNumber: number;
  undone: boolean;
  reason: string | null;
}

/** The election's title as the sheets head it: as entered, else what is elected. */
export function sheetTitle(election: Pick<ElectionInFile, 'title' | 'office'>): string {
  return (election.title || `Bầu ${OFFICE_LABELS[election.office]}`).toLocaleUpperCase('vi');
}

/**
 * One row per paper number, as the papers are numbered: a ballot's papers (a stack's each its own
 * row), and a number no ballot counts for said so ("Đã hoàn tác", "Đã hủy" and why, or from a
 * congress file that does not say which, "Số không dùng"); those are not counted nor read back.
 * Its id, team, a mark per name, the committee's ruling, the verdict, who entered it and when (on
 * the clock of the room; the instant itself in a hidden column, with the ids).
 */
export function ballotSheet(workbook: WorkbookWriter, sheetName: string, election: ElectionInFile, notCounted: readonly PaperNotCounted[] = []): BallotSheetRanges {
  const context = ballotContext({ candidates: election.candidates, seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
  // A column per name the paper prints, in paper order; a name withdrawn after printing keeps its column (its marks count for nothing).
  const onBallot = paperList(election.candidates);
  const sheet = addSheet(workbook, sheetName, { landscape: onBallot.length > 12, views: [{ state: 'frozen', xSplit: 3, ySplit: BALLOT_HEADER_ROW }] });
  const first = 4;
  const after = first + onBallot.length;
  const cols = { ruling: after, note: after + 1, verdict: after + 2, reason: after + 3, operator: after + 4, at: after + 5, atCode: after + 6 };
  sheet.columns = [6, 14, 10, ...onBallot.map(() => 7), 24, 24, 13, 30, 14, 18, 24].map((width, i) => ({ width, hidden: i + 1 === 2 || i + 1 === cols.atCode, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  const width = cols.reason;
  w.text(`PHIẾU BẦU: ${sheetTitle(election)}`, width, { font: TITLE, alignment: CENTER }, 36);
  const legend =
    context.format === 'A'
      ? `Mỗi dòng một tờ phiếu, theo số phiếu. "${STRUCK}": tên bị gạch; ô trống: tên được bầu. "${NOT_READ}": phiếu chỉ ghi kết luận của Ban kiểm phiếu. Số đã hoàn tác hay đã hủy có dòng riêng, không tính. ${SEATS_LABEL}: ${election.seats}.`
      : `Mỗi dòng một tờ phiếu, theo số phiếu. "${MARK_TEXT.agree}": đồng ý; "${MARK_TEXT.disagree}": không đồng ý; "${MARK_TEXT.both}": đánh cả hai ô; ô trống: không đánh dấu. "${NOT_READ}": phiếu chỉ ghi kết luận của Ban kiểm phiếu. Số đã hoàn tác hay đã hủy có dòng riêng, không tính. ${SEATS_LABEL}: ${election.seats}.`;
  w.text(legend, width, { font: ITALIC }, 32);
  w.skip();
  const ids: CellInput[] = [IDS_ROW_LABEL, '', ''];
  onBallot.forEach((c) => ids.push(c.id));
  w.row(ids, { font: SMALL, alignment: CENTER }, {}, undefined, true);
  const headerRow = w.row([BALLOT_COLUMNS.number, BALLOT_COLUMNS.id, BALLOT_COLUMNS.team, ...onBallot.map((c) => (c.withdrawn ? `${c.name}${WITHDRAWN_NAME_SUFFIX}` : c.name)), BALLOT_COLUMNS.ruling, BALLOT_COLUMNS.note, BALLOT_COLUMNS.verdict, BALLOT_COLUMNS.reason, BALLOT_COLUMNS.operator, BALLOT_COLUMNS.at, BALLOT_COLUMNS.atCode], {
    font: BOLD,
    border: BOX,
    alignment: CENTER,
  }, {}, 48);
  const firstRow = w.rowNumber;
  const markCells = Object.fromEntries(onBallot.map((_, j) => [first + j, MARK_CELL]));
  const emptyMarks = onBallot.map(() => '');
  /** The numbers before `upTo` no ballot took, each its own row. */
  let next = 1;
  const notCountedUpTo = (upTo: number) => {
    for (; next < upTo; next++) {
      const known = notCounted.find((p) => p.number <= next && next <= p.lastNumber);
      const label = known ? (known.undone ? PAPER_NOT_COUNTED.undone : PAPER_NOT_COUNTED.voided) : PAPER_NOT_COUNTED.unused;
      w.row([next, '', '', ...emptyMarks, '', '', label, known ? (known.reason ?? '') : UNUSED_NUMBER_NOTE], NOT_COUNTED_ROW, markCells);
    }
  };
  const expanded = expandedIds(election);
  election.ballots.forEach((entry, i) => {
    const record = ballotRecordFromEntry(entry);
    const verdict = judgeBallot(record.choice, record.ruling, context);
    const marks = onBallot.map((c) => cellFor(record, c.id, context));
    // The file's paper numbers when it has them (a voided paper's number is then missing, not reused).
    if (entry.number !== undefined) notCountedUpTo(entry.number);
    for (const id of expanded[i] ?? []) {
      w.row(
        [next++, id ?? '', entry.team ?? '', ...marks, record.ruling ? RULING_LABELS[record.ruling] : '', entry.note ?? '', verdict.valid ? VALID : INVALID, verdict.valid ? '' : INVALID_REASON_LABELS[verdict.reason], entry.operator ?? '', entry.at ? shownMoment(entry.at) : '', entry.at ?? ''],
        BALLOT_ROW,
        markCells,
      );
    }
  });
  notCountedUpTo(Math.max(next, ...notCounted.map((p) => p.lastNumber + 1)));
  printArea(sheet, cols.reason, Math.max(headerRow, w.rowNumber - 1), `${headerRow}:${headerRow}`);
  sheet.commit();
  return {
    sheet: sheetName,
    firstRow,
    lastRow: w.rowNumber - 1,
    candidateCol: new Map(onBallot.map((c, j) => [c.id, first + j])),
    verdictCol: cols.verdict,
    reasonCol: cols.reason,
  };
}

/** The teams that counted by hand: their figures, invalid ballots by reason, votes per name. */
export function teamSheet(workbook: WorkbookWriter, sheetName: string, election: ElectionInFile): TeamSheetRanges {
  const sheet = addSheet(workbook, sheetName, { landscape: true });
  const onBallot = standingList(election.candidates);
  const reasonFirst = 5;
  const candidateFirst = reasonFirst + INVALID_REASONS.length;
  sheet.columns = [12, 10, 10, 10, ...INVALID_REASONS.map(() => 12), ...onBallot.map(() => 9)].map((width) => ({ width, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text(`TỔNG HỢP THEO TỔ KIỂM PHIẾU: ${sheetTitle(election)}`, 8, { font: TITLE, alignment: CENTER }, 36);
  w.row([CODES_ROW_LABEL, '', '', '', ...INVALID_REASONS, ...onBallot.map((c) => c.id)], { font: SMALL, alignment: CENTER }, {}, undefined, true);
  const headerRow = w.row([TEAM_COLUMNS.team, TEAM_COLUMNS.returned, TEAM_COLUMNS.valid, TEAM_COLUMNS.invalid, ...INVALID_REASONS.map((r) => INVALID_REASON_LABELS[r]), ...onBallot.map((c) => c.name)], { font: BOLD, border: BOX, alignment: CENTER }, {}, 90);
  const firstRow = w.rowNumber;
  for (const total of election.teamTotals) {
    const row = w.rowNumber;
    const invalid = INVALID_REASONS.reduce((n, r) => n + (total.invalid[r] ?? 0), 0);
    const reasonRange = `${columnName(reasonFirst)}${row}:${columnName(candidateFirst - 1)}${row}`;
    w.row([total.team, total.returned, total.valid, formula(`SUM(${reasonRange})`, invalid), ...INVALID_REASONS.map((r) => total.invalid[r] ?? 0), ...onBallot.map((c) => total.votes[c.id] ?? 0)], { border: BOX });
  }
  printArea(sheet, candidateFirst + onBallot.length - 1, Math.max(headerRow, w.rowNumber - 1), `${headerRow}:${headerRow}`);
  sheet.commit();
  return {
    sheet: sheetName,
    firstRow,
    lastRow: w.rowNumber - 1,
    returnedCol: 2,
    validCol: 3,
    invalidCol: 4,
    reasonCol: new Map(INVALID_REASONS.map((r, i) => [r, reasonFirst + i])),
    candidateCol: new Map(onBallot.map((c, i) => [c.id, candidateFirst + i])),
  };
}
