import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * The hostile workbooks of issue 10, finding 7, built byte by byte: small files that inflate to
 * hundreds of megabytes, a sheet of every row Excel has, a workbook of thousands of sheets. A part
 * is given as pieces, each repeated: each piece is deflated once, on its own (a full flush, so it
 * refers to nothing before it), and its compressed bytes are repeated, so that 300 MB of text
 * costs the file 300 KB and the test no memory.
 */
export interface Piece {
  text: string;
  times: number;
}

export interface AttackPart {
  path: string;
  content: string | Piece[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MB = 2 ** 20;

interface Compressed {
  data: Buffer[];
  crc: number;
  size: number;
  compressedSize: number;
}

function compress(content: string | Piece[]): Compressed {
  const pieces = typeof content === 'string' ? [{ text: content, times: 1 }] : content;
  const data: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const { text, times } of pieces) {
    const raw = Buffer.from(text);
    const deflated = deflateRawSync(raw, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      crc = crc32(raw, crc);
      data.push(deflated);
    }
    size += raw.length * times;
  }
  data.push(deflateRawSync(Buffer.alloc(0)));
  return { data, crc, size, compressedSize: data.reduce((sum, b) => sum + b.length, 0) };
}

/** A zip archive of deflated parts (sizes under 4 GB: no zip64). */
export function zipOf(parts: readonly AttackPart[]): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path);
    const { data, crc, size, compressedSize } = compress(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressedSize, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, ...data);
    central.push(entry, name);
    offset += local.length + name.length + compressedSize;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...out, directory, end]));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The XML of a sheet around its rows (given as pieces), and after them e.g. its merged ranges. */
export function sheetXml(rows: Piece[], after = ''): Piece[] {
  return [{ text: `${XML_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>`, times: 1 }, ...rows, { text: `</sheetData>${after}</worksheet>`, times: 1 }];
}

/** The shared strings part of these strings (given as pieces of the XML between `<sst>` and `</sst>`). */
export function sharedStringsXml(strings: Piece[]): Piece[] {
  return [{ text: `${XML_DECLARATION}<sst xmlns="${MAIN}">`, times: 1 }, ...strings, { text: '</sst>', times: 1 }];
}

/**
 * A workbook: its sheets (name and the path of the part holding its XML; several sheets may name
 * the same part), those parts, and shared strings and styles when given.
 */
