import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';

/**
 * Files only their owner reads (issue 20, finding 5: the data folder and backups were 0755 and the
 * congress file 0644, so another account on the machine read the congress key and the PIN hash).
 * On POSIX every folder the program keeps congress data in is 0700 and every file 0600, written so
 * from the start and tightened when an older one is opened. Windows has no such modes: there the
 * files live in the user's profile (Documents, AppData), whose ACLs grant only the user, the
 * system and administrators (SECURITY.md).
 */
export const OWNER_ONLY_FOLDER = 0o700;
export const OWNER_ONLY_FILE = 0o600;

const POSIX = process.platform !== 'win32';

/** Takes every right of the group and of others away from an existing path (the owner's are kept); a path that is not the user's, or gone, is left as it is. */
function tighten(path: string, mode: number): void {
  if (!POSIX) return;
  try {
    const current = statSync(path).mode & 0o777;
    if ((current & 0o077) !== 0) chmodSync(path, current & mode);
  } catch {
    // Not ours to change (another owner, a read-only medium) or gone: nothing more can be done here.
  }
}

/** A folder of congress data: made 0700 (with the folders above it that it makes), or an existing one tightened. */
export function ownerOnlyFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
  tighten(path, OWNER_ONLY_FOLDER);
}

/** An existing file of congress data tightened to the owner's rights only. */
export function tightenFile(path: string): void {
  tighten(path, OWNER_ONLY_FILE);
}

/** A congress file and the journal files SQLite keeps beside it (which it makes with the file's own mode). */
export function tightenDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(`${path}${suffix}`)) tightenFile(`${path}${suffix}`);
}

/** Makes an empty file that only its owner may read, for SQLite (or a copy) to fill: never a moment of wider rights. */
export function createOwnerOnlyFile(path: string): void {
  closeSync(openSync(path, 'wx', OWNER_ONLY_FILE));
}

/** Writes a file of congress data (a congress file, a record kept beside it) with the owner's rights only. */
export function writeOwnerOnlyFile(path: string, data: string | Uint8Array, options: { flush?: boolean } = {}): void {
  writeFileSync(path, data, { mode: OWNER_ONLY_FILE, ...options });
  tightenFile(path);
}
