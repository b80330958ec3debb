import type { Db } from './connection';
import { COUNTING_CORE_MIGRATION } from './migration-1-counting-core';
import { TEAMS_AND_DOUBLE_ENTRY_MIGRATION } from './migration-2-teams-and-double-entry';
import { CHAIR_PIN_MIGRATION } from './migration-3-chair-pin';
import { STATION_TEAM_KEY_MIGRATION } from './migration-4-station-team-key';
import { NUMBERS_AND_VOIDED_ROUNDS_MIGRATION } from './migration-5-numbers-and-voided-rounds';
import { COMMITTEE_MEETINGS_MIGRATION } from './migration-6-committee-meetings';
import { SCANS_MIGRATION } from './migration-7-scans';
import { SCAN_NOTES_MIGRATION } from './migration-8-scan-notes';
import { SAME_PAPER_MIGRATION } from './migration-9-same-paper';
import { SECOND_LOOK_MIGRATION } from './migration-10-second-look';
import { BALLOT_PRINTINGS_MIGRATION } from './migration-11-ballot-printings';
import { DatabaseTooNewError, schemaVersion } from './schema-version';

export { DatabaseTooNewError, LATEST_SCHEMA_VERSION, schemaVersion } from './schema-version';

/**
 * Numbered schema migrations, one file each. Each runs in one transaction with the `user_version`
 * it reaches; a migration once released is never edited, only followed by another: each one's
 * hash is in tests/db/released-migrations.txt, the schema they build in tests/db/schema.snapshot.sql.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Builds a table again: foreign keys are not checked while it runs, and all of them are checked before it commits. */
  foreignKeysOff?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  COUNTING_CORE_MIGRATION,
  TEAMS_AND_DOUBLE_ENTRY_MIGRATION,
  CHAIR_PIN_MIGRATION,
  STATION_TEAM_KEY_MIGRATION,
  NUMBERS_AND_VOIDED_ROUNDS_MIGRATION,
  COMMITTEE_MEETINGS_MIGRATION,
  SCANS_MIGRATION,
  SCAN_NOTES_MIGRATION,
  SAME_PAPER_MIGRATION,
  SECOND_LOOK_MIGRATION,
  BALLOT_PRINTINGS_MIGRATION,
];

/** Brings the database to the latest schema; refuses, without touching it, one newer than us. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // PRAGMA foreign_keys does nothing inside a transaction: it is switched around it.
    const keysWereOn = migration.foreignKeysOff === true && db.pragma('foreign_keys', { simple: true }) === 1;
    if (keysWereOn) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        if (migration.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${migration.version}: foreign keys broken`);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      if (keysWereOn) db.pragma('foreign_keys = ON');
    }
  }
}
