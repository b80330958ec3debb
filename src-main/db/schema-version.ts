import type Database from 'better-sqlite3';

/** The schema level this program knows: the number of the last migration (see migrations.ts). */
export const LATEST_SCHEMA_VERSION = 4;

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`Tệp dữ liệu được tạo bởi phiên bản mới hơn của chương trình (lược đồ ${found}; chương trình này chỉ hiểu đến ${known}). Hãy cập nhật chương trình; tệp không bị thay đổi.`);
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertSchemaNotNewer(db: Database.Database, known = LATEST_SCHEMA_VERSION): void {
  const found = schemaVersion(db);
  if (found > known) throw new DatabaseTooNewError(found, known);
}
