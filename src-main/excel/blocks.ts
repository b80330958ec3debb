import type { InvalidReason } from '../../shared/domain';
import { normalizeText } from '../../shared/text/normalize';
import { integerIn, type GridCell } from './grid';
import type { PlacedText } from './hints';
import { MARK_EXPECTED, readMark } from './marks';
import type { HeaderName, NameLine } from './name-lines';
import { problem, type ImportProblem } from './problems';
import { readValidityCell } from './rulings';
import { placeName, type SheetView } from './view';
import { figureKind, fold, headerKind, invalidReasonOfLabel, teamLabel, totalsLabel, type FigureKind, type HeaderKind } from './vocabulary';

/** What a position along the name line holds in every line of the table. */
type Role =
  | { kind: HeaderKind | 'label'; header: string }
  | { kind: 'figure'; header: string; figure: FigureKind }
  | { kind: 'reason'; header: string; reason: InvalidReason };

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

export interface CandidateDetails {
  birthYear?: number;
  birthDate?: string;
  gender?: 'nam' | 'nữ';
  position?: string;
  note?: string;
}

export type BlockKind = 'ballots' | 'teams' | 'candidates';

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

function isIncreasingNumbers(view: SheetView, line: number, positions: readonly number[]): boolean {
  let previous = 0;
  let found = 0;
  for (const position of positions) {
    const n = integerIn(view.cell(line, position));
    if (n === null) continue;
    if (n <= previous) return false;
    previous = n;
    found++;
  }
  return found >= Math.max(1, Math.ceil(positions.length / 2));
}

function roleOf(header: string): Role | null {
  if (header === '') return null;
  const figure = figureKind(header);
  if (figure) return { kind: 'figure', header, figure };
  const kind = headerKind(header);
  if (kind) return { kind, header };
  // A breakdown of invalid ballots is a short label ("- Gạch hết tên"), never a sentence of hints.
  const reason = header.length <= 60 ? invalidReasonOfLabel(header) : null;
  if (reason) return { kind: 'reason', header, reason };
  return { kind: 'label', header };
}

function yearOf(cell: GridCell | undefined): { year?: number; date?: string } {
  if (!cell) return {};
  if (cell.value instanceof Date && !Number.isNaN(cell.value.getTime())) return { year: cell.value.getUTCFullYear(), date: cell.value.toISOString().slice(0, 10) };
  const n = integerIn(cell);
  if (n !== null && n >= 1900 && n <= 2100) return { year: n };
  const date = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell.text);
  if (date) {
    const iso = `${date[3]}-${(date[2] as string).padStart(2, '0')}-${(date[1] as string).padStart(2, '0')}`;
    return Number.isNaN(Date.parse(iso)) ? {} : { year: Number(date[3]), date: iso };
  }
  return {};
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
  // What the table reads is not a hint: whole data lines, and header cells one by one.
  const consumedLines = new Set<number>();
  const consumed = new Set<string>();
  const use = (line: number, position: number) => consumed.add(`${line}:${position}`);
  const placeOf = (line: number, position: number) => placeName(sheet, view.cellName(line, position));
  const linePlace = (line: number) => `Sheet "${sheet}", ${view.lineName(line)}`;
  const candidates = nameLine.names;
  const positions = candidates.map((c) => c.position);
  const namePositions = new Set(positions);
  for (const p of positions) use(nameLine.line, p);

  // The candidate numbers above or below the names (two header lines).
  let numberLine: number | null = null;
  for (const line of [nameLine.line - 1, nameLine.line + 1]) {
    if (line >= extent.firstLine && line <= extent.lastLine && isIncreasingNumbers(view, line, positions)) {
      numberLine = line;
      break;
    }
  }
  const headerLines = numberLine === null ? [nameLine.line] : [nameLine.line, numberLine];
  // "Họ đệm" and "Tên" in two lines: the name is both.
  const joinedGiven = (() => {
    for (let position = 1; position < (positions[0] ?? 1); position++) {
      if (!/^(ho dem|ho va ten dem|ho va dem|ho)$/.test(fold(view.shown(nameLine.line, position)))) continue;
      const next = nameLine.line + 1;
      if (next <= extent.lastLine && /^ten$/.test(fold(view.shown(next, position)))) return next;
    }
    return null;
  })();
  if (joinedGiven !== null) {
    for (const candidate of candidates) {
      const given = view.text(joinedGiven, candidate.position);
      if (given !== '') candidate.name = normalizeText(`${candidate.name} ${given}`);
      use(joinedGiven, candidate.position);
    }
    headerLines.push(joinedGiven);
  }

  // Roles of the other positions, from the header lines (merged headers count everywhere they span).
  // The other header lines lend only headers they name ("STT", "Ghi chú"): a title above the
  // table that happens to sit in the same column is no header.
  const roles = new Map<number, Role>();
  const headerPositions = new Set(headerLines.flatMap((line) => [...view.filled(line), ...view.merged(line)]));
  for (const position of [...headerPositions].sort((a, b) => a - b)) {
    if (namePositions.has(position)) continue;
    for (const line of headerLines) {
      const role = roleOf(view.shown(line, position));
      if (role && (line === nameLine.line || role.kind !== 'label')) {
        roles.set(position, role);
        // A merged header shows on every header line; its text is in one of them.
        for (const header of headerLines) use(header, position);
        break;
      }
    }
  }
  const firstName = positions[0] ?? 1;
  // Teams written over the ballots ("Tổ 1" merged across the columns of its ballots).
  const dataStart = Math.max(...headerLines) + 1;
  const dataLines = view.lines.filter((line) => line >= dataStart && line <= extent.lastLine);
  for (const line of dataLines) {
    for (const position of view.filled(line)) {
      if (position >= firstName) break;
      if (!roles.has(position) && teamLabel(view.text(line, position)) !== null) roles.set(position, { kind: 'team', header: '' });
    }
  }
  const labelPosition = (() => {
    const before = [...roles.entries()].filter(([p, r]) => p < firstName && r.kind !== 'figure' && r.kind !== 'reason');
    return (before.find(([, r]) => r.kind === 'name') ?? before.find(([, r]) => r.kind === 'number') ?? before.find(([, r]) => r.kind !== 'team') ?? before[0])?.[0] ?? null;
  })();
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

