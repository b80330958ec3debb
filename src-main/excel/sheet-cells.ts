import { parseRange, type CellRange } from './grid';
import type { CellStyle } from './workbook-parts';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml-scanner';

/** A cell as the sheet stores it, before its text is decoded. Cells of the same shared string in
 *  the same font are one object (the marks of 20,000 ballots are a handful of objects). */
export interface RawCell {
  text: string;
  value: number | string | boolean | Date | null;
  formula: string | null;
  error: string | null;
  font: string | null;
  /** Text that may need decoding (it came from a string, not from a number). */
  textual: boolean;
}

export interface SheetCells {
  /** rows[r][c], 1-based, sparse. */
  rows: (RawCell | undefined)[][];
  merges: CellRange[];
}

export interface SheetContext {
  strings: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/** A serial day number as a date (day 25569 is 1970-01-01; 1904-based workbooks count 1462 days later). */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The column of a reference such as "AB12" or "$AB$12". */
function columnOf(xml: XmlScanner, bytes: Buffer): number {
  let col = 0;
  let p = xml.start;
  if (bytes[p] === 0x24) p++;
  for (; p < xml.end; p++) {
    const letter = (bytes[p] as number) - 0x40;
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

/** What one `<c>` holds while it is read. */
class CellReader {
  col = 0;
  /** Index of the cell's style in `cellXfs`; -1 for none. */
  styleIndex = -1;
  type = 'n';
  formula: string | null = null;
  hasValue = false;
  private readonly sharedCells = new Map<number, RawCell>();
  /** The value's text: the bytes of its one piece of text (no string made yet), or a string. */
  private valueStart = 0;
  private valueEnd = 0;
  private valueCdata = false;
  private pieces = 0;
  private joined = '';

  constructor(
    private readonly xml: XmlScanner,
    private readonly context: SheetContext,
  ) {}

  start(col: number, styleIndex: number, type: string): void {
    this.col = col;
    this.styleIndex = styleIndex;
    this.type = type;
    this.formula = null;
    this.hasValue = false;
    this.pieces = 0;
  }

  /** A `<v>`, `<is>` or `<t>` opens: the cell has a value, maybe empty. */
  openValue(): void {
    this.hasValue = true;
  }

  /** The text just read belongs to the value. */
  addValueText(): void {
    const xml = this.xml;
    if (this.pieces === 0) {
      this.valueStart = xml.start;
      this.valueEnd = xml.end;
      this.valueCdata = xml.isCdata;
    } else {
      this.joined = (this.pieces === 1 ? this.valueText() : this.joined) + xml.text();
    }
    this.pieces++;
  }

  private valueText(): string {
    if (this.pieces === 0) return '';
    return this.pieces === 1 ? this.xml.textAt(this.valueStart, this.valueEnd, this.valueCdata) : this.joined;
  }

  /** The value as a whole number when it is one piece of digits; NaN otherwise. */
  private valueDigits(): number {
    return this.pieces === 1 && !this.valueCdata ? this.xml.digitsAt(this.valueStart, this.valueEnd) : NaN;
  }

  /** The cell read, or undefined when it holds nothing (only a style, an empty string). */
  finish(): RawCell | undefined {
    const style = this.styleIndex >= 0 ? this.context.styles[this.styleIndex] : undefined;
    const font = style?.font ?? null;
    if (this.formula !== null) return this.formulaCell(font);
    if (!this.hasValue) return undefined;
    switch (this.type) {
      case 's': {
        const digits = this.valueDigits();
        return this.sharedString(Number.isNaN(digits) ? parseInt(this.valueText(), 10) : digits, font);
      }
      case 'inlineStr':
      case 'str': {
        const text = this.valueText();
        return text === '' ? undefined : { text, value: text, formula: null, error: null, font, textual: true };
      }
      case 'e': {
        const text = this.valueText();
        return { text, value: null, formula: null, error: text, font, textual: false };
      }
      case 'b': {
        const yes = parseInt(this.valueText(), 10) !== 0;
        return { text: yes ? 'TRUE' : 'FALSE', value: yes, formula: null, error: null, font, textual: false };
      }
      default: {
        const digits = this.valueDigits();
        const number = Number.isNaN(digits) ? parseFloat(this.valueText()) : digits;
        if (style?.date) {
          const date = serialDate(number, this.context.date1904);
          return { text: isoDate(date), value: date, formula: null, error: null, font, textual: false };
        }
        return { text: numberText(number), value: number, formula: null, error: null, font, textual: false };
      }
    }
  }

  private formulaCell(font: string | null): RawCell {
    // The result saved with the formula. As exceljs, which read these sheets before, a result
    // of 0, an error or no result at all is none (tests/integration/excel-import-layouts relies on it).
    const text = this.valueText();
    const result = text === '' ? null : this.type === 'str' ? text : parseFloat(text) || null;
    if (typeof result === 'number') return { text: numberText(result), value: result, formula: this.formula, error: null, font, textual: false };
    return { text: result ?? '', value: result, formula: this.formula, error: null, font, textual: result !== null };
  }

  private sharedString(index: number, font: string | null): RawCell | undefined {
    const text = this.context.strings[index];
    if (text === undefined || text === '') return undefined;
    const key = index * (this.context.styles.length + 1) + this.styleIndex + 1;
    let cell = this.sharedCells.get(key);
    if (!cell) this.sharedCells.set(key, (cell = { text, value: text, formula: null, error: null, font, textual: true }));
    return cell;
  }
}

/** A style attribute's value as an index into `cellXfs`, -1 when there is no such style. */
function styleIndex(xml: XmlScanner, styles: readonly CellStyle[]): number {
  const index = xml.digits();
  return index < styles.length ? index : -1;
}

/** Reads the attributes of a `<c>` and starts reading the cell. */
function startCell(xml: XmlScanner, bytes: Buffer, cell: CellReader, rowStyle: number, styles: readonly CellStyle[]): void {
  let col = cell.col + 1;
  let own = -1;
  let type = 'n';
  xml.firstAttribute();
  while (xml.nextAttribute()) {
    if (xml.attributeIs('r')) col = columnOf(xml, bytes);
    else if (xml.attributeIs('s')) own = styleIndex(xml, styles);
    else if (xml.attributeIs('t')) type = cellType(xml);
  }
  cell.start(col, own > 0 ? own : rowStyle, type);
}

/**
 * The cells of a worksheet's XML and its merged ranges. A cell's font and number format come
 * from its own style, or when it names none (or style 0), from its row's (as exceljs, which read
 * these sheets before, took them). A row or a cell without a reference follows the one before.
 */
export function readSheetCells(bytes: Buffer, part: string, context: SheetContext): SheetCells {
  const xml = new XmlScanner(bytes, part);
  const rows: (RawCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const cell = new CellReader(xml, context);
  let inSheetData = false;
  let rowNumber = 0;
  let rowStyle = -1;
  let row: (RawCell | undefined)[] | null = null;
  let inCell = false;
  /** Where text goes: 'v' (a value, an inline string's text), 'f' (a formula) or nowhere. */
  let capture: 'v' | 'f' | null = null;
  let phonetic = 0;
  for (let token = xml.next(); token !== END; token = xml.next()) {
    if (token === TEXT) {
      if (capture === 'v') cell.addValueText();
      else if (capture === 'f') cell.formula += xml.text();
      continue;
    }
    const name = xml.name;
    if (token === OPEN) {
      if (name === 'c' && row !== null) {
        startCell(xml, bytes, cell, rowStyle, context.styles);
        inCell = true;
      } else if (inCell && (name === 'v' || (name === 't' && phonetic === 0))) {
        capture = 'v';
        cell.openValue();
      } else if (inCell && name === 'f') {
        capture = 'f';
        cell.formula = '';
      } else if (inCell && name === 'is') {
        cell.openValue();
      } else if (inCell && name === 'rPh') {
        phonetic++;
      } else if (name === 'row' && inSheetData) {
        rowNumber = xml.attribute('r') ? xml.digits() : rowNumber + 1;
        if (!(rowNumber >= 1 && rowNumber <= MAX_ROW)) throw xml.error('có dòng không hợp lệ');
        rowStyle = xml.attribute('s') ? styleIndex(xml, context.styles) : -1;
        row = [];
        cell.col = 0;
      } else if (name === 'sheetData') {
        inSheetData = true;
      } else if (name === 'mergeCell' && xml.attribute('ref')) {
        const range = parseRange(xml.text());
        if (range) merges.push(range);
      }
    } else if (token === CLOSE) {
      if (name === 'v' || name === 't' || name === 'f') capture = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && inCell) {
        inCell = false;
        capture = null;
        const found = cell.finish();
        if (found) (row as (RawCell | undefined)[])[cell.col] = found;
      } else if (name === 'row' && row !== null) {
        if (row.length > 0) rows[rowNumber] = row;
        row = null;
      } else if (name === 'sheetData') inSheetData = false;
    }
  }
  return { rows, merges };
}
