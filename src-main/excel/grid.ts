import type { LegacyEncoding } from '../../shared/text/legacy-encodings';
import { count, EXCEL_LIMITS, overLimit } from './limits';

/** One cell as read: its text as a person sees it (Unicode NFC, spaces cleaned) and its value. */
export interface GridCell {
  text: string;
  value: number | string | boolean | Date | null;
  /** The formula when the cell holds one ('' for the copies of a shared formula); `value` is then
   *  the result the workbook saved with it, or null when it saved none. */
  formula: string | null;
  /** An error value such as "#REF!". */
  error: string | null;
  /** When the text was converted from a legacy encoding: the characters stored in the file. */
  original: string | null;
  encoding: LegacyEncoding | null;
  encodingSource: 'font' | 'text' | 'context' | null;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as a grid of rows and columns (both from 1), with its merged ranges. Sheets are
 *  sparse (a stray cell at XFD1048576 must cost nothing), so lines are walked through the cells
 *  they hold, never from 1 to the last index. */
export interface SheetGrid {
  name: string;
  hidden: boolean;
  rowCount: number;
  colCount: number;
  /** rows[r][c], 1-based; undefined where the cell is empty. */
  rows: (GridCell | undefined)[][];
  /** The rows that hold a cell, in order; and for each column, the rows holding a cell in it. */
  filledRows: number[];
  filledColumns: number[];
  columnRows: Map<number, number[]>;
  /** Merged ranges, clipped to the cells the sheet holds, indexed by row. */
  merges: CellRange[];
  mergesByRow: Map<number, CellRange[]>;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function sheetGrid(name: string, hidden: boolean, rows: (GridCell | undefined)[][], merges: readonly CellRange[]): SheetGrid {
  const filledRows: number[] = [];
  // Each column's list of rows made at its size (a sheet of 20,000 ballots has 60 long lists).
  const counts = new Map<number, number>();
  rows.forEach((row) =>
    row?.forEach((cell, c) => {
      if (cell) counts.set(c, (counts.get(c) ?? 0) + 1);
    }),
  );
  const columnRows = new Map<number, number[]>();
  for (const [c, count] of counts) columnRows.set(c, new Array<number>(count));
  const filledCount = new Map<number, number>();
  let colCount = 0;
  rows.forEach((row, r) => {
    if (!row) return;
    let any = false;
    row.forEach((cell, c) => {
      if (!cell) return;
      any = true;
      colCount = Math.max(colCount, c);
      const n = filledCount.get(c) ?? 0;
      (columnRows.get(c) as number[])[n] = r;
      filledCount.set(c, n + 1);
    });
    if (any) filledRows.push(r);
  });
  const rowCount = filledRows.at(-1) ?? 0;
  const clipped = merges
    .filter((m) => m.top <= rowCount && m.left <= colCount)
    .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rowCount), right: Math.min(m.right, colCount) }));
  // Each merged range is listed under every row it covers: a few ranges over the whole sheet
  // must not make millions of entries.
  let covered = 0;
  for (const merge of clipped) covered += merge.bottom - merge.top + 1;
  if (covered > EXCEL_LIMITS.sheetCells) {
    const limit = count(EXCEL_LIMITS.sheetCells);
    throw overLimit(`Sheet "${name}"`, `các vùng ô gộp trải trên tổng cộng hơn ${limit} dòng`, `${limit} ô một sheet`);
  }
  const mergesByRow = new Map<number, CellRange[]>();
  for (const merge of clipped) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      let list = mergesByRow.get(r);
      if (!list) mergesByRow.set(r, (list = []));
      list.push(merge);
    }
  }
  return { name, hidden, rowCount, colCount, rows, filledRows, filledColumns: [...columnRows.keys()].sort((a, b) => a - b), columnRows, merges: clipped, mergesByRow };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.rows[row]?.[col];
}

function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cellAt(sheet, row, col)?.text ?? '';
}

/** The merged range a cell belongs to, if any. */
function mergeOf(sheet: SheetGrid, row: number, col: number): CellRange | null {
  for (const range of sheet.mergesByRow.get(row) ?? []) {
    if (col >= range.left && col <= range.right) return range;
  }
  return null;
}

/** The text shown at a cell, a merged range showing its first cell's text everywhere. */
export function shownTextAt(sheet: SheetGrid, row: number, col: number): string {
  const own = textAt(sheet, row, col);
  if (own !== '') return own;
  const range = mergeOf(sheet, row, col);
  return range ? textAt(sheet, range.top, range.left) : '';
}

/** 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** AA → 27. */
export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** "A1:M2" → range; null when it is not a cell range. */
export function parseRange(ref: string): CellRange | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return null;
  const left = columnNumber(match[1] as string);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** The number in a cell, from a number or from text such as "12" or "12." (not "1,5"). */
export function integerIn(cell: GridCell | undefined): number | null {
  if (!cell) return null;
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) ? cell.value : null;
  const match = /^(\d{1,9})\.?$/.exec(cell.text);
  return match ? Number(match[1]) : null;
}
