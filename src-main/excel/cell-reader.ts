import { EXCEL_LIMITS } from './limits';
import type { SheetBudget } from './sheet-budget';
import type { CellStyle } from './workbook-parts';
import type { XmlScanner } from './xml-scanner';

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

export interface SheetContext {
  /** null: a string longer than a cell may be (refused when a cell shows it). */
  strings: readonly (string | null)[];
  styles: readonly CellStyle[];
  date1904: boolean;
}

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

/** Reads one `<c>` of a sheet: its attributes, then the text of its `<v>`, `<f>` or `<is>` as it
 *  comes, then the cell it makes. */
export class CellReader {
  row = 0;
  col = 0;
  /** Index of the cell's style in `cellXfs`; -1 for none. */
  styleIndex = -1;
  type = 'n';
  formula: string | null = null;
  hasValue = false;
  private readonly sharedCells = new Map<number, RawCell>();
  /** The value: its text, or while it is only digits (a shared string's index, a whole number)
   *  and only the number is needed, that number and no string. */
  private text: string | null = null;
  private digits = NaN;
  private digitCount = 0;

  constructor(
    private readonly xml: XmlScanner,
    private readonly context: SheetContext,
    private readonly budget: SheetBudget,
  ) {}

  start(col: number, styleIndex: number, type: string): void {
    this.col = col;
    this.styleIndex = styleIndex;
    this.type = type;
    this.formula = null;
    this.hasValue = false;
    this.text = null;
    this.digits = NaN;
  }

  /** A `<v>`, `<is>` or `<t>` opens: the cell has a value, maybe empty. */
  openValue(): void {
    this.hasValue = true;
  }

  /** The text just read belongs to the value. */
  addValueText(): void {
    const xml = this.xml;
    if (this.text === null && Number.isNaN(this.digits)) {
      this.digits = xml.digits();
      this.digitCount = xml.end - xml.start;
      const onlyTheNumber = this.formula === null && (this.type === 's' || this.type === 'n');
      if (!onlyTheNumber || Number.isNaN(this.digits)) this.text = xml.text();
    } else {
      this.text = this.valueText() + xml.text();
      this.digits = NaN;
    }
    if (this.text !== null && this.text.length > EXCEL_LIMITS.cellCharacters) throw this.budget.cellTooLong(this.row, this.col);
  }

  private valueText(): string {
    if (this.text !== null) return this.text;
    return Number.isNaN(this.digits) ? '' : String(this.digits).padStart(this.digitCount, '0');
  }

  /** The cell read, or undefined when it holds nothing (only a style, an empty string). */
  finish(): RawCell | undefined {
    const style = this.styleIndex >= 0 ? this.context.styles[this.styleIndex] : undefined;
    const font = style?.font ?? null;
    if (this.formula !== null) return this.formulaCell(font);
    if (!this.hasValue) return undefined;
    switch (this.type) {
      case 's': {
        return this.sharedString(Number.isNaN(this.digits) ? parseInt(this.valueText(), 10) : this.digits, font);
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
        const number = Number.isNaN(this.digits) ? parseFloat(this.valueText()) : this.digits;
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
    if (text === null) throw this.budget.cellTooLong(this.row, this.col);
    if (text === undefined || text === '') return undefined;
    const key = index * (this.context.styles.length + 1) + this.styleIndex + 1;
    let cell = this.sharedCells.get(key);
    if (!cell) this.sharedCells.set(key, (cell = { text, value: text, formula: null, error: null, font, textual: true }));
    return cell;
  }
}
