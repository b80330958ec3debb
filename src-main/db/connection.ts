import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { createOwnerOnlyFile, tightenDatabase } from '../services/owner-only';
import { assertCongressFile, assertSchemaNotNewer, NotACongressFileError } from './schema-version';

export type Db = Database.Database;

/**
 * Every connection: a file newer than the program is refused before anything is written to it
 * (even switching to WAL rewrites the header); then foreign keys, WAL, and synchronous=FULL so
 * that a transaction the program has acknowledged survives a power cut.
 */
export function openConnection(path: string, options: { readonly?: boolean; nativeBinding?: string } = {}): Db {
  // An existing file must be a congress file; only a file that does not exist yet becomes one.
  const existed = path !== ':memory:' && existsSync(path);
  if (existed && statSync(path).size === 0) throw new NotACongressFileError('tệp rỗng');
  // A new file is made readable by its owner only before SQLite writes a byte (its journal files take its mode).
  const writable = !(options.readonly ?? false) && path !== ':memory:';
  if (writable && !existed) createOwnerOnlyFile(path);
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    assertSchemaNotNewer(db); // also fails, without writing, on a file that is not SQLite
    if (existed) assertCongressFile(db);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (writable) tightenDatabase(path); // a file an older version left readable by others
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
