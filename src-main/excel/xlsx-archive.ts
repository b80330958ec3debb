import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import { fail, ok, type Result } from '../../shared/result';
import type { WorkbookParts } from './exceljs-sheets';
import { parseRange, type CellRange } from './grid';

export const EXCEL_UNREADABLE = 'EXCEL_UNREADABLE';

/** A worksheet as the archive lists it, in workbook order. */
export interface ArchiveSheet {
  name: string;
  hidden: boolean;
  /** Path of its XML inside the archive, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

export interface Archive {
  zip: JSZip;
  sheets: ArchiveSheet[];
  parts: WorkbookParts;
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

/** A sheet's XML as text, decoded across chunk boundaries (a sheet of 20,000 rows is never held
 *  as one string), its merged ranges collected on the way. */
export async function* sheetText(zip: JSZip, path: string, merges: CellRange[]): AsyncGenerator<string> {
  const file = zip.file(path);
  if (!file) return;
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  const scan = (text: string) => {
    const chunk = carry + text;
    let last = 0;
    for (const match of chunk.matchAll(/<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*"([^"]+)"[^>]*>/g)) {
      const range = parseRange(match[1] as string);
      if (range) merges.push(range);
      last = (match.index ?? 0) + match[0].length;
    }
    // Keep the end of the chunk, in case a tag is cut in two.
    carry = chunk.slice(Math.max(last, chunk.length - 200));
  };
  // jszip's stream is an old-style one: piped into a Node stream to be iterated.
  for await (const chunk of file.nodeStream('nodebuffer').pipe(new PassThrough())) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    scan(text);
    yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') {
    scan(tail);
    yield tail;
  }
}

/**
 * Opens the archive and checks it whole (every entry against its checksum) before anything reads
 * a cell, so that a truncated or altered file is refused cleanly. Lists the worksheets and reads
 * the workbook-level parts; the sheets are read one at a time by read-workbook.ts.
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
    for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
      const found = attributes(match[0]);
      const path = targets.get(attribute(found, 'id') ?? '');
      const name = found.get('name');
      if (path === undefined || name === undefined || !zip.file(path)) continue; // a chart sheet, or a sheet without data
      const state = found.get('state');
      sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path });
    }
    if (sheets.length === 0) return fail(EXCEL_UNREADABLE, 'Sổ tính không có trang tính nào');
    const text = async (path: string | undefined) => (path === undefined ? null : ((await zip.file(path)?.async('string')) ?? null));
    return ok({ zip, sheets, parts: { workbookXml, stylesXml: await text(parts.get('styles')), sharedStringsXml: await text(parts.get('sharedStrings')) } });
  } catch (error) {
    return fail(EXCEL_UNREADABLE, `Tệp .xlsx bị hỏng (${(error as Error).message})`);
  }
}
