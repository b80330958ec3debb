import type { InvalidReason } from '../../shared/domain';
import { normalizeText } from '../../shared/text/normalize';
import { attributeOf } from './candidate-details';
import { integerIn, type GridCell } from './grid';
import { MARK_EXPECTED, readMark } from './marks';
import { problem, TableProblems } from './problems';
import { readValidityCell } from './rulings';
import { filledText, lineCells, linePlace, placeOf, type LineCells, type TableLayout } from './table-layout';
import { teamLabel, totalsLabel, type FigureKind, type HeaderKind } from './vocabulary';

export interface BallotLine {
  line: number;
  ref: string;
  place: string;
  number: number | null;
  team: string | null;
  /** The mark symbol in each candidate's cell, in header order; null where empty. */
  marks: (string | null)[];
  note: string | null;
  notePlace: string | null;
  validity: 'valid' | 'invalid' | null;
}

export interface TotalsValue {
  cell: string;
  value: number | null;
  formula: string | null;
}

/** A totals row (or column): skipped, its saved values compared with our own count. */
export interface TotalsLine {
  line: number;
  label: string;
  place: string;
  /** One per candidate, in header order. */
  values: (TotalsValue | null)[];
  figures: Partial<Record<FigureKind, TotalsValue>>;
}

export interface TeamLine {
  line: number;
  ref: string;
  place: string;
  team: string;
  figures: Partial<Record<FigureKind, number>>;
  reasons: Partial<Record<InvalidReason, number>>;
  /** One per candidate, in header order, with the cells they were read from. */
  votes: number[];
  voteCells: string[];
}

/** What the lines of a table were read as. */
export interface LinesRead {
  ballots: BallotLine[];
  teams: TeamLine[];
  totals: TotalsLine[];
  attributeLines: { line: number; kind: HeaderKind }[];
  symbols: Map<string, number>;
  skipped: string[];
  problems: TableProblems;
  /** Lines read as data (not hints). */
  consumedLines: Set<number>;
  /** The last line that belongs to the table. */
  lastDataLine: number;
}

/** The reading state across lines: the group label ("Tổ 1") above, the ballot numbers seen. */
interface Reading extends LinesRead {
  group: string | null;
  numbersSeen: Map<number, number>;
}

/** A label line for the ballots below it ("Tổ 1", "Hòm phiếu 2"). */
function isGroupLabel(cells: LineCells): boolean {
  return cells.groupLabel !== null && cells.marked === 0 && cells.figureCount === 0;
}

/** A totals line has something under the names; a hint such as "Số lượng cần bầu: 5" has not. */
function isTotalsLine(cells: LineCells): boolean {
  const formulas = cells.valueCells.some((c) => c?.formula != null);
  return formulas || (cells.number === null && (cells.marked > 0 || cells.figureCount > 0) && (totalsLabel(cells.label) || totalsLabel(cells.firstText)));
}

function totalsLine(layout: TableLayout, cells: LineCells): TotalsLine {
  const { view, positions, figurePositions } = layout;
  const { line } = cells;
  const value = (cell: GridCell | undefined, position: number): TotalsValue | null =>
    cell ? { cell: view.cellName(line, position), value: typeof cell.value === 'number' ? cell.value : integerIn(cell), formula: cell.formula } : null;
  return {
    line,
    label: cells.label || cells.firstText,
    place: linePlace(layout, line),
    values: positions.map((p, i) => value(cells.valueCells[i], p)),
    figures: Object.fromEntries(figurePositions.map(([p, r]) => [r.figure, value(view.cell(line, p), p)]).filter(([, v]) => v !== null)),
  };
}

/** A counting team's totals: integers under the names and beside the figures. */
function teamLine(layout: TableLayout, problems: TableProblems, cells: LineCells, team: string): TeamLine {
  const { view, sheet, positions } = layout;
  const { line } = cells;
  const figures: Partial<Record<FigureKind, number>> = {};
  const reasons: Partial<Record<InvalidReason, number>> = {};
  const readCount = (position: number): number | null => {
    const cell = view.cell(line, position);
    if (!cell || cell.text === '') return null;
    const n = integerIn(cell);
    if (n === null || n < 0) {
      problems.add(problem('error', 'NOT_A_COUNT', placeOf(layout, line, position), `"${cell.text}" không phải là số phiếu (cần một số nguyên không âm)`, { sheet, line: view.lineRef(line) }));
      return null;
    }
    return n;
  };
  for (const [p, role] of layout.figurePositions) {
    const n = readCount(p);
    if (n !== null) figures[role.figure] = n;
  }
  for (const [p, role] of layout.reasonPositions) {
    const n = readCount(p);
    if (n !== null) reasons[role.reason] = (reasons[role.reason] ?? 0) + n;
  }
  return { line, ref: view.lineRef(line), place: linePlace(layout, line), team, figures, reasons, votes: positions.map((p) => readCount(p) ?? 0), voteCells: positions.map((p) => view.cellName(line, p)) };
}

