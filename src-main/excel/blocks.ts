import type { BlockKind } from '../../shared/api/excel-preview';
import type { InvalidReason } from '../../shared/domain';
import { normalizeText } from '../../shared/text/normalize';
import { integerIn, type GridCell } from './grid';
import { attributeOf, readDetails, type CandidateDetails } from './candidate-details';
import { readHeader, type Role } from './table-header';
import type { PlacedText } from './hints';
import { MARK_EXPECTED, readMark } from './marks';
import type { HeaderName, NameLine } from './name-lines';
import { problem, type ImportProblem } from './problems';
import { readValidityCell } from './rulings';
import { placeName, type SheetView } from './view';
import { fold, teamLabel, totalsLabel, type FigureKind, type HeaderKind } from './vocabulary';

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

export type { BlockKind };

/** One table of a sheet: a header naming candidates and the lines below it. */
export interface Block {
  sheet: string;
  /** "BCH", or "BCH#2" for the second table on the sheet. */
  key: string;
  kind: BlockKind;
  transposed: boolean;
  headerPlace: string;
  candidates: HeaderName[];
  ballots: BallotLine[];
  teams: TeamLine[];
  totals: TotalsLine[];
  details: CandidateDetails[];
  /** Titles, hints, notes: every text of the table's area that is not data. */
  texts: PlacedText[];
  symbols: Map<string, number>;
  skipped: string[];
  problems: ImportProblem[];
  /** The last line that belongs to the table (data, totals, skipped lines); titles below it are
   *  the next table's. */
  lastDataLine: number;
}

function ballotNumberOf(text: string): number | null {
  const match = /^(?:phieu\s*(?:so)?|p|so)?\s*(\d{1,7})\.?$/.exec(fold(text));
  return match ? Number(match[1]) : null;
}

export interface BlockExtent {
  sheet: string;
  key: string;
  view: SheetView;
  nameLine: NameLine;
  /** Lines of the view the table may use: from the end of the previous table to the next one. */
  firstLine: number;
  lastLine: number;
  skip: ReadonlySet<string>;
}

/**
 * Reads one table: its header (the name line, and the line of candidate numbers above or below
 * it), then each line: a ballot, a team's totals, a candidate's details, a group label ("Tổ 1"),
 * a totals line, or free text (titles and hints). Marks that are not marks are errors naming
 * their cell; nothing is guessed.
 */
