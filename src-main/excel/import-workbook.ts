import { ERROR_CODES } from '../../shared/api/errors';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import type { CongressFile } from '../../shared/congress-file/schema';
import { err, ok, type Result } from '../../shared/result';
import { previewRefusal, previewWorkbook, type ExcelPreview } from './preview';
import { isOwnWorkbook, readOwnWorkbook } from './own-workbook/read-own-workbook';
import { readWorkbook } from './read-workbook';

/** What the workbook holds and how it would be imported (nothing is written). */
export async function previewExcelFile(bytes: Uint8Array, options: ExcelImportOptions, fileName: string | null): Promise<Result<{ preview: ExcelPreview; file: CongressFile | null }>> {
  const grid = await readWorkbook(bytes);
  if (!grid.ok) return grid;
  return previewWorkbook(grid.value, options, fileName);
}

/** The congress file of the workbook, or why not: the errors with their places, or the
 *  questions the options must answer. All of it or nothing. */
export async function importExcelFile(bytes: Uint8Array, options: ExcelImportOptions, fileName: string | null): Promise<Result<{ preview: ExcelPreview; file: CongressFile }>> {
  const previewed = await previewExcelFile(bytes, options, fileName);
  if (!previewed.ok) return previewed;
  const { preview, file } = previewed.value;
  if (!preview.ready || file === null) return err(previewRefusal(preview));
  return ok({ preview, file });
}

/** A workbook this program exported, read back as a congress file (`kiem-phieu tally OUT.xlsx`). */
export async function readOwnWorkbookFile(bytes: Uint8Array): Promise<Result<CongressFile>> {
  const grid = await readWorkbook(bytes);
  if (!grid.ok) return grid;
  if (!isOwnWorkbook(grid.value)) {
    return err({ code: ERROR_CODES.notOwnWorkbook, message: 'không phải bảng tính do kiem-phieu xuất; để đọc một bảng kiểm phiếu cũ, dùng "kiem-phieu import TỆP.xlsx -o TỆP.json"' });
  }
  const read = readOwnWorkbook(grid.value, null);
  if (!read.ok) return read;
  const { preview, file } = read.value;
  return file !== null ? ok(file) : err(previewRefusal(preview));
}