export function workbookOf(sheets: readonly { name: string; part: string }[], parts: readonly AttackPart[], sharedStrings?: string | Piece[], styles?: string): Uint8Array {
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="/${s.part}"/>`);
  if (sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  const overrides = [...new Set(sheets.map((s) => s.part))].map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return zipOf([
    {
      path: '[Content_Types].xml',
      content: `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    },
    { path: '_rels/.rels', content: `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { path: 'xl/workbook.xml', content: `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetList}</sheets></workbook>` },
    { path: 'xl/_rels/workbook.xml.rels', content: `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rels.join('')}</Relationships>` },
    ...parts,
    ...(sharedStrings !== undefined ? [{ path: 'xl/sharedStrings.xml', content: sharedStrings }] : []),
    ...(styles !== undefined ? [{ path: 'xl/styles.xml', content: styles }] : []),
  ]);
}

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức'];

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** The title and header rows of a small tally sheet: five names, three to elect. */
function headerRows(): string {
  const names = NAMES.map((name, i) => inline(`${String.fromCharCode(66 + i)}3`, name)).join('');
  return `<row r="1">${inline('A1', 'BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH')}</row><row r="2">${inline('A2', 'Số đại biểu được triệu tập: 10. Số lượng cần bầu: 3. Đánh dấu x vào tên đồng chí bị gạch.')}</row><row r="3">${inline('A3', 'STT')}${names}</row>`;
}

/** A tally sheet of five names and a few ballots, each striking two names. */
function smallTallySheet(): Piece[] {
  const ballots = [4, 5, 6, 7].map((r) => `<row r="${r}"><c r="A${r}"><v>${r - 3}</v></c>${inline(`B${r}`, 'x')}${inline(`C${r}`, 'x')}</row>`).join('');
  return sheetXml([{ text: headerRows() + ballots, times: 1 }]);
}

/** The shared string attack: a 300 MB string in a file of about 300 KB. */
export function hugeSharedString(megabytes = 300): Uint8Array {
  const sheet = sheetXml([{ text: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, times: 1 }]);
  const strings = sharedStringsXml([{ text: '<si><t>', times: 1 }, { text: 'A'.repeat(MB), times: megabytes }, { text: '</t></si>', times: 1 }]);
  return workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheet }], strings);
}

export const EXCEL_ROWS = 1_048_576;

/** A tally sheet of every row Excel has: the header, then ballot after ballot striking the same
 *  two names (rows and cells without references follow the ones before). */
export function everyRow(): Uint8Array {
  const ballot = `<row><c><v>1</v></c>${['B', 'C', 'D', 'E', 'F'].map((_, i) => (i < 2 ? '<c t="inlineStr"><is><t>x</t></is></c>' : '<c/>')).join('')}</row>`;
  const ballots = EXCEL_ROWS - 3;
  const block = 1024;
  const rows: Piece[] = [
    { text: headerRows(), times: 1 },
    { text: ballot.repeat(block), times: Math.floor(ballots / block) },
    { text: ballot, times: ballots % block },
  ];
  return workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheetXml(rows) }]);
}

/** The sheets attack: thousands of sheets, each a small tally sheet, all one part of the archive. */
export function manySheets(count = 5000): Uint8Array {
  const sheets = Array.from({ length: count }, (_, i) => ({ name: `BCH ${i + 1}`, part: 'xl/worksheets/sheet1.xml' }));
  return workbookOf(sheets, [{ path: 'xl/worksheets/sheet1.xml', content: smallTallySheet() }]);
}

/** A small tally sheet whose cell B5 (a mark) holds text of this many characters, inline or as a
 *  shared string. */
export function longCell(characters: number, as: 'inline' | 'shared'): Uint8Array {
  const long = 'Nguyễn Văn An '.repeat(Math.ceil(characters / 14)).slice(0, characters);
  const cell = as === 'inline' ? inline('B5', long) : '<c r="B5" t="s"><v>0</v></c>';
  const sheet = sheetXml([{ text: `${headerRows()}<row r="4"><c r="A4"><v>1</v></c>${inline('B4', 'x')}</row><row r="5"><c r="A5"><v>2</v></c>${cell}</row>`, times: 1 }]);
  const strings = as === 'shared' ? sharedStringsXml([{ text: `<si><t>${long}</t></si>`, times: 1 }]) : undefined;
  return workbookOf([{ name: 'BCH', part: 'xl/worksheets/sheet1.xml' }], [{ path: 'xl/worksheets/sheet1.xml', content: sheet }], strings);
}

/** Sheets whose XML is a small tally sheet followed by comments (a kilobyte each) filling this
 *  many megabytes: each part under the limit on a part, together over the limit on the archive. */
export function paddedSheets(sheets: number, megabytes: number): Uint8Array {
  const [open, rows, close] = smallTallySheet() as [Piece, Piece, Piece];
  const content = [open, rows, comments(megabytes), close];
  const list = Array.from({ length: sheets }, (_, i) => ({ name: `BCH ${i + 1}`, part: `xl/worksheets/sheet${i + 1}.xml` }));
  return workbookOf(list, list.map((s) => ({ path: s.part, content })));
}

function comments(megabytes: number): Piece {
  return { text: `<!--${' '.repeat(1017)}-->`.repeat(1024), times: megabytes };
}

/** One part of comments, this many megabytes, named by this many sheets: the archive's directory
 *  does not tell how much will be inflated, only the bytes counted as they are inflated do. */
export function onePartManySheets(sheets: number, megabytes: number): Uint8Array {
  const list = Array.from({ length: sheets }, (_, i) => ({ name: `BCH ${i + 1}`, part: 'xl/worksheets/sheet1.xml' }));
  return workbookOf(list, [{ path: 'xl/worksheets/sheet1.xml', content: sheetXml([comments(megabytes)]) }]);
}

/** A tally sheet's title and header of this many names (rows and cells without references). */
function wideHeader(names: number, summoned: number): string {
  const name = (i: number) => `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
  return `<row><c t="inlineStr"><is><t>Số đại biểu được triệu tập: ${summoned}. Số lượng cần bầu: ${names - 1}. Đánh dấu x vào tên đồng chí bị gạch.</t></is></c></row><row><c t="inlineStr"><is><t>STT</t></is></c>${Array.from({ length: names }, (_, i) => `<c t="inlineStr"><is><t>${name(i)}</t></is></c>`).join('')}</row>`;
}

/** Sheets (all one part) of this many ballots over this many names, each cell of each ballot
 *  holding this (an x, by default, as a shared string). */
export function ballotSheets(sheets: number, ballots: number, names: number, cell = '<c t="s"><v>0</v></c>'): Uint8Array {
  const ballot = `<row><c><v>1</v></c>${cell.repeat(names)}</row>`;
  const block = 100;
  const part = sheetXml([{ text: wideHeader(names, ballots + 10), times: 1 }, { text: ballot.repeat(block), times: Math.floor(ballots / block) }, { text: ballot, times: ballots % block }]);
  const list = Array.from({ length: sheets }, (_, i) => ({ name: sheets === 1 ? 'BCH' : `BCH ${i + 1}`, part: 'xl/worksheets/sheet1.xml' }));
  return workbookOf(list, [{ path: 'xl/worksheets/sheet1.xml', content: part }], sharedStringsXml([{ text: '<si><t>x</t></si>', times: 1 }]));
}

/** A sheet of ballots whose every mark is a 7: read whole, refused by the import, cell by cell. */
export function everyMarkWrong(ballots: number, names: number): Uint8Array {
  return ballotSheets(1, ballots, names, '<c><v>7</v></c>');
}
