import { cellName } from './grid';
import { cellTooLong, count, EXCEL_LIMITS, overLimit, type ExcelLimitError } from './limits';
import { placeName } from './view';

const MAX_COLUMN = 16_384;

/** The rows and cells of a workbook's sheets, counted over all of them as they are read. */
export class WorkbookBudget {
  rows = 0;
  cells = 0;

  sheet(name: string): SheetBudget {
    return new SheetBudget(name, this);
  }
}

/**
 * What one sheet holds, counted as it is read, row by row: the rows holding a cell times the
 * columns holding a cell (the grid the import walks and keeps) against the limit of a sheet and,
 * with the sheets read before, of the workbook; the rows holding a cell, over the workbook; its
 * merged ranges. It names the places it refuses.
 */
export class SheetBudget {
  private rows = 0;
  private readonly seen = new Uint8Array(MAX_COLUMN + 1);
  private columns = 0;
  private cells = 0;
  private merges = 0;

  constructor(
    readonly sheet: string,
    private readonly workbook = new WorkbookBudget(),
  ) {}

  /** A cell holding something is in this column. */
  column(col: number): void {
    if (this.seen[col] === 1) return;
    this.seen[col] = 1;
    this.columns++;
  }

  /** A row holding cells has been read (before it is kept). */
  row(row: number): void {
    this.rows++;
    if (++this.workbook.rows > EXCEL_LIMITS.rows) {
      const limit = count(EXCEL_LIMITS.rows);
      throw overLimit(placeName(this.sheet, null), `quá ${limit} dòng có dữ liệu, đến dòng ${count(row)}`, `${limit} dòng cả bảng tính`);
    }
    const cells = this.rows * this.columns;
    this.workbook.cells += cells - this.cells;
    this.cells = cells;
    if (cells > EXCEL_LIMITS.sheetCells) {
      const limit = count(EXCEL_LIMITS.sheetCells);
      throw overLimit(placeName(this.sheet, null), `quá ${limit} ô, ${this.held(row)}`, `${limit} ô một sheet`);
    }
    if (this.workbook.cells > EXCEL_LIMITS.workbookCells) {
      const limit = count(EXCEL_LIMITS.workbookCells);
      throw overLimit(placeName(this.sheet, null), `cả bảng tính quá ${limit} ô, ${this.held(row)} ở sheet này`, `${limit} ô cả bảng tính`);
    }
  }

  private held(row: number): string {
    return `đến dòng ${count(row)} đã có ${count(this.rows)} dòng × ${count(this.columns)} cột có dữ liệu`;
  }

  merge(): void {
    if (++this.merges <= EXCEL_LIMITS.mergedRanges) return;
    const limit = count(EXCEL_LIMITS.mergedRanges);
    throw overLimit(placeName(this.sheet, null), `có hơn ${limit} vùng ô gộp`, `${limit} vùng một sheet`);
  }

  cellTooLong(row: number, col: number): ExcelLimitError {
    return cellTooLong(placeName(this.sheet, cellName(row, col)));
  }
}
