/**
 * How the list of names fills the hall's screen (issue 11, item 6): the largest type at which the
 * whole list fits in the room left by the title and the outcome, in as many columns as the width
 * allows; when even the smallest legible type cannot hold it, pages. Pure: the screen measures the
 * area and the text, this decides; the tests give it numbers.
 */

export interface LayoutInput {
  /** Names on the list. */
  count: number;
  /** The area for the names, in pixels (the title, the outcome and the page line are outside it). */
  width: number;
  height: number;
  /** The widest cell of each column in em (its text's width at a 1px type), padding included. */
  columnEms: readonly number[];
  /** The height of a name's row, and of the column headings' row, in em. */
  rowEm: number;
  headEm: number;
  /** The room between two columns, in em. */
  gapEm: number;
  /** The smallest type that is still read from the back of the hall, and the largest worth using, in px. */
  minFont: number;
  maxFont: number;
}

export interface PresentationLayout {
  fontSize: number;
  columns: number;
  /** Rows in each column of a page. */
  rowsPerPage: number;
  /** Names on one page: columns × rows. */
  perPage: number;
  pages: number;
}

/** The type is chosen in steps of half a pixel. */
const STEP = 0.5;

interface Fit {
  columns: number;
  rows: number;
}

/** How many columns and rows fit at this type, or null when not even one row of one column does. */
function fitAt(input: LayoutInput, font: number): Fit | null {
  const columnWidth = input.columnEms.reduce((sum, em) => sum + em, 0) * font;
  const gap = input.gapEm * font;
  const columns = Math.floor((input.width + gap) / (columnWidth + gap));
  const rows = Math.floor((input.height - input.headEm * font) / (input.rowEm * font));
  return columns >= 1 && rows >= 1 ? { columns, rows } : null;
}

/** The whole list on one page at the largest type that allows it; else the smallest type, paged evenly. */
export function presentationLayout(input: LayoutInput): PresentationLayout {
  const count = Math.max(1, Math.floor(input.count));
  const minFont = Math.min(input.minFont, input.maxFont);
  for (let font = Math.floor(input.maxFont / STEP) * STEP; font >= minFont; font -= STEP) {
    const fit = fitAt(input, font);
    if (!fit || fit.columns * fit.rows < count) continue;
    // As few columns as hold the list, the names shared evenly between them.
    const columns = Math.ceil(count / fit.rows);
    const rowsPerPage = Math.ceil(count / columns);
    return { fontSize: font, columns, rowsPerPage, perPage: columns * rowsPerPage, pages: 1 };
  }
  // Too many names for one screen: the smallest legible type (never smaller), and pages.
  const fit = fitAt(input, minFont) ?? { columns: 1, rows: 1 };
  const pages = Math.ceil(count / (fit.columns * fit.rows));
  // The pages shared evenly, so that the last one is not a lone name.
  const rowsPerPage = Math.min(fit.rows, Math.ceil(count / (pages * fit.columns)));
  const columns = Math.min(fit.columns, Math.ceil(count / (pages * rowsPerPage)));
  return { fontSize: minFont, columns, rowsPerPage, perPage: columns * rowsPerPage, pages: Math.ceil(count / (columns * rowsPerPage)) };
}

/** The names of one page, split into its columns: indexes into the list. */
export function pageColumns(layout: PresentationLayout, count: number, page: number): number[][] {
  const first = Math.min(Math.max(0, page), layout.pages - 1) * layout.perPage;
  const columns: number[][] = [];
  for (let c = 0; c < layout.columns; c++) {
    const start = first + c * layout.rowsPerPage;
    const end = Math.min(count, start + layout.rowsPerPage, first + layout.perPage);
    if (start < end) columns.push(Array.from({ length: end - start }, (_, i) => start + i));
  }
  return columns;
}

/** The page after or before this one, going round at the ends (for the automatic advance), or stopping (for the keys). */
export function turnPage(page: number, pages: number, step: number, wrap = false): number {
  const next = page + step;
  if (wrap) return ((next % pages) + pages) % pages;
  return Math.min(Math.max(0, next), pages - 1);
}
