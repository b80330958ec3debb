import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import type { Store } from '../db/store';
import { listImageFiles, readImageFile, type SkippedImage } from '../scan/image-files';

/**
 * The new images of the folder a scanner writes into (issue 12; issue 17, item 6): the image files
 * not yet taken for the election, in name order (regular files inside the folder only:
 * scan/image-files.ts), and those the folder holds that are never read, with why.
 */
export function scanFolderReader(store: Store) {
  /** Files of a folder whose name was taken before and whose content was found taken too, as they were then (size, time). */
  const unchanged = new Map<string, { size: number; mtimeMs: number }>();

  /**
   * Whether a file whose name an image of the election already had is that image. A file not
   * written since that image was taken is; one written later (scanner software that starts its
   * numbering again writes a new ballot under an old name) is hashed, once while it stays the same.
   */
  function isTakenAlready(electionId: number, folder: string, name: string, takenAt: string, shas: ReadonlySet<string>): boolean {
    const path = join(folder, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return true; // gone since the folder was listed
    }
    if (stat.mtimeMs <= Date.parse(takenAt)) return true;
    const key = `${electionId}\u0000${path}`;
    const before = unchanged.get(key);
    if (before && before.size === stat.size && before.mtimeMs === stat.mtimeMs) return true;
    const read = readImageFile(folder, name);
    if (!read.ok) return read.gone; // unreadable now: the next look tries again, or it is listed as not read
    if (!shas.has(createHash('sha256').update(read.bytes).digest('hex'))) return false;
    unchanged.set(key, { size: stat.size, mtimeMs: stat.mtimeMs });
    return true;
  }

  /** The new image files of a folder, in name order, and those it holds that are never read (with why); or why the folder cannot be read. */
  return function newImages(electionId: number, folder: string): Result<{ names: string[]; skipped: SkippedImage[] }> {
    const listed = listImageFiles(folder);
    if (!listed.ok) return fail(listed.missing ? ERROR_CODES.notFound : ERROR_CODES.invalidInput, listed.reason, 'folder');
    const seen = store.scannedImages(electionId);
    const shas = store.scannedHashes(electionId);
    const fresh = listed.names.filter((name) => {
      const takenAt = seen.get(name);
      return takenAt === undefined || !isTakenAlready(electionId, folder, name, takenAt, shas);
    });
    return ok({ names: fresh, skipped: listed.skipped });
  };
}
