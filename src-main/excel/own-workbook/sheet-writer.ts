import type ExcelJS from 'exceljs';
import { columnName } from '../grid';
import { FONT } from './layout';

/** Fonts, borders and page set-up of the secretariat's workbook: Vietnamese text in Times New
 *  Roman, A4, fitted to the page width. */
export const BODY: Partial<ExcelJS.Font> = { name: FONT, size: 12 };
export const BOLD: Partial<ExcelJS.Font> = { name: FONT, size: 12, bold: true };
export const TITLE: Partial<ExcelJS.Font> = { name: FONT, size: 14, bold: true };
export const SMALL: Partial<ExcelJS.Font> = { name: FONT, size: 9, color: { argb: 'FF666666' } };
export const ITALIC: Partial<ExcelJS.Font> = { name: FONT, size: 11, italic: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
export const PERCENT = '0.00%';

export type CellInput = ExcelJS.CellValue;
export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export interface CellStyle {
  font?: Partial<ExcelJS.Font>;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
  numFmt?: string;
}

/** Writes rows in order (the streaming writer needs it): one call per row, values from column 1. */
export class SheetWriter {
  private next = 1;
  /** One style object per combination of row style and cell style: exceljs recognises an object it
   *  has seen and skips serialising it again (20,000 ballots × 60 names made that the cost of an
   *  export). Pass style constants, not literals, where rows are many. */
  private readonly styles = new WeakMap<CellStyle, Map<CellStyle | undefined, Partial<ExcelJS.Style>>>();

  /** `font`: the font of cells whose style names none. */
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    private readonly font: Partial<ExcelJS.Font> = BODY,
  ) {}

  get rowNumber(): number {
    return this.next;
  }

  private styleOf(style: CellStyle, own: CellStyle | undefined): Partial<ExcelJS.Style> {
    let byOwn = this.styles.get(style);
    if (!byOwn) this.styles.set(style, (byOwn = new Map()));
    let found = byOwn.get(own);
    if (!found) {
      const { font = this.font, border, alignment, numFmt } = { ...style, ...own };
      found = { font, ...(border ? { border } : {}), ...(alignment ? { alignment } : {}), ...(numFmt ? { numFmt } : {}) };
      byOwn.set(own, found);
    }
    return found;
  }

  /** Writes a row; empty values (undefined, null, '') leave the cell empty. `hidden`: a row of codes for the program. */
  row(values: readonly CellInput[], style: CellStyle = {}, perCell: Record<number, CellStyle> = {}, height?: number, hidden = false): number {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    if (height !== undefined) row.height = height;
    if (hidden) row.hidden = true;
    values.forEach((value, i) => {
      const own = perCell[i + 1];
      const hasValue = value !== undefined && value !== null && value !== '';
      if (!hasValue && !own?.border && !style.border) return;
      const cell = row.getCell(i + 1);
      if (hasValue) cell.value = value;
      cell.style = this.styleOf(style, own);
    });
    row.commit();
    return number;
  }

  /** A line of text across columns 1..width, merged, wrapped. Spreadsheets do not grow a merged
   *  row to fit its text, so the height is estimated from the length and the columns' widths. */
  text(value: CellInput, width: number, style: CellStyle = {}, height?: number): number {
    this.sheet.mergeCells(this.next, 1, this.next, width);
    const shown = typeof value === 'string' ? value : value !== null && typeof value === 'object' && 'result' in value ? String(value.result ?? '') : '';
    let columns = 0;
    for (let col = 1; col <= width; col++) columns += this.sheet.getColumn(col).width ?? 9;
    const size = (style.font ?? this.font).size ?? 12;
    const lines = Math.max(1, Math.ceil((shown.length * size) / (columns * 11)));
    return this.row([value], { font: this.font, alignment: WRAP, ...style }, {}, height ?? (lines > 1 ? lines * (size + 5) : undefined));
  }

  skip(rows = 1): void {
    this.next += rows;
  }
}

export function formula(text: string, result: number | string | null): ExcelJS.CellFormulaValue {
  return result === null ? { formula: text, date1904: false } : { formula: text, result, date1904: false };
}

/** `'Phiếu 1'!$D$6:$D$25`: a column of a sheet between two rows. */
export function columnRange(sheet: string, col: number, first: number, last: number): string {
  const name = columnName(col);
  return `'${sheet.replace(/'/g, "''")}'!$${name}$${first}:$${name}$${Math.max(first, last)}`;
}

export function cellRef(sheet: string, col: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnName(col)}$${row}`;
}

/**
 * A sheet printed on A4, portrait or landscape, fitted to one page wide. The streaming writer
 * writes the "fit to page" flag before the rows, so the page set-up is given here; the print area,
 * known once the rows are written, is set at the end with `printArea`.
 */
export function addSheet(workbook: WorkbookWriter, name: string, options: { landscape?: boolean; views?: Partial<ExcelJS.WorksheetView>[] } = {}): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    ...(options.views ? { views: options.views } : {}),
    pageSetup: {
      paperSize: 9,
      orientation: options.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
}

/** The print area, and the header rows repeated on every page. */
export function printArea(sheet: ExcelJS.Worksheet, lastCol: number, lastRow: number, titleRows?: string): void {
  // exceljs puts a "$" before each corner; with the rows' "$" given here the name reads $A$1:$R$46,
  // which LibreOffice honours (it ignores $A1:$R46).
  sheet.pageSetup.printArea = `A$1:${columnName(Math.max(1, lastCol))}$${Math.max(1, lastRow)}`;
  if (titleRows) sheet.pageSetup.printTitlesRow = titleRows;
}
