import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Every connection: foreign keys enforced, WAL, and synchronous=FULL so that a transaction the
 * program has acknowledged survives a power cut.
 */
export function openConnection(path: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  // A file that is not SQLite fails here, before anything is written.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}
