import type { GridCell } from './grid';
import type { Role, TableHeader } from './table-header';
import { placeName, type SheetView } from './view';
import { fold, teamLabel } from './vocabulary';

/** A table as its header lays it out: where the names are and what every other position holds. */
export interface TableLayout {
  sheet: string;
  view: SheetView;
  header: TableHeader;
  /** Positions of the candidates' names, in header order. */
  positions: number[];
  teamPositions: number[];
  notePositions: number[];
  validityPositions: number[];
  figurePositions: [number, Extract<Role, { kind: 'figure' }>][];
  reasonPositions: [number, Extract<Role, { kind: 'reason' }>][];
  skip: ReadonlySet<string>;
}

/** What one line holds under the header, as the readers of each kind of line need it. */
export interface LineCells {
  line: number;
  label: string;
  firstText: string;
  /** The cells under the names, in header order. */
  valueCells: (GridCell | undefined)[];
  marked: number;
  groupLabel: string | null;
  number: number | null;
  figureCount: number;
}

function ballotNumberOf(text: string): number | null {
  const match = /^(?:phieu\s*(?:so)?|p|so)?\s*(\d{1,7})\.?$/.exec(fold(text));
  return match ? Number(match[1]) : null;
}

/** The positions of each role the header gave, for the line readers. */
export function layoutOf(sheet: string, view: SheetView, header: TableHeader, positions: number[], skip: ReadonlySet<string>): TableLayout {
  const { roles } = header;
  const positionsOf = (kind: Role['kind']) => [...roles.entries()].filter(([, r]) => r.kind === kind).map(([p]) => p);
  return {
    sheet,
    view,
    header,
    positions,
    teamPositions: positionsOf('team'),
    notePositions: positionsOf('note'),
    validityPositions: [...positionsOf('validity'), ...positionsOf('invalidity')],
    figurePositions: [...roles.entries()].filter(([, r]) => r.kind === 'figure') as TableLayout['figurePositions'],
    reasonPositions: [...roles.entries()].filter(([, r]) => r.kind === 'reason') as TableLayout['reasonPositions'],
    skip,
  };
}

export function placeOf(layout: TableLayout, line: number, position: number): string {
  return placeName(layout.sheet, layout.view.cellName(line, position));
}

export function linePlace(layout: TableLayout, line: number): string {
  return `Sheet "${layout.sheet}", ${layout.view.lineName(line)}`;
}

/** How many positions of a line hold text, and the first; null when none does. */
export function filledText(view: SheetView, line: number): { count: number; first: number } | null {
  let count = 0;
  let first = 0;
  for (const position of view.filled(line)) {
    if (view.text(line, position) === '') continue;
    if (count++ === 0) first = position;
  }
  return count === 0 ? null : { count, first };
}

/** A line's cells under the names, its label, and what they say the line may be. */
export function lineCells(layout: TableLayout, line: number, filled: { count: number; first: number }): LineCells {
  const { view, header, positions } = layout;
  const label = header.labelPosition !== null ? view.shown(line, header.labelPosition) : '';
  const valueCells = positions.map((p) => view.cell(line, p));
  const onlyText = filled.count === 1 ? view.text(line, filled.first) : null;
  // The usual label, a ballot number: neither a team's name nor anything to fold.
  const numbered = /^\d{1,7}$/.test(label) ? Number(label) : null;
  const groupLabel = (numbered === null ? teamLabel(label) : null) ?? (onlyText !== null ? teamLabel(onlyText) : null);
  return {
    line,
    label,
    firstText: view.text(line, filled.first),
    valueCells,
    marked: valueCells.filter((c) => c && c.text !== '').length,
    groupLabel,
    number: groupLabel === null ? (numbered ?? ballotNumberOf(label)) : null,
    figureCount: layout.figurePositions.filter(([p]) => view.text(line, p) !== '').length,
  };
}
