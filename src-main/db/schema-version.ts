import type Database from 'better-sqlite3';

/** The schema level this program knows: the number of the last migration (see migrations.ts). */
export const LATEST_SCHEMA_VERSION = 11;

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`Tệp dữ liệu được tạo bởi phiên bản mới hơn của chương trình (lược đồ ${found}; chương trình này chỉ hiểu đến ${known}). Hãy cập nhật chương trình; tệp không bị thay đổi.`);
  }
}

/** A file that exists but is not a congress file (empty, or another program's database): opened for nothing, written not at all. */
export class NotACongressFileError extends Error {
  constructor(why: string) {
    super(`không phải hồ sơ đại hội (${why})`);
  }
}

/** An existing file is a congress file only if the program made it: its schema level and its tables say so. */
export function assertCongressFile(db: Database.Database): void {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  if (schemaVersion(db) < 1 || !tables.has('congresses') || !tables.has('audit_events')) throw new NotACongressFileError(tables.size === 0 ? 'cơ sở dữ liệu trống' : 'cơ sở dữ liệu của chương trình khác');
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertSchemaNotNewer(db: Database.Database, known = LATEST_SCHEMA_VERSION): void {
  const found = schemaVersion(db);
  if (found > known) throw new DatabaseTooNewError(found, known);
}
