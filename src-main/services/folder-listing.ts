import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, parse, resolve } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import type { FolderListing } from '../../shared/api/scan-views';
import { fail, ok, type Result } from '../../shared/result';
import { isScanImageName } from '../../shared/scan/decision';
import { compareTeamNames } from '../../shared/text/natural-order';

/** Where one can start looking: the drives that exist on Windows; `/` and the home folder elsewhere. */
function roots(): string[] {
  if (process.platform !== 'win32') return ['/', homedir()];
  return 'CDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `${letter}:\\`).filter((drive) => existsSync(drive));
}

/**
 * One folder for the folder chooser of the "Quét phiếu" screen: its subfolders and how many
 * scanned images it holds. It lists names only, never reads a file: the same reach as typing the
 * folder's path, which the screen already allows.
 */
export function listFolder(path: string): Result<FolderListing> {
  if (!isAbsolute(path)) return fail(ERROR_CODES.invalidInput, `"${path}" không phải là đường dẫn đầy đủ của một thư mục`, 'path');
  const folder = resolve(path);
  let entries;
  try {
    if (!statSync(folder).isDirectory()) return fail(ERROR_CODES.invalidInput, `"${folder}" không phải là thư mục`, 'path');
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return fail(ERROR_CODES.notFound, `Không mở được thư mục "${folder}" (không có, hoặc không được phép đọc)`, 'path');
  }
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('$')).map((e) => e.name).sort(compareTeamNames);
  const images = entries.filter((e) => e.isFile() && isScanImageName(e.name)).length;
  const parent = parse(folder).root === folder ? null : dirname(folder);
  return ok({ path: folder, parent, folders, images, roots: roots() });
}
