import { CellReader, type RawCell, type SheetContext } from './cell-reader';
import { parseRange, type CellRange } from './grid';
import { EXCEL_LIMITS } from './limits';
import { SheetBudget } from './sheet-budget';
import type { CellStyle } from './workbook-parts';
import { scanPieces } from './xml-pieces';
import { END, MORE, OPEN, TEXT, XmlScanner } from './xml-scanner';

export interface SheetCells {
  /** rows[r][c], 1-based, sparse. */
  rows: (RawCell | undefined)[][];
  merges: CellRange[];
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** The column of a reference such as "AB12" or "$AB$12". */
function columnOf(xml: XmlScanner): number {
  let col = 0;
  let p = xml.start;
  if (xml.byteAt(p) === 0x24) p++;
  for (; p < xml.end; p++) {
    const letter = xml.byteAt(p) - 0x40;
    if (letter < 1 || letter > 26) break;
    col = col * 26 + letter;
    if (col > MAX_COLUMN) break;
  }
  if (col < 1 || col > MAX_COLUMN) throw xml.error(`có ô "${xml.text()}" không hợp lệ`);
  return col;
}

/** Cell types (the `t` attribute) read as one of these strings, without making a new one. */
const CELL_TYPES = ['s', 'str', 'inlineStr', 'e', 'b'] as const;

function cellType(xml: XmlScanner): string {
  for (const type of CELL_TYPES) if (xml.valueIs(type)) return type;
  return 'n';
}

/** A style attribute's value as an index into `cellXfs`, -1 when there is no such style. */
function styleIndex(xml: XmlScanner, styles: readonly CellStyle[]): number {
  const index = xml.digits();
  return index < styles.length ? index : -1;
}

/** Reads the attributes of a `<c>` and starts reading the cell. */
function startCell(xml: XmlScanner, cell: CellReader, rowStyle: number, styles: readonly CellStyle[]): void {
  let col = cell.col + 1;
  let own = -1;
  let type = 'n';
  xml.firstAttribute();
  while (xml.nextAttribute()) {
    if (xml.attributeIs('r')) col = columnOf(xml);
    else if (xml.attributeIs('s')) own = styleIndex(xml, styles);
    else if (xml.attributeIs('t')) type = cellType(xml);
  }
  cell.start(col, own > 0 ? own : rowStyle, type);
}

/** The reading of a worksheet's XML, token by token as its bytes are fed. */
class SheetReader {
  readonly rows: (RawCell | undefined)[][] = [];
  readonly merges: CellRange[] = [];
  private readonly cell: CellReader;
  private inSheetData = false;
  private rowNumber = 0;
  private rowStyle = -1;
  private row: (RawCell | undefined)[] | null = null;
  private inCell = false;
  /** Where text goes: 'v' (a value, an inline string's text), 'f' (a formula) or nowhere. */
  private capture: 'v' | 'f' | null = null;
  private phonetic = 0;

  constructor(
    private readonly xml: XmlScanner,
    private readonly context: SheetContext,
    private readonly budget: SheetBudget,
  ) {
    this.cell = new CellReader(xml, context, budget);
  }

  /** Reads the tokens the bytes fed so far hold; false at the end of the part. */
  readAvailable(): boolean {
    const { xml, cell } = this;
    for (let token = xml.next(); ; token = xml.next()) {
      if (token === MORE) return true;
      if (token === END) return false;
      if (token === TEXT) {
        if (this.capture === 'v') cell.addValueText();
        else if (this.capture === 'f') this.addFormulaText();
      } else if (token === OPEN) this.open(xml.name);
      else this.close(xml.name);
    }
  }

  private addFormulaText(): void {
    const { cell } = this;
    cell.formula += this.xml.text();
    if ((cell.formula as string).length > EXCEL_LIMITS.cellCharacters) throw this.budget.cellTooLong(cell.row, cell.col);
  }

  private open(name: string): void {
    const { xml, cell } = this;
    if (name === 'c' && this.row !== null) {
      startCell(xml, cell, this.rowStyle, this.context.styles);
      this.inCell = true;
    } else if (this.inCell && (name === 'v' || (name === 't' && this.phonetic === 0))) {
      this.capture = 'v';
      cell.openValue();
    } else if (this.inCell && name === 'f') {
      this.capture = 'f';
      cell.formula = '';
    } else if (this.inCell && name === 'is') {
      cell.openValue();
    } else if (this.inCell && name === 'rPh') {
      this.phonetic++;
    } else if (name === 'row' && this.inSheetData) {
      this.rowNumber = xml.attribute('r') ? xml.digits() : this.rowNumber + 1;
      if (!(this.rowNumber >= 1 && this.rowNumber <= MAX_ROW)) throw xml.error('có dòng không hợp lệ');
      this.rowStyle = xml.attribute('s') ? styleIndex(xml, this.context.styles) : -1;
      this.row = [];
      cell.row = this.rowNumber;
      cell.col = 0;
    } else if (name === 'sheetData') {
      this.inSheetData = true;
    } else if (name === 'mergeCell' && xml.attribute('ref')) {
      const range = parseRange(xml.text());
      if (range) {
        this.budget.merge();
        this.merges.push(range);
      }
    }
  }

  private close(name: string): void {
    if (name === 'v' || name === 't' || name === 'f') this.capture = null;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'c' && this.inCell) {
      this.inCell = false;
      this.capture = null;
      const found = this.cell.finish();
      if (found) {
        (this.row as (RawCell | undefined)[])[this.cell.col] = found;
        this.budget.column(this.cell.col);
      }
    } else if (name === 'row' && this.row !== null) {
      if (this.row.length > 0) {
        this.budget.row(this.rowNumber);
        // A copy: the array filled cell by cell has room to spare, and a sheet has many rows.
        this.rows[this.rowNumber] = this.row.slice();
      }
      this.row = null;
    } else if (name === 'sheetData') this.inSheetData = false;
  }
}

/**
 * The cells of a worksheet's XML and its merged ranges, read as the XML is inflated (a sheet of
 * 20,000 ballots is never held whole), counted against the limits as they come. A cell's font and
 * number format come from its own style, or when it names none (or style 0), from its row's (as
 * exceljs, which read these sheets before, took them). A row or a cell without a reference follows
 * the one before.
 */
export async function readSheetCells(chunks: AsyncIterable<Buffer>, part: string, context: SheetContext, budget = new SheetBudget(part)): Promise<SheetCells> {
  const xml = new XmlScanner(part);
  const sheet = new SheetReader(xml, context, budget);
  await scanPieces(chunks, xml, () => sheet.readAvailable());
  return { rows: sheet.rows, merges: sheet.merges };
}
