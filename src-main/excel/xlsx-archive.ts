import JSZip from 'jszip';
import { fail, ok, type Result } from '../../shared/result';
import { parseRange, type CellRange } from './grid';

export const EXCEL_UNREADABLE = 'EXCEL_UNREADABLE';

/** A worksheet as the archive lists it, in workbook order. */
export interface ArchiveSheet {
  name: string;
  hidden: boolean;
  /** Path of its XML inside the archive, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  merges: CellRange[];
}

export interface Archive {
  sheets: ArchiveSheet[];
  /** The same workbook repacked in the order and under the names exceljs's streaming reader
   *  expects (workbook, relations, shared strings and styles first; worksheets named
   *  sheet1.xml, sheet2.xml… in workbook order), uncompressed. Writers differ in both, and that
   *  reader silently names sheets "Sheet1" or drops one when the order is not its own. */
  canonical: Uint8Array;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) found.set(match[1] as string, decodeXmlText(match[3] ?? match[4] ?? ''));
  return found;
}

/** The value of an attribute whatever its namespace prefix (`r:id`, `ns1:id`). */
function attribute(found: Map<string, string>, localName: string): string | undefined {
  for (const [key, value] of found) if (key === localName || key.endsWith(`:${localName}`)) return value;
  return undefined;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The merged ranges of a sheet, read in chunks: a sheet of 20,000 rows is never held as one string. */
function readMerges(zip: JSZip, path: string): Promise<CellRange[]> {
  const file = zip.file(path);
  if (!file) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const merges: CellRange[] = [];
    let carry = '';
    file
      .nodeStream('nodebuffer')
      .on('data', (chunk: Buffer) => {
        // The references are ASCII: reading bytes as Latin-1 keeps them whole wherever a chunk ends.
        const text = carry + chunk.toString('latin1');
        const pattern = /<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*"([^"]+)"[^>]*>/g;
        let last = 0;
        for (const match of text.matchAll(pattern)) {
          const range = parseRange(match[1] as string);
          if (range) merges.push(range);
          last = (match.index ?? 0) + match[0].length;
        }
        // Keep the end of the chunk, in case a tag is cut in two.
        carry = text.slice(Math.max(last, text.length - 200));
      })
      .on('error', reject)
      .on('end', () => resolve(merges));
  });
}

/** Whether exceljs's streaming reader can take the archive as it is: the workbook, its relations,
 *  shared strings and styles stored before any worksheet, worksheets named sheetN.xml. */
function inReaderOrder(zip: JSZip, sheets: readonly ArchiveSheet[], sheetIds: readonly string[], targets: ReadonlyMap<string, string>, parts: ReadonlyMap<string, string>): boolean {
  const order = Object.keys(zip.files);
  const firstSheet = Math.min(...sheets.map((s) => order.indexOf(s.path)));
  const before = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', ...parts.values()];
  if (parts.get('sharedStrings') !== undefined && parts.get('sharedStrings') !== 'xl/sharedStrings.xml') return false;
  if (parts.get('styles') !== undefined && parts.get('styles') !== 'xl/styles.xml') return false;
  if (!before.every((path) => order.indexOf(path) >= 0 && order.indexOf(path) < firstSheet)) return false;
  if (parts.get('sharedStrings') === undefined) return false; // the reader then parks every sheet in a temporary file
  return sheets.every((s, i) => /^xl\/worksheets\/sheet\d+\.xml$/.test(s.path) && targets.get(sheetIds[i] as string) === s.path);
}

/**
 * Opens the archive and checks it whole (every entry against its checksum) before anything reads
 * a cell, so that a truncated or altered file is refused cleanly. Lists the worksheets with their
 * merged ranges; the cells themselves are read by read-cells.ts.
 */
export async function openArchive(bytes: Uint8Array): Promise<Result<Archive>> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return fail(EXCEL_UNREADABLE, 'Đây là tệp Excel 97-2003 (.xls): hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx rồi nhập lại');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) return fail(EXCEL_UNREADABLE, 'Tệp không phải là bảng tính Excel (.xlsx)');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    return fail(EXCEL_UNREADABLE, `Tệp .xlsx bị hỏng, không giải nén được (${(error as Error).message})`);
  }
  try {
    const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
    const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
    if (workbookXml === undefined || relsXml === undefined) return fail(EXCEL_UNREADABLE, 'Tệp không có phần mô tả sổ tính (xl/workbook.xml): không phải bảng tính Excel (.xlsx)');
    const targets = new Map<string, string>();
    const parts = new Map<string, string>();
    for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
      const found = attributes(match[0]);
      const id = found.get('Id');
      const target = found.get('Target');
      const type = (found.get('Type') ?? '').replace(/^.*\//, '');
      if (!id || !target) continue;
      if (type === 'worksheet') targets.set(id, resolveTarget(target));
      else if (type === 'sharedStrings' || type === 'styles') parts.set(type, resolveTarget(target));
    }
    const sheets: ArchiveSheet[] = [];
    const sheetIds: string[] = [];
    for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
      const found = attributes(match[0]);
      const rId = attribute(found, 'id') ?? '';
      const path = targets.get(rId);
      const name = found.get('name');
      if (path === undefined || name === undefined || !zip.file(path)) continue; // a chart sheet, or a sheet without data
      const state = found.get('state');
      sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path, merges: await readMerges(zip, path) });
      sheetIds.push(rId);
    }
    if (sheets.length === 0) return fail(EXCEL_UNREADABLE, 'Sổ tính không có trang tính nào');

    if (inReaderOrder(zip, sheets, sheetIds, targets, parts)) return ok({ sheets, canonical: bytes });
    const canonical = new JSZip();
    const copy = async (from: string, to: string) => {
      const file = zip.file(from);
      if (file) canonical.file(to, await file.async('uint8array'));
    };
    canonical.file('xl/workbook.xml', workbookXml);
    const canonicalRels = relsXml.replace(/<(?:\w+:)?Relationship\s[^>]*>/g, (tag) => {
      const found = attributes(tag);
      const index = sheetIds.indexOf(found.get('Id') ?? '');
      if (index >= 0) return tag.replace(/Target\s*=\s*("[^"]*"|'[^']*')/, `Target="worksheets/sheet${index + 1}.xml"`);
      const type = (found.get('Type') ?? '').replace(/^.*\//, '');
      if (type === 'sharedStrings' || type === 'styles') return tag.replace(/Target\s*=\s*("[^"]*"|'[^']*')/, `Target="${type}.xml"`);
      return tag;
    });
    canonical.file('xl/_rels/workbook.xml.rels', canonicalRels);
    for (const type of ['sharedStrings', 'styles']) {
      const from = parts.get(type);
      if (from) await copy(from, `xl/${type}.xml`);
    }
    for (const [i, sheet] of sheets.entries()) await copy(sheet.path, `xl/worksheets/sheet${i + 1}.xml`);
    return ok({ sheets, canonical: await canonical.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }) });
  } catch (error) {
    return fail(EXCEL_UNREADABLE, `Tệp .xlsx bị hỏng (${(error as Error).message})`);
  }
}
