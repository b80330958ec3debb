import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';

describe('the database file', () => {
  it('is created at the latest schema with STRICT tables, foreign keys, WAL and full sync', () => {
    const app = openTestApp();
    const db = app.store.db;
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('refuses a database newer than the program, with a clear message, and leaves it untouched', () => {
    const path = join(tempDir(), 'moi-hon.kiemphieu');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = readFileSync(path);
    expect(() => Store.open(path)).toThrow(DatabaseTooNewError);
    expect(() => Store.open(path)).toThrow(/phiên bản mới hơn của chương trình/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const path = join(tempDir(), 'khong-phai.kiemphieu');
    writeFileSync(path, 'Đây là một bảng tính, không phải cơ sở dữ liệu. '.repeat(200));
    const size = statSync(path).size;
    expect(() => Store.open(path)).toThrow(/not a database/);
    expect(statSync(path).size).toBe(size);
  });

  it('runs each migration in a transaction: a failing one leaves nothing behind', () => {
    const db = openConnection(join(tempDir(), 'migrate.kiemphieu'));
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (a INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('keeps ballots and the audit log append-only, whatever the caller does', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    expect(() => app.store.db.prepare('UPDATE ballots SET count = 5').run()).toThrow(/append-only/);
    expect(() => app.store.db.prepare('DELETE FROM ballots').run()).toThrow(/append-only/);
    expect(() => app.store.db.prepare("UPDATE audit_events SET operator = 'x'").run()).toThrow(/append-only/);
    expect(() => app.store.db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
  });

  it('enforces the CHECK constraints and foreign keys below the api', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const insert = (fields: Record<string, unknown>) => () =>
      app.store.insertBallot({ electionId, uid: 'x', version: 1, supersedes: null, teamId: null, count: 1, kind: 'kept', selection: ['c01'], ruling: null, note: null, operator: '', enteredAt: 'now', ...fields } as never);
    expect(insert({ count: 0 })).toThrow(/CHECK/);
    expect(insert({ kind: 'none', selection: null })).toThrow(/CHECK/);
    expect(insert({ ruling: 'OVER_N' })).toThrow(/CHECK/);
    expect(insert({ teamId: 999 })).toThrow(/FOREIGN KEY/);
    expect(insert({ electionId: 999 })).toThrow(/FOREIGN KEY/);
  });

  it('writes many ballots at once as one by one would, and refuses the whole batch when one row is bad', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const row = (i: number) => ({ electionId, uid: `p${i}`, number: i, version: 1, supersedes: null, teamId: null, count: 1 + (i % 3), kind: 'struck' as const, selection: [`c0${1 + (i % 5)}`], ruling: null, note: i % 7 === 0 ? `ghi chú ${i}` : null, operator: 'A', enteredAt: `t${i}` });
    expect(app.store.nextBallotNumber(electionId)).toBe(1);
    app.store.transaction(() => app.store.insertBallots(Array.from({ length: 123 }, (_, i) => row(i + 1))));
    const written = app.store.ballotRowsAfter(electionId, 0);
    expect(written.map(({ id: _id, teamName: _team, lastNumber: _last, ...rest }) => rest)).toEqual(Array.from({ length: 123 }, (_, i) => row(i + 1)));
    expect(written.map((r) => r.lastNumber - r.number + 1)).toEqual(written.map((r) => r.count));
    expect(app.store.nextBallotNumber(electionId)).toBe(124);
    const bad = [row(124), { ...row(125), count: 0 }];
    expect(() => app.store.transaction(() => app.store.insertBallots(bad))).toThrow(/CHECK/);
    expect(app.store.ballotRowsAfter(electionId, 0)).toHaveLength(123);
  });
});

describe('the migrations', () => {
  it('are numbered 1, 2, … and end at the version the program announces', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(MIGRATIONS.at(-1)?.version).toBe(LATEST_SCHEMA_VERSION);
  });
});