export function readBlock(extent: BlockExtent): Block {
  const { view, sheet, nameLine } = extent;
  const problems: ImportProblem[] = [];
  const placeOf = (line: number, position: number) => placeName(sheet, view.cellName(line, position));
  const linePlace = (line: number) => `Sheet "${sheet}", ${view.lineName(line)}`;
  const candidates = nameLine.names;
  const positions = candidates.map((c) => c.position);
  const header = readHeader(view, nameLine, extent);
  // What the table reads is not a hint: whole data lines, and header cells one by one.
  const consumedLines = new Set<number>();
  const consumed = header.consumed;
  const { headerLines, roles, firstName, labelPosition, dataStart, dataLines } = header;
  const positionsOf = (kind: Role['kind']) => [...roles.entries()].filter(([, r]) => r.kind === kind).map(([p]) => p);
  const teamPositions = positionsOf('team');
  const notePositions = positionsOf('note');
  const validityPositions = [...positionsOf('validity'), ...positionsOf('invalidity')];
  const figurePositions = [...roles.entries()].filter(([, r]) => r.kind === 'figure') as [number, Extract<Role, { kind: 'figure' }>][];
  const reasonPositions = [...roles.entries()].filter(([, r]) => r.kind === 'reason') as [number, Extract<Role, { kind: 'reason' }>][];

  const ballots: BallotLine[] = [];
  const teams: TeamLine[] = [];
  const totals: TotalsLine[] = [];
  const attributeLines: { line: number; kind: HeaderKind }[] = [];
  const symbols = new Map<string, number>();
  const skipped: string[] = [];
  let group: string | null = null;
  const numbersSeen = new Map<number, number>();

  let lastDataLine = dataStart - 1;
  // Lines above the header are titles, left for the hints.
  for (const line of dataLines) {
    let filledCount = 0;
    let firstFilled = 0;
    for (const position of view.filled(line)) {
      if (view.text(line, position) === '') continue;
      if (filledCount++ === 0) firstFilled = position;
    }
    if (filledCount === 0) continue;
    if (extent.skip.has(view.lineRef(line))) {
      skipped.push(view.lineRef(line));
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    const label = labelPosition !== null ? view.shown(line, labelPosition) : '';
    const valueCells = positions.map((p) => view.cell(line, p));
    const marked = valueCells.filter((c) => c && c.text !== '').length;
    const formulas = valueCells.some((c) => c?.formula != null);
    const onlyText = filledCount === 1 ? view.text(line, firstFilled) : null;
    const groupLabel = teamLabel(label) ?? (onlyText !== null ? teamLabel(onlyText) : null);
    const figureValues = figurePositions.filter(([p]) => view.text(line, p) !== '');

    // A label line for the ballots below it ("Tổ 1", "Hòm phiếu 2").
    if (groupLabel !== null && marked === 0 && figureValues.length === 0) {
      group = groupLabel;
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    const firstText = view.text(line, firstFilled);
    const number = groupLabel === null ? ballotNumberOf(label) : null;
    // A totals line has something under the names; a hint such as "Số lượng cần bầu: 5" has not.
    if (formulas || (number === null && (marked > 0 || figureValues.length > 0) && (totalsLabel(label) || totalsLabel(firstText)))) {
      const value = (cell: GridCell | undefined, position: number): TotalsValue | null =>
        cell ? { cell: view.cellName(line, position), value: typeof cell.value === 'number' ? cell.value : integerIn(cell), formula: cell.formula } : null;
      totals.push({
        line,
        label: label || firstText,
        place: linePlace(line),
        values: positions.map((p, i) => value(valueCells[i], p)),
        figures: Object.fromEntries(figurePositions.map(([p, r]) => [r.figure, value(view.cell(line, p), p)]).filter(([, v]) => v !== null)),
      });
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    if (groupLabel !== null) {
      // A counting team's totals: integers under the names and beside the figures.
      const figures: Partial<Record<FigureKind, number>> = {};
      const reasons: Partial<Record<InvalidReason, number>> = {};
      const readCount = (position: number): number | null => {
        const cell = view.cell(line, position);
        if (!cell || cell.text === '') return null;
        const n = integerIn(cell);
        if (n === null || n < 0) {
          problems.push(problem('error', 'NOT_A_COUNT', placeOf(line, position), `"${cell.text}" không phải là số phiếu (cần một số nguyên không âm)`, { sheet, line: view.lineRef(line) }));
          return null;
        }
        return n;
      };
      for (const [p, role] of figurePositions) {
        const n = readCount(p);
        if (n !== null) figures[role.figure] = n;
      }
      for (const [p, role] of reasonPositions) {
        const n = readCount(p);
        if (n !== null) reasons[role.reason] = (reasons[role.reason] ?? 0) + n;
      }
      teams.push({ line, ref: view.lineRef(line), place: linePlace(line), team: groupLabel, figures, reasons, votes: positions.map((p) => readCount(p) ?? 0), voteCells: positions.map((p) => view.cellName(line, p)) });
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    const attribute = roles.get(labelPosition ?? -1)?.kind === 'name' ? attributeOf(view, line, firstName) : null;
    if (attribute) {
      attributeLines.push({ line, kind: attribute });
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    if (marked > 0 || number !== null) {
      const marks: (string | null)[] = [];
      let bad = false;
      positions.forEach((p, i) => {
        const reading = readMark(valueCells[i]);
        if (reading.kind === 'mark') {
          marks.push(reading.symbol);
          symbols.set(reading.symbol, (symbols.get(reading.symbol) ?? 0) + 1);
        } else {
          marks.push(null);
          if (reading.kind === 'bad') {
            bad = true;
            problems.push(problem('error', 'BAD_MARK', placeOf(line, p), `"${reading.text}" không phải là dấu hợp lệ (cần một trong: ${MARK_EXPECTED})`, { sheet, line: view.lineRef(line) }));
          }
        }
      });
      if (number === null && label !== '' && labelPosition !== null && roles.get(labelPosition)?.kind === 'number') {
        problems.push(problem('error', 'BAD_BALLOT_NUMBER', placeOf(line, labelPosition), `"${label}" không phải là số phiếu (cần một số nguyên)`, { sheet, line: view.lineRef(line) }));
        bad = true;
      }
      if (number !== null) {
        const earlier = numbersSeen.get(number);
        if (earlier !== undefined) problems.push(problem('warning', 'DUPLICATE_BALLOT_NUMBER', linePlace(line), `số phiếu ${number} đã có ở ${view.lineName(earlier)}`));
        else numbersSeen.set(number, line);
      }
      const team = teamPositions.map((p) => view.shown(line, p)).find((t) => t !== '') ?? null;
      const notePosition = notePositions.find((p) => view.text(line, p) !== '');
      const validityPosition = validityPositions.find((p) => view.text(line, p) !== '');
      const validity = validityPosition === undefined ? null : readValidityCell(view.text(line, validityPosition), roles.get(validityPosition)?.kind === 'invalidity' ? 'invalidity' : 'validity');
      if (validityPosition !== undefined && validity === null) {
        problems.push(problem('warning', 'UNCLEAR_VALIDITY', placeOf(line, validityPosition), `"${view.text(line, validityPosition)}" không rõ là hợp lệ hay không: bỏ qua, phiếu được xét theo các dấu`));
      }
      if (!bad) {
        ballots.push({
          line,
          ref: view.lineRef(line),
          place: linePlace(line),
          number,
          team: team === null ? group : normalizeTeam(team, roles.get(teamPositions[0] as number)?.header ?? ''),
          marks,
          note: notePosition === undefined ? null : view.text(line, notePosition),
          notePlace: notePosition === undefined ? null : placeOf(line, notePosition),
          validity,
        });
      }
      consumedLines.add(line);
      lastDataLine = line;
      continue;
    }
    // Free text: a note under the table, a signature line; left for the hints.
  }

  const details = readDetails(view, positions, attributeLines);
  const texts: PlacedText[] = [];
  const headerSet = new Set(headerLines);
  // Header cells are those of the header lines from where the table starts (not the titles above it).
  const tableStart = Math.min(firstName, ...roles.keys());
  for (const line of view.lines) {
    if (line < extent.firstLine || line > extent.lastLine || consumedLines.has(line)) continue;
    for (const position of view.filled(line)) {
      const cell = view.cell(line, position);
      if (!cell || cell.text === '' || consumed.has(`${line}:${position}`) || typeof cell.value === 'number') continue;
      texts.push({ text: cell.text, place: placeOf(line, position), header: headerSet.has(line) && position >= tableStart });
    }
  }
  // Header cells of no known role are hints ("Gạch tên" over the names), and so are totals labels ("Số lần bị gạch").
  for (const [p, role] of roles) if (role.kind === 'label') texts.push({ text: role.header, place: placeOf(nameLine.line, p), header: true });
  for (const t of totals) texts.push({ text: t.label, place: t.place, header: true });

  const kind: BlockKind = teams.length > 0 ? 'teams' : ballots.length > 0 || problems.some((p) => p.code === 'BAD_MARK') ? 'ballots' : 'candidates';
  if (kind === 'teams' && ballots.length > 0) {
    for (const b of ballots) problems.push(problem('error', 'BALLOT_IN_TEAM_TABLE', b.place, 'dòng này trông như một phiếu nhưng bảng là bảng tổng hợp theo tổ (cần tên tổ, ví dụ "Tổ 1", và các số phiếu)', { sheet, line: b.ref }));
  }
  return {
    sheet,
    key: extent.key,
    kind,
    transposed: view.transposed,
    headerPlace: placeName(sheet, view.cellName(nameLine.line, firstName)),
    candidates,
    ballots,
    teams,
    totals,
    details,
    texts,
    symbols,
    skipped,
    problems,
    lastDataLine,
  };
}

/** A team column holding "1", "2" under a header "Tổ": the team is "Tổ 1". */
function normalizeTeam(value: string, header: string): string {
  if (teamLabel(value)) return normalizeText(value);
  const head = normalizeText(header).replace(/[:.]+$/, '');
  return /^\d+$/.test(value) && head !== '' ? `${head} ${value}` : normalizeText(value);
}
