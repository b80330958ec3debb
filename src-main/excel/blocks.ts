import type { BlockKind } from '../../shared/api/excel-preview';
import { readLines, type BallotLine, type LinesRead, type TeamLine, type TotalsLine } from './block-lines';
import { readDetails, type CandidateDetails } from './candidate-details';
import type { PlacedText } from './hints';
import type { HeaderName, NameLine } from './name-lines';
import { problem, type ImportProblem } from './problems';
import { readHeader } from './table-header';
import { layoutOf, placeOf, type TableLayout } from './table-layout';
import { placeName, type SheetView } from './view';

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
 * The texts of the table's area that are not data, for the hints: titles above the header (lines
 * above it are left to them), header cells of no known role ("Gạch tên" over the names), notes
 * under the table, and the labels of totals lines ("Số lần bị gạch").
 */
function tableTexts(extent: BlockExtent, layout: TableLayout, read: LinesRead): PlacedText[] {
  const { view, nameLine } = extent;
  const { headerLines, roles, firstName, consumed } = layout.header;
  const texts: PlacedText[] = [];
  const headerSet = new Set(headerLines);
  // Header cells are those of the header lines from where the table starts (not the titles above it).
  const tableStart = Math.min(firstName, ...roles.keys());
  for (const line of view.lines) {
    if (line < extent.firstLine || line > extent.lastLine || read.consumedLines.has(line)) continue;
    for (const position of view.filled(line)) {
      const cell = view.cell(line, position);
      if (!cell || cell.text === '' || consumed.has(`${line}:${position}`) || typeof cell.value === 'number') continue;
      texts.push({ text: cell.text, place: placeOf(layout, line, position), header: headerSet.has(line) && position >= tableStart });
    }
  }
  for (const [p, role] of roles) if (role.kind === 'label') texts.push({ text: role.header, place: placeOf(layout, nameLine.line, p), header: true });
  for (const t of read.totals) texts.push({ text: t.label, place: t.place, header: true });
  return texts;
}

/** Ballots in a table of team totals are errors: the table is one or the other. */
function kindOf(read: LinesRead, sheet: string): BlockKind {
  const kind: BlockKind = read.teams.length > 0 ? 'teams' : read.ballots.length > 0 || read.problems.list.some((p) => p.code === 'BAD_MARK') ? 'ballots' : 'candidates';
  if (kind === 'teams' && read.ballots.length > 0) {
    for (const b of read.ballots) read.problems.add(problem('error', 'BALLOT_IN_TEAM_TABLE', b.place, 'dòng này trông như một phiếu nhưng bảng là bảng tổng hợp theo tổ (cần tên tổ, ví dụ "Tổ 1", và các số phiếu)', { sheet, line: b.ref }));
  }
  return kind;
}

/**
 * Reads one table: its header (the name line, and the line of candidate numbers above or below
 * it), then each line (block-lines.ts), then the candidates' details and the texts left for the
 * hints.
 */
export function readBlock(extent: BlockExtent): Block {
  const { view, sheet, nameLine } = extent;
  const candidates = nameLine.names;
  const positions = candidates.map((c) => c.position);
  const header = readHeader(view, nameLine, extent);
  const layout = layoutOf(sheet, view, header, positions, extent.skip);
  const read = readLines(layout);
  const details = readDetails(view, positions, read.attributeLines);
  const texts = tableTexts(extent, layout, read);
  const kind = kindOf(read, sheet);
  return {
    sheet,
    key: extent.key,
    kind,
    transposed: view.transposed,
    headerPlace: placeName(sheet, view.cellName(nameLine.line, header.firstName)),
    candidates,
    ballots: read.ballots,
    teams: read.teams,
    totals: read.totals,
    details,
    texts,
    symbols: read.symbols,
    skipped: read.skipped,
    problems: read.problems.list,
    lastDataLine: read.lastDataLine,
  };
}
