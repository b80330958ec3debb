import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

export type SqlValue = string | number | bigint | null | Buffer;

/** The fields a partial update may change (never the id). */
export type Fields<T> = Partial<Omit<T, 'id'>>;

export function toSql(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as SqlValue;
}

/** The rows a change of many rows at once wrote, as its audit event records them (shared/audit/events.ts). */
export interface WrittenRows {
  elections: [number, 'open' | 'locked' | 'paused'][];
  ballots: [number, string, number, number, number | null, number, 'kept' | 'struck' | 'marks' | 'none' | 'void', unknown, 'NOT_ISSUED' | 'WRITE_IN' | 'MARKED_SIGNED' | 'COMMITTEE_RULED' | null, string | null][];
  teamTotals: [number, number, number, number, Record<string, number>, Record<string, number>][];
  teamTotalsRemoved: [number, number][];
  roundsVoided: number[];
}

/** What every group of queries shares: the connection and its prepared statements. */
export interface Sql {
  db: Db;
  /** While a recording runs (Store.recordingWrites), what the writes wrote. */
  written: WrittenRows | null;
  /** The statement for this text, prepared once per connection. */
  stmt(sql: string): Statement;
  /** UPDATE table SET the given fields (named by `columns`: field → column) WHERE id = ?. */
  update<T>(table: string, columns: Record<string, string>, id: number, fields: Fields<T>): void;
}

export function sqlOf(db: Db): Sql {
  const statements = new Map<string, Statement>();
  const stmt = (text: string): Statement => {
    let statement = statements.get(text);
    if (statement === undefined) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    db,
    written: null,
    stmt,
    update(table, columns, id, fields) {
      const entries = Object.entries(fields).filter(([key, value]) => value !== undefined && key in columns);
      if (entries.length === 0) return;
      const assignments = entries.map(([key]) => `${columns[key]} = ?`).join(', ');
      stmt(`UPDATE ${table} SET ${assignments} WHERE id = ?`).run(...entries.map(([, value]) => toSql(value)), id);
    },
  };
}
