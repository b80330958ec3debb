import type { ElectionResult } from '../../../api/types';
import { hallRows, HEADINGS, rowCells } from './cells';
import type { LayoutInput } from './layout';

/** The CSS of the names' table (app.css, `.presentation-names`), in em: kept in step with it. */
export const TABLE_METRICS = {
  /** A row: line height 1.3 plus padding 0.1 + 0.1, its 1px rule (under 0.06em from 17px up). */
  rowEm: 1.56,
  /** The headings' row, in a smaller type. */
  headEm: 1.3,
  /** Left and right padding of a cell (0.4 + 0.4) and a margin for rounding. */
  cellPaddingEm: 0.95,
  headingScale: 0.7,
  gapEm: 1.2,
};

/** The widest cell of each column in em at a 1px type, bold (the widest weight a row uses), measured in the page's own font. */
export function measureColumns(result: ElectionResult, fontFamily: string): number[] {
  const context = document.createElement('canvas').getContext('2d');
  const widths = HEADINGS.map(() => 0);
  const reference = 100;
  const measure = (text: string, scale = 1) => (context ? context.measureText(text).width / reference : text.length * 0.62) * scale;
  if (context) context.font = `700 ${reference}px ${fontFamily}`;
  HEADINGS.forEach((heading, column) => (widths[column] = measure(heading, TABLE_METRICS.headingScale)));
  const rows = hallRows(result);
  for (let i = 0; i < rows.length; i++) {
    rowCells(rows, i).forEach((text, column) => (widths[column] = Math.max(widths[column] ?? 0, measure(text))));
  }
  return widths.map((w) => w * 1.03 + TABLE_METRICS.cellPaddingEm);
}

/** The layout's input for an area of the screen: the type between what the back of the hall can read and what is worth using. */
export function layoutInput(count: number, columnEms: number[], area: { width: number; height: number }, screenHeight: number): LayoutInput {
  return {
    count,
    width: area.width,
    height: area.height,
    columnEms,
    rowEm: TABLE_METRICS.rowEm,
    headEm: TABLE_METRICS.headEm,
    gapEm: TABLE_METRICS.gapEm,
    minFont: Math.max(16, screenHeight / 45),
    maxFont: Math.max(16, screenHeight / 14),
  };
}