/** The mark in each candidate's cell; a cell that is not a mark is an error naming it. */
function readMarks(layout: TableLayout, reading: Reading, cells: LineCells): { marks: (string | null)[]; bad: boolean } {
  const { view, sheet } = layout;
  let bad = false;
  const marks = layout.positions.map((p, i) => {
    const mark = readMark(cells.valueCells[i]);
    if (mark.kind === 'mark') {
      reading.symbols.set(mark.symbol, (reading.symbols.get(mark.symbol) ?? 0) + 1);
      return mark.symbol;
    }
    if (mark.kind === 'bad') {
      bad = true;
      reading.problems.add(problem('error', 'BAD_MARK', placeOf(layout, cells.line, p), `"${mark.text}" không phải là dấu hợp lệ (cần một trong: ${MARK_EXPECTED})`, { sheet, line: view.lineRef(cells.line) }));
    }
    return null;
  });
  return { marks, bad };
}

/** A ballot: its marks, number, team, note and what the sheet says of its validity. */
function readBallotLine(layout: TableLayout, reading: Reading, cells: LineCells): void {
  const { view, sheet, header } = layout;
  const { line, label, number } = cells;
  const { roles, labelPosition } = header;
  const { marks, bad: badMark } = readMarks(layout, reading, cells);
  let bad = badMark;
  if (number === null && label !== '' && labelPosition !== null && roles.get(labelPosition)?.kind === 'number') {
    reading.problems.add(problem('error', 'BAD_BALLOT_NUMBER', placeOf(layout, line, labelPosition), `"${label}" không phải là số phiếu (cần một số nguyên)`, { sheet, line: view.lineRef(line) }));
    bad = true;
  }
  if (number !== null) {
    const earlier = reading.numbersSeen.get(number);
    if (earlier !== undefined) reading.problems.add(problem('warning', 'DUPLICATE_BALLOT_NUMBER', linePlace(layout, line), `số phiếu ${number} đã có ở ${view.lineName(earlier)}`));
    else reading.numbersSeen.set(number, line);
  }
  const team = layout.teamPositions.map((p) => view.shown(line, p)).find((t) => t !== '') ?? null;
  const notePosition = layout.notePositions.find((p) => view.text(line, p) !== '');
  const validityPosition = layout.validityPositions.find((p) => view.text(line, p) !== '');
  const validity = validityPosition === undefined ? null : readValidityCell(view.text(line, validityPosition), roles.get(validityPosition)?.kind === 'invalidity' ? 'invalidity' : 'validity');
  if (validityPosition !== undefined && validity === null) {
    reading.problems.add(problem('warning', 'UNCLEAR_VALIDITY', placeOf(layout, line, validityPosition), `"${view.text(line, validityPosition)}" không rõ là hợp lệ hay không: bỏ qua, phiếu được xét theo các dấu`));
  }
  if (bad) return;
  reading.ballots.push({
    line,
    ref: view.lineRef(line),
    place: linePlace(layout, line),
    number,
    team: team === null ? reading.group : normalizeTeam(team, roles.get(layout.teamPositions[0] as number)?.header ?? ''),
    marks,
    note: notePosition === undefined ? null : view.text(line, notePosition),
    notePlace: notePosition === undefined ? null : placeOf(layout, line, notePosition),
    validity,
  });
}

/** A team column holding "1", "2" under a header "Tổ": the team is "Tổ 1". */
function normalizeTeam(value: string, header: string): string {
  if (teamLabel(value)) return normalizeText(value);
  const head = normalizeText(header).replace(/[:.]+$/, '');
  return /^\d+$/.test(value) && head !== '' ? `${head} ${value}` : normalizeText(value);
}

/** Reads one line as what it is; free text (a note under the table, a signature line) is left
 *  for the hints. Returns whether the line belongs to the table's data. */
function readLine(layout: TableLayout, reading: Reading, line: number): boolean {
  const { view, header } = layout;
  const filled = filledText(view, line);
  if (filled === null) return false;
  if (layout.skip.has(view.lineRef(line))) {
    reading.skipped.push(view.lineRef(line));
    return true;
  }
  const cells = lineCells(layout, line, filled);
  if (isGroupLabel(cells)) {
    reading.group = cells.groupLabel;
    return true;
  }
  if (isTotalsLine(cells)) {
    reading.totals.push(totalsLine(layout, cells));
    return true;
  }
  if (cells.groupLabel !== null) {
    reading.teams.push(teamLine(layout, reading.problems, cells, cells.groupLabel));
    return true;
  }
  const attribute = header.roles.get(header.labelPosition ?? -1)?.kind === 'name' ? attributeOf(view, line, header.firstName) : null;
  if (attribute) {
    reading.attributeLines.push({ line, kind: attribute });
    return true;
  }
  if (cells.marked > 0 || cells.number !== null) {
    readBallotLine(layout, reading, cells);
    return true;
  }
  return false;
}

/**
 * Reads each line under the header: a ballot, a team's totals, a candidate's details, a group
 * label ("Tổ 1"), a totals line, or free text (titles and hints). Marks that are not marks are
 * errors naming their cell; nothing is guessed.
 */
export function readLines(layout: TableLayout): LinesRead {
  const reading: Reading = {
    ballots: [],
    teams: [],
    totals: [],
    attributeLines: [],
    symbols: new Map(),
    skipped: [],
    problems: new TableProblems(),
    consumedLines: new Set(),
    lastDataLine: layout.header.dataStart - 1,
    group: null,
    numbersSeen: new Map(),
  };
  for (const line of layout.header.dataLines) {
    if (!readLine(layout, reading, line)) continue;
    reading.consumedLines.add(line);
    reading.lastDataLine = line;
  }
  return reading;
}
