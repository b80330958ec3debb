import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml-scanner';

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

/** The cell styles of xl/styles.xml, by index. */
export function readCellStyles(bytes: Buffer | null): CellStyle[] {
  if (bytes === null) return [];
  const xml = XmlScanner.of(bytes, 'xl/styles.xml');
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
        if (Number.isInteger(id) && code !== null) formats.set(id, code);
      } else if (section === 'fonts' && name === 'font' && depth === sectionDepth + 1) {
        fonts.push(null);
      } else if (section === 'fonts' && name === 'name' && depth === sectionDepth + 2 && fonts.length > 0) {
        fonts[fonts.length - 1] = xml.attributeText('val');
      } else if (section === 'cellXfs' && name === 'xf' && depth === sectionDepth + 1) {
        xfs.push({ fontId: integerAttribute(xml, 'fontId'), numFmtId: integerAttribute(xml, 'numFmtId') });
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

/**
 * The strings of xl/sharedStrings.xml, by index: the text of each `si`, its runs joined (a
 * phonetic reading, `rPh`, is not part of the text).
 */
export function readSharedStrings(bytes: Buffer | null): string[] {
  if (bytes === null) return [];
  const xml = XmlScanner.of(bytes, 'xl/sharedStrings.xml');
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  for (let token = xml.next(); token !== END; token = xml.next()) {
    if (token === TEXT) {
      if (inText) text += xml.text();
    } else if (token === OPEN) {
      if (xml.name === 'si') text = '';
      else if (xml.name === 'rPh') phonetic++;
      else if (xml.name === 't') inText = phonetic === 0;
    } else if (xml.name === 't') inText = false;
    else if (xml.name === 'rPh') phonetic--;
    else if (xml.name === 'si') strings.push(text);
  }
  return strings;
}
