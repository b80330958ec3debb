import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { SheetContext } from '../../src-main/excel/cell-reader';
import { readWorkbook } from '../../src-main/excel/read-workbook';
import { readSheetCells } from '../../src-main/excel/sheet-cells';
import { workbookBytes } from '../helpers/workbooks';

const NO_PARTS: SheetContext = { strings: [], styles: [], date1904: false };

function sheetXml(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Every cell as [row, column, text, value], in order. */
function cellsOf(rows: Awaited<ReturnType<typeof readSheetCells>>['rows']): unknown[] {
  const out: unknown[] = [];
  rows.forEach((row, r) => row.forEach((cell, c) => cell && out.push([r, c, cell.text, cell.value instanceof Date ? cell.value.toISOString() : cell.value])));
  return out;
}

/** A workbook of one sheet whose XML (and shared strings) are replaced by these. */
async function workbookWith(sheet: string, sharedStrings?: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookBytes([{ name: 'BCH', rows: [['x']] }]));
  zip.file('xl/worksheets/sheet1.xml', sheet);
  if (sharedStrings !== undefined) zip.file('xl/sharedStrings.xml', sharedStrings);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const result = await readWorkbook(bytes);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('EXCEL_UNREADABLE');
  return result.error.message;
}

describe('the sheet XML, read as it is inflated', () => {
  it('reads the same cells whatever the size of the pieces, tokens and letters cut anywhere', async () => {
    const xml = Buffer.from(
      sheetXml(
        [
          '<!-- một chú thích --><row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn An &amp; &#7841;</t></is></c><c r="B1" t="str"><v><![CDATA[<Trần>]]></v></c></row>',
          "<row r='3'><x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r='C3'><x:v>42</x:v></x:c><c r=\"D3\" a=\"1>0\"><v>007</v></c><c r=\"E3\" t=\"b\"><v>1</v></c></row>",
          '<?pi ?><row r="4"><c r="A4"><f>SUM(A1:A3)</f><v>3.5</v></c><c r="B4" t="e"><v>#REF!</v></c><c r="C4"/></row>',
        ].join('\n'),
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      ) + '<!--x-->',
    );
    const whole = await readSheetCells(inPieces(xml, xml.length), 'sheet1.xml', NO_PARTS);
    expect(cellsOf(whole.rows)).toEqual([
      [1, 1, 'Nguyễn Văn An & ạ', 'Nguyễn Văn An & ạ'],
      [1, 2, '<Trần>', '<Trần>'],
      [3, 3, '42', 42],
      [3, 4, '7', 7],
      [3, 5, 'TRUE', true],
      [4, 1, '3.5', 3.5],
      [4, 2, '#REF!', null],
    ]);
    expect(whole.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const pieces = await readSheetCells(inPieces(xml, size), 'sheet1.xml', NO_PARTS);
      expect(cellsOf(pieces.rows), `pieces of ${size} bytes`).toEqual(cellsOf(whole.rows));
      expect(pieces.merges).toEqual(whole.merges);
    }
  });

  it('keeps every run of an inline string but not its phonetic reading; cells and rows without a reference follow the one before', async () => {
    const xml = Buffer.from(sheetXml('<row><c t="inlineStr"><is><r><t>Lê </t></r><r><t xml:space="preserve">Thị </t></r><r><t>Cúc</t></r><rPh><t>ふりがな</t></rPh></is></c><c><v>5</v></c></row><row><c r="C2"><v>1</v></c><c><v>2</v></c></row>'));
    const { rows } = await readSheetCells(inPieces(xml, 4), 'sheet1.xml', NO_PARTS);
    expect(cellsOf(rows)).toEqual([
      [1, 1, 'Lê Thị Cúc', 'Lê Thị Cúc'],
      [1, 2, '5', 5],
      [2, 3, '1', 1],
      [2, 4, '2', 2],
    ]);
  });

  it('reads shared strings by index, and serial dates by the number format, 1904-based too', async () => {
    const context: SheetContext = { strings: ['x', 'Hợp lệ'], styles: [{ font: null, date: false }, { font: '.VnTime', date: true }], date1904: false };
    const xml = Buffer.from(sheetXml('<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45000</v></c><c r="C2" t="s" s="1"><v>0</v></c><c r="D2" t="s"><v>9</v></c></row>'));
    const { rows } = await readSheetCells(inPieces(xml, 16), 'sheet1.xml', context);
    expect(cellsOf(rows)).toEqual([
      [2, 1, 'Hợp lệ', 'Hợp lệ'],
      [2, 2, '2023-03-15', '2023-03-15T00:00:00.000Z'],
      [2, 3, 'x', 'x'],
    ]);
    expect(rows[2]?.[3]?.font).toBe('.VnTime');
    const mac = await readSheetCells(inPieces(xml, 16), 'sheet1.xml', { ...context, date1904: true });
    expect(mac.rows[2]?.[2]?.text).toBe('2027-03-16');
  });

  it('refuses a sheet or its shared strings cut short, and tags that do not match, naming the part', async () => {
    const good = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    expect(await refusal(await workbookWith(good.slice(0, good.indexOf('<row r="2"') + 5)))).toMatch(/^Không đọc được nội dung bảng tính: tệp bị hỏng \(phần "xl\/worksheets\/sheet1\.xml" bị cắt cụt/);
    expect(await refusal(await workbookWith(good.replace('</c></row><row r="2">', '</row><row r="2">')))).toMatch(/phần "xl\/worksheets\/sheet1\.xml" có thẻ <c> đóng bằng <\/row>/);
    expect(await refusal(await workbookWith(good, '<sst><si><t>Nguyễn Văn An</t></si><si><t>Trần'))).toMatch(/phần "xl\/sharedStrings\.xml" bị cắt cụt/);
    expect(await refusal(await workbookWith(good.replace('<row r="2">', '<row r="0">')))).toMatch(/có dòng không hợp lệ/);
  });
});

describe('the archive', () => {
  it('is checked whole: an altered part, a sheet or one nothing reads, is refused; so is a cut file', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: [['STT', 'Nguyễn Văn An', 'Trần Thị Bình'], [1, 'x', null]] }]);
    const zip = await JSZip.loadAsync(bytes);
    for (const path of ['xl/worksheets/sheet1.xml', 'docProps/core.xml']) {
      const stored = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
      const content = await stored.file(path)?.async('uint8array');
      const raw = await stored.generateAsync({ type: 'uint8array', compression: 'STORE' });
      // One byte of the part changed in place: its CRC-32 no longer matches.
      const at = Buffer.from(raw).indexOf(Buffer.from(content as Uint8Array)) + 60;
      const altered = raw.slice();
      altered[at] = (altered[at] as number) ^ 0x01;
      expect(await refusal(altered)).toBe(`Tệp .xlsx bị hỏng, không giải nén được (phần "${path}" sai mã kiểm tra (CRC-32))`);
    }
    expect(await refusal(bytes.slice(0, bytes.length - 30))).toMatch(/^Tệp \.xlsx bị hỏng, không giải nén được/);
  });

  it('reads a zip64 archive (sizes and offsets in the zip64 fields)', async () => {
    const bytes = await workbookBytes([{ name: 'BCH', rows: [['STT', 'Nguyễn Văn An'], [1, 'x']] }]);
    const zip = await JSZip.loadAsync(bytes);
    const files = await Promise.all(Object.keys(zip.files).filter((p) => !zip.files[p]?.dir).map(async (path) => ({ path, data: Buffer.from(await (zip.file(path) as JSZip.JSZipObject).async('uint8array')) })));
    const grid = await readWorkbook(zip64(files));
    if (!grid.ok) throw new Error(grid.error.message);
    expect(grid.value.sheets[0]?.rows[1]?.[2]?.text).toBe('Nguyễn Văn An');
    expect(grid.value.sheets[0]?.rows[2]?.[2]?.text).toBe('x');
  });
});

/** A stored (uncompressed) zip whose every size and offset is given only in zip64 fields. */
function zip64(files: { path: string; data: Buffer }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { path, data } of files) {
    const name = Buffer.from(path);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const centralExtra = Buffer.alloc(28);
    centralExtra.writeUInt16LE(1, 0);
    centralExtra.writeUInt16LE(24, 2);
    centralExtra.writeBigUInt64LE(BigInt(data.length), 4);
    centralExtra.writeBigUInt64LE(BigInt(data.length), 12);
    centralExtra.writeBigUInt64LE(BigInt(offset), 20);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(45, 4);
    entry.writeUInt16LE(45, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(0xffffffff, 20);
    entry.writeUInt32LE(0xffffffff, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(centralExtra.length, 30);
    entry.writeUInt32LE(0xffffffff, 42);
    parts.push(local, name, extra, data);
    central.push(entry, name, centralExtra);
    offset += local.length + name.length + extra.length + data.length;
  }
  const directory = Buffer.concat(central);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(files.length), 24);
  record.writeBigUInt64LE(BigInt(files.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, record, locator, end]));
}
