import ExcelJS from 'exceljs';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import type { CongressFile } from '../../shared/congress-file/schema';
import { previewExcelFile } from '../../src-main/excel/import-workbook';
import type { ExcelPreview } from '../../src-main/excel/preview';

/** A cell of a test workbook: a value, a formula with or without its saved result, or text in a font. */
export type CellSpec = string | number | null | undefined | Date | { formula: string; result?: number | string } | { text: string; font: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  /** Font of every text cell that does not name its own (a legacy workbook's .VnTime, VNI-Times). */
  font?: string;
  hidden?: boolean;
}

/** Writes a workbook with exceljs, as an old tally sheet would have been typed. */
export async function workbookBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof value === 'object' && !(value instanceof Date) && 'font' in value) {
          cell.value = value.text;
          cell.font = { name: value.font };
        } else if (typeof value === 'object' && !(value instanceof Date) && 'formula' in value) {
          cell.value = value.result === undefined ? { formula: value.formula, date1904: false } : { formula: value.formula, result: value.result, date1904: false };
        } else {
          cell.value = value;
          if (typeof value === 'string' && spec.font) cell.font = { name: spec.font };
        }
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function preview(bytes: Uint8Array, options: ExcelImportOptions = {}): Promise<{ preview: ExcelPreview; file: CongressFile | null }> {
  const result = await previewExcelFile(bytes, options, 'thu.xlsx');
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The imported congress file; fails the test with the preview's errors and questions otherwise. */
export async function imported(bytes: Uint8Array, options: ExcelImportOptions = {}): Promise<CongressFile> {
  const { preview: p, file } = await preview(bytes, options);
  if (!file) throw new Error(`expected an import, got: ${[...p.problems.filter((x) => x.severity === 'error').map((x) => x.message), ...p.questions.map((q) => q.message)].join(' | ')}`);
  return file;
}

/** A ballot line of a layout-A sheet: the number, then a mark or nothing per candidate, then trailing cells. */
export function ballotRow(number: number | string, marks: readonly (string | null)[], ...trailing: CellSpec[]): CellSpec[] {
  return [number, ...marks, ...trailing];
}

/** Marks for `count` candidates with `marked` (0-based) marked by `symbol`. */
export function marksAt(count: number, marked: readonly number[], symbol = 'x'): (string | null)[] {
  return Array.from({ length: count }, (_, i) => (marked.includes(i) ? symbol : null));
}
