import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src-main/db/connection';
import type { Migration } from '../../src-main/db/migrations';

const here = dirname(fileURLToPath(import.meta.url));
export const RELEASED_MIGRATIONS_FILE = join(here, 'released-migrations.txt');
export const SCHEMA_SNAPSHOT_FILE = join(here, 'schema.snapshot.sql');

/** What a migration does: its SQL, and whether it runs with the checks of foreign keys off. */
export function migrationHash(migration: Migration): string {
  return createHash('sha256')
    .update(`${migration.foreignKeysOff ? 'foreign keys off\n' : ''}${migration.sql}`)
    .digest('hex');
}

/** The line of released-migrations.txt for a migration: "3 <sha256> wrong tries of the chair's PIN". */
export function releasedLine(migration: Migration): string {
  return `${migration.version} ${migrationHash(migration)} ${migration.name}`;
}

/** released-migrations.txt: version → hash, one line per migration; `#` starts a comment. */
export function readReleasedHashes(text = readFileSync(RELEASED_MIGRATIONS_FILE, 'utf8')): Map<number, string> {
  const hashes = new Map<number, string>();
  for (const line of text.split('\n')) {
    const match = /^(\d+) ([0-9a-f]{64})\b/.exec(line.trim());
    if (match) hashes.set(Number(match[1]), match[2] as string);
  }
  return hashes;
}

/** Every way the migrations differ from what was released, each with what to do about it. */
export function frozenMigrationProblems(migrations: readonly Migration[], released: Map<number, string>): string[] {
  const problems: string[] = [];
  const next = Math.max(0, ...migrations.map((m) => m.version)) + 1;
  for (const migration of migrations) {
    const hash = released.get(migration.version);
    if (hash === undefined) problems.push(`migration ${migration.version} ("${migration.name}") is not in tests/db/released-migrations.txt: once it is final, add the line\n  ${releasedLine(migration)}`);
    else if (hash !== migrationHash(migration))
      problems.push(
        `migration ${migration.version} ("${migration.name}") was released and has been changed: a released migration is never edited (files already made with it would not get the change). Undo the edit and add a new migration (number ${next}) that makes the change. Only if this migration never left its branch, update its line to\n  ${releasedLine(migration)}`,
      );
  }
  for (const version of released.keys()) if (!migrations.some((m) => m.version === version)) problems.push(`migration ${version} was released and is gone: a released migration is never removed`);
  return problems;
}

/** SQL without its comments and with single spaces, string literals kept as they are. */
export function normalisedSql(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i] as string;
    if (c === "'") {
      const end = sql.indexOf("'", i + 1);
      out += sql.slice(i, end + 1);
      i = end;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      out += ' ';
    } else out += /\s/.test(c) ? ' ' : c;
  }
  return out
    .replace(/ +/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/ ,/g, ',')
    .trim();
}

/** A CREATE TABLE with one column or constraint a line, split at the commas outside parentheses and quotes. */
function tableLines(sql: string): string {
  const open = sql.indexOf('(');
  const close = sql.lastIndexOf(')');
  if (open < 0 || close < open) return sql;
  const parts: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quoted = false;
  for (let i = open + 1; i < close; i++) {
    const c = sql[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(sql.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(sql.slice(start, close).trim());
  return `${sql.slice(0, open).trim()} (\n${parts.map((p) => `  ${p}`).join(',\n')}\n)${sql.slice(close + 1)}`;
}

/** The schema as sqlite_master holds it, normalised and in a fixed order: tables, then indexes, then triggers, by name. */
export function schemaSnapshot(db: Db): string {
  const order = ['table', 'index', 'trigger', 'view'];
  const rows = (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").all() as { type: string; name: string; sql: string }[]).sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const version = db.pragma('user_version', { simple: true }) as number;
  const statements = rows.map((row) => {
    const sql = normalisedSql(row.sql);
    return `${row.type === 'table' ? tableLines(sql) : sql};`;
  });
  return `-- The schema after every migration (PRAGMA user_version = ${version}), from sqlite_master, normalised.\n-- Written by UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/schema-snapshot.test.ts\n\n${statements.join('\n\n')}\n`;
}
