import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import { count, EXCEL_LIMITS, ExcelLimitError, overLimit } from './limits';
import { decodeEntities } from './xml-bytes';
import { ZipEntries, ZipError } from './zip-entries';

/** A worksheet as the archive lists it, in workbook order. */
export interface ArchiveSheet {
  name: string;
  hidden: boolean;
  /** Path of its XML inside the archive, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

/** The workbook-level parts the sheets are read with: the styles, read whole; where the shared
 *  strings are, to be read as they are inflated. */
export interface WorkbookParts {
  stylesXml: Buffer | null;
  stylesPath: string | undefined;
  sharedStringsPath: string | null;
  /** Serial dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
}

export interface Archive {
  zip: ZipEntries;
  sheets: ArchiveSheet[];
  parts: WorkbookParts;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) found.set(match[1] as string, decodeEntities(match[3] ?? match[4] ?? ''));
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

/** Why a damaged archive cannot be read, as the user is told it. */
export function damagedArchive(error: ZipError): ReturnType<typeof fail> {
  return fail(ERROR_CODES.excelUnreadable, `Tệp .xlsx bị hỏng, không giải nén được (${error.message})`);
}

const SHEET_TAG = /<(?:\w+:)?sheet\s[^>]*>/g;

/** Refuses a workbook that lists more sheets than a workbook may hold, before reading any. */
function countSheets(workbookXml: string): void {
  let listed = 0;
  for (const _ of workbookXml.matchAll(SHEET_TAG)) listed++;
  if (listed > EXCEL_LIMITS.sheets) throw overLimit('Bảng tính', `có ${count(listed)} sheet`, `${count(EXCEL_LIMITS.sheets)} sheet`);
}

/** The worksheets the workbook lists, in its order, with the paths of the other parts it names. */
function listSheets(zip: ZipEntries, workbookXml: string, relsXml: string): { sheets: ArchiveSheet[]; parts: Map<string, string> } {
  countSheets(workbookXml);
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
  for (const match of workbookXml.matchAll(SHEET_TAG)) {
    const found = attributes(match[0]);
    const path = targets.get(attribute(found, 'id') ?? '');
    const name = found.get('name');
    if (path === undefined || name === undefined || !zip.has(path)) continue; // a chart sheet, or a sheet without data
    const state = found.get('state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path });
  }
  return { sheets, parts };
}

/** Inflates an entry to check its length and checksum, keeping nothing of it. */
async function check(zip: ZipEntries, path: string): Promise<void> {
  for await (const piece of zip.pieces(path)) void piece;
}

/**
 * Opens the archive and checks it whole (every entry against its length and checksum) before
 * anything reads a cell, so that a truncated or altered file is refused cleanly: the worksheets
 * and the shared strings are checked as read-workbook.ts inflates them, every other entry here.
 * Lists the worksheets and reads the workbook-level parts. A workbook over the limits (limits.ts)
 * is refused as unreadable, the message naming the limit.
 */
export async function openArchive(bytes: Uint8Array): Promise<Result<Archive>> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return fail(ERROR_CODES.excelUnreadable, 'Đây là tệp Excel 97-2003 (.xls): hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx rồi nhập lại');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) return fail(ERROR_CODES.excelUnreadable, 'Tệp không phải là bảng tính Excel (.xlsx)');
  try {
    const zip = new ZipEntries(bytes);
    const workbookXml = zip.text(WORKBOOK, EXCEL_LIMITS.wholePartBytes);
    const relsXml = zip.text(WORKBOOK_RELS, EXCEL_LIMITS.wholePartBytes);
    const listed = workbookXml !== null && relsXml !== null ? listSheets(zip, workbookXml, relsXml) : null;
    const stylesPath = listed?.parts.get('styles');
    const sharedStrings = listed?.parts.get('sharedStrings');
    const stylesXml = stylesPath === undefined ? null : zip.read(stylesPath, EXCEL_LIMITS.wholePartBytes);
    const read = new Set([...(listed?.sheets.map((s) => s.path) ?? []), WORKBOOK, WORKBOOK_RELS, stylesPath, sharedStrings]);
    for (const path of zip.paths) if (!read.has(path)) await check(zip, path);
    if (workbookXml === null || listed === null) return fail(ERROR_CODES.excelUnreadable, 'Tệp không có phần mô tả sổ tính (xl/workbook.xml): không phải bảng tính Excel (.xlsx)');
    if (listed.sheets.length === 0) return fail(ERROR_CODES.excelUnreadable, 'Sổ tính không có trang tính nào');
    const date1904 = /<(?:\w+:)?workbookPr\s[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);
    const sharedStringsPath = sharedStrings !== undefined && zip.has(sharedStrings) ? sharedStrings : null;
    return ok({ zip, sheets: listed.sheets, parts: { stylesXml, stylesPath, sharedStringsPath, date1904 } });
  } catch (error) {
    return archiveRefusal(error);
  }
}

/** The refusal of a workbook that cannot be read: over a limit, damaged, or worse. */
function archiveRefusal(error: unknown): ReturnType<typeof fail> {
  if (error instanceof ExcelLimitError) return fail(ERROR_CODES.excelUnreadable, error.message);
  if (error instanceof ZipError) return damagedArchive(error);
  return fail(ERROR_CODES.excelUnreadable, `Tệp .xlsx bị hỏng (${(error as Error).message})`);
}
