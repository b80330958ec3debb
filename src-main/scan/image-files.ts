import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import { isScanImageName } from '../../shared/scan/decision';
import { printableName } from '../../shared/text/printable';
import { compareTeamNames } from '../../shared/text/natural-order';
import { MAX_INPUT_BYTES } from './decode';

/**
 * What a scanner's folder may give the program (issue 17, item 6): only regular files inside the
 * folder chosen, each read with a bound on its size. A FIFO, a device, a socket, or a symbolic
 * link leading out of the folder is never opened for reading (it would hang the command, grow it
 * without end, or copy a file from elsewhere into the evidence); a symbolic link to a regular file
 * inside the folder is read as that file. Each refusal says why, in Vietnamese.
 */

export type ImageFileRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; gone: boolean };

/** An image the folder holds and the program does not read, with why. */
export interface SkippedImage {
  name: string;
  reason: string;
}

const MB = 1024 * 1024;
/** O_NONBLOCK: opening a FIFO returns at once (it is then refused by fstat); O_NOFOLLOW: the path opened is never a link. Neither exists on Windows. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function kindOf(stat: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (stat.isFIFO()) return 'một ống dẫn (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'một thiết bị';
  if (stat.isSocket()) return 'một socket';
  if (stat.isDirectory()) return 'một thư mục';
  return 'không phải tệp thường';
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function tooLarge(size: number, max: number): string {
  return `Tệp ảnh quá lớn (${Math.ceil(size / MB)} MB, tối đa ${Math.floor(max / MB)} MB): không đọc`;
}

/**
 * The path a name of the folder may be read from, or why not: the file itself when it is a
 * regular file; the file a symbolic link leads to when that is a regular file inside the folder.
 */
function readablePath(folder: string, name: string): { ok: true; path: string } | { ok: false; reason: string; gone: boolean } {
  const path = join(folder, name);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { ok: false, reason: 'Tệp không còn trong thư mục', gone: true };
  }
  if (stat.isFile()) return { ok: true, path };
  if (!stat.isSymbolicLink()) return { ok: false, reason: `Không đọc: đây là ${kindOf(stat)}, không phải tệp ảnh`, gone: false };
  let target: string;
  let realFolder: string;
  try {
    target = realpathSync(path);
    realFolder = realpathSync(folder);
  } catch {
    return { ok: false, reason: 'Không đọc: lối tắt (symbolic link) trỏ tới một tệp không có', gone: false };
  }
  if (!inside(realFolder, target)) return { ok: false, reason: 'Không đọc: lối tắt (symbolic link) trỏ ra ngoài thư mục đã chọn', gone: false };
  let targetStat;
  try {
    targetStat = statSync(target);
  } catch {
    return { ok: false, reason: 'Không đọc: lối tắt (symbolic link) trỏ tới một tệp không có', gone: false };
  }
  if (!targetStat.isFile()) return { ok: false, reason: `Không đọc: lối tắt (symbolic link) trỏ tới ${kindOf(targetStat)}`, gone: false };
  return { ok: true, path: target };
}

/**
 * Reads one image of a folder: a regular file inside it (see above), opened without blocking,
 * checked again on the open descriptor (the name may have been swapped meanwhile), and read to at
 * most `max` bytes: a file larger, or one that grows past it while read, is refused unread.
 */
export function readImageFile(folder: string, name: string, max: number = MAX_INPUT_BYTES): ImageFileRead {
  const found = readablePath(folder, name);
  if (!found.ok) return found;
  let fd: number;
  try {
    fd = openSync(found.path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'Tệp không còn trong thư mục', gone: true };
    if (code === 'ELOOP') return { ok: false, reason: 'Không đọc: tệp vừa bị thay bằng một lối tắt (symbolic link)', gone: false };
    return { ok: false, reason: code === 'EACCES' || code === 'EPERM' ? 'Không có quyền đọc tệp' : `Không mở được tệp (${code ?? (error as Error).message})`, gone: false };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `Không đọc: đây là ${kindOf(stat)}, không phải tệp ảnh`, gone: false };
    if (stat.size > max) return { ok: false, reason: tooLarge(stat.size, max), gone: false };
    return readBounded(fd, stat.size, max);
  } catch (error) {
    return { ok: false, reason: `Không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, gone: false };
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes, at most `max`: read to its end, or refused once one byte more than `max` was read (a file growing while read). */
function readBounded(fd: number, sizeHint: number, max: number): ImageFileRead {
  let buffer = Buffer.alloc(Math.min(max + 1, sizeHint + 1));
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > max) return { ok: false, reason: tooLarge(filled, max), gone: false };
      const larger = Buffer.alloc(Math.min(max + 1, buffer.length * 2));
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (read === 0) return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, filled) };
    filled += read;
  }
}

/** The image names of a folder (by their extension) in name order, those that may be read and those that may not, with why. */
export function listImageFiles(folder: string): { ok: true; names: string[]; skipped: SkippedImage[] } | { ok: false; reason: string; missing: boolean } {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return { ok: false, reason: `"${folder}" không phải là thư mục`, missing: false };
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'EACCES' || code === 'EPERM' ? `Không đọc được thư mục "${folder}": không có quyền đọc` : `Không tìm thấy thư mục "${folder}" (hoặc không được phép đọc)`, missing: true };
  }
  const readable: string[] = [];
  const skipped: SkippedImage[] = [];
  for (const name of names.filter(isScanImageName).sort(compareTeamNames)) {
    const found = readablePath(folder, name);
    if (found.ok) readable.push(name);
    else if (!found.gone) skipped.push({ name, reason: found.reason });
  }
  return { ok: true, names: readable, skipped };
}

/** A file named on the command line: read as a file of its own folder, under the same rules. */
export function readNamedImageFile(path: string, max: number = MAX_INPUT_BYTES): ImageFileRead {
  return readImageFile(dirname(path), basename(path), max);
}

/** One image named on the command line, or found in a folder named: its path, or why it is not read. */
export interface ImagePath {
  path: string;
  /** Set when the file is not read at all (a FIFO, a device, a link out of its folder). */
  skipped?: string;
}

/**
 * The images named: files as given (a file that is not an image is refused when read), the image
 * files of each folder in name order. Only regular files inside the folders are read
 * (scan/image-files.ts); the others are listed with the reason they are not read.
 */
export function imagesNamed(args: readonly string[]): Result<ImagePath[]> {
  const paths: ImagePath[] = [];
  for (const arg of args) {
    let isFolder: boolean;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      return fail(ERROR_CODES.cannotRead, `Không có tệp hay thư mục "${printableName(arg)}"`);
    }
    if (!isFolder) {
      paths.push({ path: arg });
      continue;
    }
    const listed = listImageFiles(arg);
    if (!listed.ok) return fail(ERROR_CODES.cannotRead, listed.reason);
    const skipped = new Map(listed.skipped.map((s) => [s.name, s.reason]));
    const names = [...listed.names, ...skipped.keys()].sort(compareTeamNames);
    paths.push(...names.map((name) => ({ path: join(arg, name), ...(skipped.has(name) ? { skipped: skipped.get(name) as string } : {}) })));
  }
  return ok(paths);
}

/** The bytes of an image named, read under the rules above. */
export function imageBytes(image: ImagePath): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  if (image.skipped !== undefined) return { ok: false, reason: image.skipped };
  const read = readNamedImageFile(image.path);
  return read.ok ? read : { ok: false, reason: read.reason };
}
