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

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  get rowNumber(): number {
    return this.next;
  }

  /** Writes a row; empty values (undefined, null, '') leave the cell empty. */
  row(values: readonly CellInput[], style: CellStyle = {}, perCell: Record<number, CellStyle> = {}, height?: number): number {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    if (height !== undefined) row.height = height;
    values.forEach((value, i) => {
      const own = perCell[i + 1];
      const hasValue = value !== undefined && value !== null && value !== '';
      if (!hasValue && !own?.border && !style.border) return;
      const cell = row.getCell(i + 1);
      if (hasValue) cell.value = value;
      const merged = { ...style, ...own };
      if (merged.font) cell.font = merged.font;
      if (merged.border) cell.border = merged.border;
      if (merged.alignment) cell.alignment = merged.alignment;
      if (merged.numFmt) cell.numFmt = merged.numFmt;
    });
    row.commit();
    return number;
  }

  /** A line of text across columns 1..width, merged, wrapped. */
  text(value: CellInput, width: number, style: CellStyle = {}, height?: number): number {
    this.sheet.mergeCells(this.next, 1, this.next, width);
    return this.row([value], { font: BODY, alignment: WRAP, ...style }, {}, height);
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

/** Portrait or landscape A4, one page wide, the header rows repeated on every page. */
export function pageSetup(sheet: ExcelJS.Worksheet, lastCol: number, lastRow: number, options: { landscape?: boolean; titleRows?: string } = {}): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: `A1:${columnName(Math.max(1, lastCol))}${Math.max(1, lastRow)}`,
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
}
