import { bottomLimit, contentLeft, contentWidth, LINE_GAP, SIZE } from './layout';

export interface TableColumn {
  header: string;
  /** Share of the table's width (the shares are scaled to fill what fixed columns leave). */
  width: number;
  /** A width in points instead of a share, e.g. wide enough for the longest number. */
  fixed?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  size?: number;
  /** Space above and below a cell's text (3.5 pt unless given). */
  padY?: number;
  /** Where the table stands across the page; by default the text column. */
  frame?: { x: number; width: number };
}

export const PAD_X = 5;
const PAD_Y = 3.5;

type CellFont = 'regular' | 'bold';

/** The measures of a table: column widths and the lines each row takes. */
function geometry(doc: PDFKit.PDFDocument, spec: TableSpec) {
  const size = spec.size ?? SIZE.table;
  const frame = spec.frame ?? { x: contentLeft(doc), width: contentWidth(doc) };
  const fixed = spec.columns.reduce((n, c) => n + (c.fixed ?? 0), 0);
  const shares = spec.columns.reduce((n, c) => n + (c.fixed === undefined ? c.width : 0), 0);
  const widths = spec.columns.map((c) => c.fixed ?? (c.width / shares) * (frame.width - fixed));
  doc.font('regular').fontSize(size);
  const lineHeight = doc.currentLineHeight(true) + LINE_GAP;

  /** Lines of each cell: most cells are one short line, so measure the width first and wrap only when needed. */
  const cellLines = (cells: readonly string[], font: CellFont): number[] => {
    doc.font(font).fontSize(size);
    return spec.columns.map((_, i) => {
      const cell = cells[i] ?? '';
      const width = (widths[i] as number) - 2 * PAD_X;
      if (!cell.includes('\n') && doc.widthOfString(cell) <= width) return 1;
      return Math.max(1, Math.round(doc.heightOfString(cell, { width, lineGap: LINE_GAP }) / lineHeight));
    });
  };
  const padY = spec.padY ?? PAD_Y;
  const heightOf = (lines: readonly number[]) => Math.max(...lines) * lineHeight + 2 * padY;
  const headers = spec.columns.map((c) => c.header);
  return { size, frame, widths, lineHeight, cellLines, heightOf, headers, headerLines: cellLines(headers, 'bold') };
}

/** A column just wide enough for the widest of these texts (numbers, "TT"). */
export function fittedWidth(doc: PDFKit.PDFDocument, texts: readonly string[], size: number): number {
  doc.font('bold').fontSize(size);
  return Math.max(...texts.map((t) => doc.widthOfString(t))) + 2 * PAD_X + 2;
}

/** The height the whole table takes on one page (to decide what fits). */
export function tableHeight(doc: PDFKit.PDFDocument, spec: TableSpec): number {
  const g = geometry(doc, spec);
  return spec.rows.reduce((sum, row) => sum + g.heightOf(g.cellLines(row, 'regular')), g.heightOf(g.headerLines));
}

/**
 * A bordered table. A row is never split: when it does not fit, the page ends and the header row
 * is drawn again at the top of the next one. The header never stands alone at the bottom of a page.
 */
export function drawTable(doc: PDFKit.PDFDocument, spec: TableSpec): void {
  const g = geometry(doc, spec);

  /** One row; each cell's text is centred vertically. */
  const drawRow = (cells: readonly string[], lines: readonly number[], y: number, header: boolean): number => {
    const height = g.heightOf(lines);
    let x = g.frame.x;
    spec.columns.forEach((column, i) => {
      const width = g.widths[i] as number;
      if (header) doc.rect(x, y, width, height).fillColor('#e8e8e8').fill();
      doc.rect(x, y, width, height).lineWidth(0.6).strokeColor('black').stroke();
      doc.font(header ? 'bold' : 'regular').fontSize(g.size).fillColor('black');
      const offset = (height - (lines[i] ?? 1) * g.lineHeight) / 2 + 1;
      doc.text(cells[i] ?? '', x + PAD_X, y + offset, { width: width - 2 * PAD_X, align: header ? 'center' : (column.align ?? 'left'), lineGap: LINE_GAP });
      x += width;
    });
    return height;
  };

  let y = doc.y;
  const drawHeader = () => {
    y += drawRow(g.headers, g.headerLines, y, true);
  };
  const firstLines = spec.rows[0] ? g.cellLines(spec.rows[0], 'regular') : [0];
  if (y + g.heightOf(g.headerLines) + g.heightOf(firstLines) > bottomLimit(doc)) {
    doc.addPage();
    y = doc.y;
  }
  drawHeader();
  spec.rows.forEach((row, i) => {
    const lines = i === 0 ? firstLines : g.cellLines(row, 'regular');
    if (y + g.heightOf(lines) > bottomLimit(doc)) {
      doc.addPage();
      y = doc.y;
      drawHeader();
    }
    y += drawRow(row, lines, y, false);
  });
  doc.x = contentLeft(doc);
  doc.y = y + 6;
}

/** Where one cell of a table stands, and where its text starts (the top of its first line). */
export interface CellPlace {
  x: number;
  width: number;
  textY: number;
  lines: number;
}

/** Where one row of a table stands. */
export interface RowPlace {
  y: number;
  height: number;
  cells: CellPlace[];
}

/**
 * The places `drawTable` gives the header and the rows of a table that fits on its page, starting
 * at `y` (the ballot paper records them for the scanner). The same measures as the drawing.
 */
export function tablePlaces(doc: PDFKit.PDFDocument, spec: TableSpec, y: number): { header: RowPlace; rows: RowPlace[]; lineHeight: number } {
  const g = geometry(doc, spec);
  const place = (lines: readonly number[], top: number): RowPlace => {
    const height = g.heightOf(lines);
    let x = g.frame.x;
    const cells = spec.columns.map((_, i) => {
      const width = g.widths[i] as number;
      const cell = { x, width, textY: top + (height - (lines[i] ?? 1) * g.lineHeight) / 2 + 1, lines: lines[i] ?? 1 };
      x += width;
      return cell;
    });
    return { y: top, height, cells };
  };
  const header = place(g.headerLines, y);
  let top = y + header.height;
  const rows = spec.rows.map((row) => {
    const placed = place(g.cellLines(row, 'regular'), top);
    top += placed.height;
    return placed;
  });
  return { header, rows, lineHeight: g.lineHeight };
}
