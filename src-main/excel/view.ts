import { cellName, columnName, shownTextAt, type GridCell, type SheetGrid } from './grid';

/**
 * A sheet read along lines: rows (the usual way) or columns (the transposed forms: one row per
 * candidate and one column per ballot or per team). The same reading code serves both; names of
 * cells and lines always refer to the sheet as the user sees it.
 */
export interface SheetView {
  sheet: SheetGrid;
  transposed: boolean;
  lineCount: number;
  positionCount: number;
  /** The lines holding a cell, in order. */
  lines: readonly number[];
  /** The positions of a line holding a cell, in order. */
  filled(line: number): readonly number[];
  /** The positions of a line inside a merged range (whose text shows there too). */
  merged(line: number): number[];
  cell(line: number, position: number): GridCell | undefined;
  text(line: number, position: number): string;
  /** The text shown at a place, a merged range showing its first cell's text everywhere. */
  shown(line: number, position: number): string;
  cellName(line: number, position: number): string;
  /** "dòng 17", or "cột Q" in a transposed view. */
  lineName(line: number): string;
  /** The line as an option names it: "17" or "Q". */
  lineRef(line: number): string;
}

export function sheetView(sheet: SheetGrid, transposed: boolean): SheetView {
  return transposed ? columnsView(sheet) : rowsView(sheet);
}

// The two views are written out rather than one mapping (line, position) to (row, column): they
// are called for every cell of the sheet, several times.
function rowsView(sheet: SheetGrid): SheetView {
  const rows = sheet.rows;
  return {
    sheet,
    transposed: false,
    lineCount: sheet.rowCount,
    positionCount: sheet.colCount,
    lines: sheet.filledRows,
    filled: (line) => filledPositions(rows[line]),
    merged: (line) => (sheet.mergesByRow.get(line) ?? []).flatMap((m) => range(m.left, m.right)),
    cell: (line, position) => rows[line]?.[position],
    text: (line, position) => rows[line]?.[position]?.text ?? '',
    shown: (line, position) => shownTextAt(sheet, line, position),
    cellName: (line, position) => cellName(line, position),
    lineName: (line) => `dòng ${line}`,
    lineRef: (line) => String(line),
  };
}

function columnsView(sheet: SheetGrid): SheetView {
  const rows = sheet.rows;
  return {
    sheet,
    transposed: true,
    lineCount: sheet.colCount,
    positionCount: sheet.rowCount,
    lines: sheet.filledColumns,
    filled: (line) => sheet.columnRows.get(line) ?? [],
    merged: (line) => sheet.merges.filter((m) => m.left <= line && line <= m.right).flatMap((m) => range(m.top, m.bottom)),
    cell: (line, position) => rows[position]?.[line],
    text: (line, position) => rows[position]?.[line]?.text ?? '',
    shown: (line, position) => shownTextAt(sheet, position, line),
    cellName: (line, position) => cellName(position, line),
    lineName: (line) => `cột ${columnName(line)}`,
    lineRef: (line) => columnName(line),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function filledPositions(row: readonly (unknown | undefined)[] | undefined): number[] {
  const positions: number[] = [];
  row?.forEach((cell, col) => {
    if (cell) positions.push(col);
  });
  return positions;
}

/** `Sheet "BCH", ô D17` — how every message names a place. */
export function placeName(sheet: string, cell: string | null): string {
  return cell === null ? `Sheet "${sheet}"` : `Sheet "${sheet}", ô ${cell}`;
}