const ATTRIBUTES: readonly HeaderKind[] = ['male', 'female', 'birth', 'gender', 'position', 'unit', 'note'];

/** What a line of a candidate list holds, from its headers: "Nam" under "Năm sinh" is the birth
 *  year of the men (the most specific header wins). */
function attributeOf(view: SheetView, line: number, firstName: number): HeaderKind | null {
  const kinds = new Set<HeaderKind>();
  for (let position = 1; position < firstName; position++) {
    const kind = headerKind(view.shown(line, position));
    if (kind) kinds.add(kind);
  }
  return ATTRIBUTES.find((kind) => kinds.has(kind)) ?? null;
}

/** A team column holding "1", "2" under a header "Tổ": the team is "Tổ 1". */
function normalizeTeam(value: string, header: string): string {
  if (teamLabel(value)) return normalizeText(value);
  const head = normalizeText(header).replace(/[:.]+$/, '');
  return /^\d+$/.test(value) && head !== '' ? `${head} ${value}` : normalizeText(value);
}

function readDetails(view: SheetView, positions: readonly number[], lines: readonly { line: number; kind: HeaderKind }[]): CandidateDetails[] {
  return positions.map((p) => {
    const details: CandidateDetails = {};
    const parts: string[] = [];
    for (const { line, kind } of lines) {
      const cell = view.cell(line, p);
      const text = cell?.text ?? '';
      if (text === '') continue;
      if (kind === 'birth') {
        const { year, date } = yearOf(cell);
        if (year !== undefined) details.birthYear = year;
        if (date !== undefined) details.birthDate = date;
      } else if (kind === 'gender') {
        const g = fold(text);
        if (g === 'nam') details.gender = 'nam';
        else if (g === 'nu') details.gender = 'nữ';
      } else if (kind === 'male' || kind === 'female') {
        details.gender = kind === 'male' ? 'nam' : 'nữ';
        const { year, date } = yearOf(cell);
        if (year !== undefined) details.birthYear = year;
        if (date !== undefined) details.birthDate = date;
      } else if (kind === 'position' || kind === 'unit') {
        parts.push(text);
      } else if (kind === 'note') {
        details.note = text;
      }
    }
    if (parts.length > 0) details.position = parts.join(', ');
    return details;
  });
}
