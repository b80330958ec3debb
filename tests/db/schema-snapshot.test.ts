import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { migrate } from '../../src-main/db/migrations';
import { normalisedSql, SCHEMA_SNAPSHOT_FILE, schemaSnapshot } from './migration-guard';

/**
 * The schema every migration builds, from sqlite_master, compared with the one checked in
 * (tests/db/schema.snapshot.sql): a change of the schema is seen in review, table by table, and
 * never happens by accident (issue 19, item 4; Actual Budget's schema guard is the model).
 * After a new migration: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/schema-snapshot.test.ts
 */
describe('the schema after all migrations', () => {
  it('is the checked-in snapshot', () => {
    const db = openConnection(':memory:');
    migrate(db);
    const snapshot = schemaSnapshot(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SCHEMA_SNAPSHOT_FILE, snapshot);
    expect(snapshot, 'the schema changed: if a new migration means it to, write the snapshot again (UPDATE_SCHEMA_SNAPSHOT=1)').toBe(readFileSync(SCHEMA_SNAPSHOT_FILE, 'utf8'));
  });

  it('a changed column, check or trigger shows in the snapshot; comments and spacing do not', () => {
    const build = (sql: string) => {
      const db = openConnection(':memory:');
      db.exec(sql);
      const snapshot = schemaSnapshot(db);
      db.close();
      return snapshot;
    };
    const base = build("CREATE TABLE t (\n  a INTEGER NOT NULL CHECK (a >= 0), -- the count\n  b TEXT CHECK (b IN ('x','y'))\n) STRICT;");
    expect(build("CREATE TABLE t (a INTEGER NOT NULL CHECK (a >= 0),   b TEXT CHECK (b IN ('x','y'))) STRICT;")).toBe(base);
    expect(build("CREATE TABLE t (a INTEGER NOT NULL CHECK (a >= 1), b TEXT CHECK (b IN ('x','y'))) STRICT;")).not.toBe(base);
    expect(base).toContain("CREATE TABLE t (\n  a INTEGER NOT NULL CHECK (a >= 0),\n  b TEXT CHECK (b IN ('x','y'))\n) STRICT;");
    expect(normalisedSql("SELECT '-- not a comment',  1 -- a comment\n")).toBe("SELECT '-- not a comment', 1");
  });
});
