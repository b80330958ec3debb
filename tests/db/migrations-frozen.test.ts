import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../src-main/db/migrations';
import { frozenMigrationProblems, readReleasedHashes, releasedLine } from './migration-guard';

/**
 * A released migration is frozen (issue 19, item 4): files made with it exist, and an edit would
 * never reach them. tests/db/released-migrations.txt holds the SHA-256 of each migration's SQL, one
 * line per migration; a change is made by a new migration, never by editing an old one.
 */
describe('released migrations', () => {
  it('are exactly as they were released', () => {
    expect(frozenMigrationProblems(MIGRATIONS, readReleasedHashes())).toEqual([]);
  });

  it('are numbered 1, 2, 3… without a gap, each listed once', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const listed = [...readReleasedHashes().keys()];
    expect(listed).toEqual(listed.map((_, i) => i + 1));
  });

  it('an edited released migration fails, saying to add a new migration instead', () => {
    const edited: Migration[] = MIGRATIONS.map((m) => (m.version === 3 ? { ...m, sql: `${m.sql}\nCREATE INDEX pin_tries_by_congress ON pin_tries(congress_id);` } : m));
    const problems = frozenMigrationProblems(edited, readReleasedHashes());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('migration 3 ("wrong tries of the chair\'s PIN") was released and has been changed');
    expect(problems[0]).toContain(`add a new migration (number ${MIGRATIONS.length + 1})`);
  });

  it('a migration switched to run with foreign keys off counts as edited; a removed one fails; a new one asks for its line', () => {
    const switched = MIGRATIONS.map((m) => (m.version === 2 ? { ...m, foreignKeysOff: true } : m));
    expect(frozenMigrationProblems(switched, readReleasedHashes())[0]).toContain('migration 2 (');
    expect(frozenMigrationProblems(MIGRATIONS.slice(0, -1), readReleasedHashes())).toEqual([`migration ${MIGRATIONS.length} was released and is gone: a released migration is never removed`]);
    const added: Migration = { version: MIGRATIONS.length + 1, name: 'a new one', sql: 'CREATE TABLE t (x INTEGER) STRICT;' };
    expect(frozenMigrationProblems([...MIGRATIONS, added], readReleasedHashes())).toEqual([`migration ${added.version} ("a new one") is not in tests/db/released-migrations.txt: once it is final, add the line\n  ${releasedLine(added)}`]);
  });
});
