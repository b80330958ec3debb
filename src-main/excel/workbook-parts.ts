import { count, EXCEL_LIMITS, overLimit } from './limits';
import { scanPieces } from './xml-pieces';
import { CLOSE, END, MORE, OPEN, TEXT, XmlScanner } from './xml-scanner';

/** What the reader needs of a cell style (an `xf` of `cellXfs`): its font's name and whether its
 *  number format shows a date. */
export interface CellStyle {
  font: string | null;
  date: boolean;
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format shows a date when, outside its quoted text and its [colour] and [condition] parts,
 *  it has a date or time letter. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function integerAttribute(xml: XmlScanner, name: string): number {
  return xml.attribute(name) ? parseInt(xml.text(), 10) : NaN;
}

/** Refuses the styles when they hold more of something (formats, fonts) than Excel keeps. */
function countStyles(part: string, held: number, what: string): void {
  const limit = count(EXCEL_LIMITS.styles);
  if (held > EXCEL_LIMITS.styles) throw overLimit(`Tệp .xlsx, phần "${part}"`, `có hơn ${limit} ${what}`, limit);
}

/** The cell styles of xl/styles.xml, by index. */
export function readCellStyles(bytes: Buffer | null, part = 'xl/styles.xml'): CellStyle[] {
  if (bytes === null) return [];
  const xml = XmlScanner.of(bytes, part);
  const formats = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { fontId: number; numFmtId: number }[] = [];
  let section = '';
  let depth = 0;
  let sectionDepth = -1;
  for (let token = xml.next(); token !== END; token = xml.next()) {
    if (token === OPEN) {
      depth++;
      const name = xml.name;
      if (sectionDepth < 0 && (name === 'numFmts' || name === 'fonts' || name === 'cellXfs')) {
        section = name;
        sectionDepth = depth;
      } else if (section === 'numFmts' && name === 'numFmt') {
        const id = integerAttribute(xml, 'numFmtId');
        const code = xml.attributeText('formatCode');
        if (Number.isInteger(id) && code !== null) countStyles(part, formats.set(id, code).size, 'định dạng số');
      } else if (section === 'fonts' && name === 'font' && depth === sectionDepth + 1) {
        countStyles(part, fonts.push(null), 'phông chữ');
      } else if (section === 'fonts' && name === 'name' && depth === sectionDepth + 2 && fonts.length > 0) {
        fonts[fonts.length - 1] = xml.attributeText('val');
      } else if (section === 'cellXfs' && name === 'xf' && depth === sectionDepth + 1) {
        countStyles(part, xfs.push({ fontId: integerAttribute(xml, 'fontId'), numFmtId: integerAttribute(xml, 'numFmtId') }), 'kiểu ô');
      }
    } else if (token === CLOSE) {
      if (depth === sectionDepth) {
        section = '';
        sectionDepth = -1;
      }
      depth--;
    }
  }
  return xfs.map(({ fontId, numFmtId }) => {
    const code = numFmtId ? (formats.get(numFmtId) ?? null) : null;
    return {
      font: (Number.isInteger(fontId) ? fonts[fontId] : null) ?? null,
      date: code !== null && code !== '' ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(numFmtId),
    };
  });
}

/** The shared strings as they are read: a string longer than a cell may be is not kept (nor
 *  built past the limit); it is null, and a cell that shows it is refused. */
class SharedStringsReader {
  readonly strings: (string | null)[] = [];
  private text = '';
  private tooLong = false;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly xml: XmlScanner) {}

  readAvailable(): void {
    const xml = this.xml;
    for (let token = xml.next(); token !== MORE && token !== END; token = xml.next()) {
      if (token === TEXT) {
        if (this.inText && !this.tooLong) this.addText(xml.text());
      } else if (token === OPEN) {
        if (xml.name === 'si') this.startString();
        else if (xml.name === 'rPh') this.phonetic++;
        else if (xml.name === 't') this.inText = this.phonetic === 0;
      } else if (xml.name === 't') this.inText = false;
      else if (xml.name === 'rPh') this.phonetic--;
      else if (xml.name === 'si') this.add();
    }
  }

  private startString(): void {
    this.text = '';
    this.tooLong = false;
  }

  private addText(text: string): void {
    this.text += text;
    if (this.text.length <= EXCEL_LIMITS.cellCharacters) return;
    this.tooLong = true;
    this.text = '';
  }

  private add(): void {
    const limit = count(EXCEL_LIMITS.workbookCells);
    if (this.strings.length >= EXCEL_LIMITS.workbookCells) throw overLimit(`Tệp .xlsx, phần "${this.xml.part}"`, `có hơn ${limit} chuỗi`, `${limit} chuỗi, bằng số ô cả bảng tính`);
    this.strings.push(this.tooLong ? null : this.text);
  }
}

/**
 * The strings of xl/sharedStrings.xml, by index, read as the part is inflated: the text of each
 * `si`, its runs joined (a phonetic reading, `rPh`, is not part of the text); null for a string
 * longer than a cell may be.
 */
export async function readSharedStrings(chunks: AsyncIterable<Buffer> | null, part = 'xl/sharedStrings.xml'): Promise<(string | null)[]> {
  if (chunks === null) return [];
  const xml = new XmlScanner(part);
  const reader = new SharedStringsReader(xml);
  await scanPieces(chunks, xml, () => reader.readAvailable());
  return reader.strings;
}
