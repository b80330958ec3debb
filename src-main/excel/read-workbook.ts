import { fail, ok, type Result } from '../../shared/result';
import { decodeSheet } from './decode-cells';
import { sheetGrid, type SheetGrid, type WorkbookGrid } from './grid';
import type { SheetContext } from './cell-reader';
import { ExcelLimitError } from './limits';
import { WorkbookBudget } from './sheet-budget';
import { readSheetCells } from './sheet-cells';
import { readCellStyles, readSharedStrings } from './workbook-parts';
import { damagedArchive, openArchive } from './xlsx-archive';
import { ZipError } from './zip-entries';
import { ERROR_CODES } from '../../shared/api/errors';

/**
 * Reads every cell of every worksheet, the text of each cell converted to Unicode NFC from the
 * legacy encodings where its font or its text says so. The shared strings and each sheet's XML
 * are scanned as they are inflated (the cells of a sheet of 20,000 ballots over 60 names are a few
 * distinct objects and the numbers), and counted against the limits as they come.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Result<WorkbookGrid>> {
  const archive = await openArchive(bytes);
  if (!archive.ok) return archive;
  const { zip, sheets, parts } = archive.value;
  const grids: SheetGrid[] = [];
  const budget = new WorkbookBudget();
  try {
    const { sharedStringsPath, stylesPath } = parts;
    const strings = sharedStringsPath === null ? [] : await readSharedStrings(zip.pieces(sharedStringsPath), sharedStringsPath);
    const context: SheetContext = { strings, styles: readCellStyles(parts.stylesXml, stylesPath), date1904: parts.date1904 };
    for (const sheet of sheets) {
      const { rows, merges } = await readSheetCells(zip.pieces(sheet.path), sheet.path, context, budget.sheet(sheet.name));
      grids.push(sheetGrid(sheet.name, sheet.hidden, decodeSheet(rows), merges));
    }
  } catch (error) {
    if (error instanceof ExcelLimitError) return fail(ERROR_CODES.excelUnreadable, error.message);
    if (error instanceof ZipError) return damagedArchive(error);
    return fail(ERROR_CODES.excelUnreadable, `Không đọc được nội dung bảng tính: tệp bị hỏng (${(error as Error).message})`);
  }
  return ok({ sheets: grids });
}
