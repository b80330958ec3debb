import type { Db } from './connection';
import { CHAIR_PIN_MIGRATION } from './migration-3-chair-pin';
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
 * Numbered schema migrations. Each runs in one transaction with the `user_version` it reaches;
 * a migration once released is never edited, only followed by another.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Builds a table again: foreign keys are not checked while it runs, and all of them are checked before it commits. */
  foreignKeysOff?: boolean;
}

const OFFICES = `'cap_uy','ban_thuong_vu','bi_thu','pho_bi_thu','ubkt','chu_nhiem_ubkt','dai_bieu','dai_bieu_du_khuyet','khac'`;
const RULINGS = `'NOT_ISSUED','WRITE_IN','MARKED_SIGNED','COMMITTEE_RULED'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'the counting core',
    sql: `
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE congresses (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  organization TEXT,
  term TEXT,
  place TEXT,
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('delegates','members')),
  summoned INTEGER NOT NULL CHECK (summoned >= 1),
  present INTEGER CHECK (present IS NULL OR present >= 0),
  chair_pin_hash TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE exclusions (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  position INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  count INTEGER NOT NULL CHECK (count >= 0)
) STRICT;
CREATE INDEX exclusions_by_congress ON exclusions(congress_id, position);

CREATE TABLE counting_committee (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  role TEXT
) STRICT;
CREATE INDEX counting_committee_by_congress ON counting_committee(congress_id, position);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  name TEXT NOT NULL CHECK (length(name) > 0),
  UNIQUE (congress_id, name)
) STRICT;

CREATE TABLE elections (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  key TEXT NOT NULL CHECK (length(key) > 0),
  position INTEGER NOT NULL,
  office TEXT NOT NULL CHECK (office IN (${OFFICES})),
  title TEXT NOT NULL DEFAULT '',
  seats INTEGER NOT NULL CHECK (seats >= 1),
  round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
  continues_id INTEGER REFERENCES elections(id),
  require_majority INTEGER NOT NULL DEFAULT 1 CHECK (require_majority IN (0,1)),
  all_both_or_none_invalid INTEGER NOT NULL DEFAULT 1 CHECK (all_both_or_none_invalid IN (0,1)),
  base_override INTEGER CHECK (base_override IS NULL OR base_override >= 1),
  ballots_issued INTEGER CHECK (ballots_issued IS NULL OR ballots_issued >= 0),
  ballots_returned INTEGER CHECK (ballots_returned IS NULL OR ballots_returned >= 0),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','locked','paused')),
  UNIQUE (congress_id, key),
  CHECK (continues_id IS NULL OR continues_id <> id)
) STRICT;

CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  key TEXT NOT NULL CHECK (length(key) > 0),
  ballot_order INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
  birth_date TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  gender TEXT CHECK (gender IS NULL OR gender IN ('nam','nữ')),
  position TEXT,
  note TEXT,
  nomination TEXT CHECK (nomination IS NULL OR nomination IN ('committee','floor','self')),
  withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0,1)),
  UNIQUE (election_id, key)
) STRICT;
CREATE INDEX candidates_by_order ON candidates(election_id, ballot_order);

-- A ballot is never updated or deleted: a correction or a void is a new version that supersedes.
CREATE TABLE ballots (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  uid TEXT NOT NULL CHECK (length(uid) > 0),
  number INTEGER NOT NULL CHECK (number >= 1),
  version INTEGER NOT NULL CHECK (version >= 1),
  supersedes INTEGER REFERENCES ballots(id),
  team_id INTEGER REFERENCES teams(id),
  count INTEGER NOT NULL CHECK (count >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('kept','struck','marks','none','void')),
  selection TEXT CHECK (selection IS NULL OR json_valid(selection)),
  ruling TEXT CHECK (ruling IS NULL OR ruling IN (${RULINGS})),
  note TEXT,
  operator TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  UNIQUE (election_id, uid, version),
  CHECK ((version = 1) = (supersedes IS NULL)),
  CHECK ((kind IN ('none','void')) = (selection IS NULL)),
  CHECK (kind <> 'none' OR ruling IS NOT NULL),
  CHECK (ruling IS NOT 'COMMITTEE_RULED' OR coalesce(length(note), 0) > 0)
) STRICT;
CREATE UNIQUE INDEX ballots_superseded_once ON ballots(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX ballots_by_number ON ballots(election_id, number);
CREATE TRIGGER ballots_never_updated BEFORE UPDATE ON ballots BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;
CREATE TRIGGER ballots_never_deleted BEFORE DELETE ON ballots BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;

CREATE TABLE team_totals (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  team_id INTEGER NOT NULL REFERENCES teams(id),
  returned INTEGER NOT NULL CHECK (returned >= 0),
  valid INTEGER NOT NULL CHECK (valid >= 0),
  invalid TEXT NOT NULL CHECK (json_valid(invalid)),
  votes TEXT NOT NULL CHECK (json_valid(votes)),
  operator TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  UNIQUE (election_id, team_id)
) STRICT;

-- Every change, in the same transaction as the change, each event hashing the one before.
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  kind TEXT NOT NULL,
  congress_id INTEGER,
  election_id INTEGER,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_by_election ON audit_events(election_id, seq);
CREATE TRIGGER audit_never_updated BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`,
  },
  {
    version: 2,
    name: 'several counting teams, double entry',
    sql: `
-- The congress's identity and the key its station packages are signed with (HMAC-SHA-256). Made
-- with the congress, or taken from a setup package at a station; never changed afterwards.
CREATE TABLE congress_identity (
  congress_id INTEGER PRIMARY KEY REFERENCES congresses(id),
  identity TEXT NOT NULL UNIQUE CHECK (length(identity) = 32 AND identity NOT GLOB '*[^0-9a-f]*'),
  signing_key TEXT NOT NULL CHECK (length(signing_key) = 64 AND signing_key NOT GLOB '*[^0-9a-f]*'),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO congress_identity (congress_id, identity, signing_key, created_at)
  SELECT id, lower(hex(randomblob(16))), lower(hex(randomblob(32))), created_at FROM congresses;
CREATE TRIGGER congress_identity_never_updated BEFORE UPDATE ON congress_identity BEGIN SELECT RAISE(ABORT, 'the congress identity never changes'); END;

-- This machine, as the station that signs its packages.
INSERT OR IGNORE INTO app_meta (key, value) VALUES ('station.id', lower(hex(randomblob(16))));

-- RULES R4.5: the ballots the counting committee handed to each team.
CREATE TABLE team_received (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  team_id INTEGER NOT NULL REFERENCES teams(id),
  received INTEGER NOT NULL CHECK (received >= 0),
  operator TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  UNIQUE (election_id, team_id)
) STRICT;

-- Every station package merged here: a package loaded twice, or a team's box claimed by two
-- stations, is found here. Never changed or removed.
CREATE TABLE station_packages (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  label TEXT NOT NULL,
  team_name TEXT NOT NULL CHECK (length(team_name) > 0),
  station_id TEXT NOT NULL CHECK (length(station_id) > 0),
  station_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  merged_at TEXT NOT NULL,
  operator TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL CHECK (json_valid(summary)),
  UNIQUE (congress_id, sha256)
) STRICT;
CREATE INDEX station_packages_by_team ON station_packages(congress_id, team_name, created_at);
CREATE TRIGGER station_packages_never_updated BEFORE UPDATE ON station_packages BEGIN SELECT RAISE(ABORT, 'merged packages are history'); END;
CREATE TRIGGER station_packages_never_deleted BEFORE DELETE ON station_packages BEGIN SELECT RAISE(ABORT, 'merged packages are history'); END;

-- Double entry (nhập đối chứng): a stack of ballots read twice by two operators. Its readings do
-- not count; reconciling the stack writes the agreed readings into ballots, in one transaction.
CREATE TABLE entry_batches (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  team_id INTEGER REFERENCES teams(id),
  label TEXT NOT NULL CHECK (length(label) > 0),
  size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 10000),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','reconciled','abandoned')),
  pass1_operator TEXT,
  pass1_finished_at TEXT,
  pass2_operator TEXT,
  pass2_finished_at TEXT,
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  closed_by TEXT,
  closed_at TEXT,
  close_note TEXT,
  UNIQUE (election_id, label),
  CHECK (pass1_operator IS NULL OR pass2_operator IS NULL OR pass1_operator <> pass2_operator),
  CHECK ((status = 'open') = (closed_at IS NULL)),
  CHECK (status <> 'reconciled' OR (pass1_finished_at IS NOT NULL AND pass2_finished_at IS NOT NULL))
) STRICT;
CREATE INDEX entry_batches_by_election ON entry_batches(election_id, id);

CREATE TABLE batch_readings (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES entry_batches(id),
  pass INTEGER NOT NULL CHECK (pass IN (1,2,3)),
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('kept','struck','marks','none')),
  selection TEXT CHECK (selection IS NULL OR json_valid(selection)),
  ruling TEXT CHECK (ruling IS NULL OR ruling IN (${RULINGS})),
  note TEXT,
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('pass1','pass2','reentered')),
  operator TEXT NOT NULL CHECK (length(operator) > 0),
  entered_at TEXT NOT NULL,
  UNIQUE (batch_id, pass, position),
  -- pass 3 holds the resolution of a difference between passes 1 and 2
  CHECK ((pass = 3) = (resolution IS NOT NULL)),
  CHECK ((kind = 'none') = (selection IS NULL)),
  CHECK (kind <> 'none' OR ruling IS NOT NULL),
  CHECK (ruling IS NOT 'COMMITTEE_RULED' OR coalesce(length(note), 0) > 0)
) STRICT;
CREATE TRIGGER batch_readings_frozen BEFORE UPDATE ON batch_readings
  WHEN (SELECT status FROM entry_batches WHERE id = OLD.batch_id) <> 'open'
  BEGIN SELECT RAISE(ABORT, 'a closed stack never changes'); END;
CREATE TRIGGER batch_readings_never_deleted BEFORE DELETE ON batch_readings BEGIN SELECT RAISE(ABORT, 'readings are never deleted'); END;
`,
  },
  CHAIR_PIN_MIGRATION,
  {
    version: 4,
    name: 'a station holds only its team key',
    sql: `
-- NULL in the chair's file: signing_key is the congress key. A team's name in a station's file:
-- signing_key is that team's key, derived from the congress key, and the station counts only for
-- that team. Never changed afterwards (congress_identity_never_updated).
ALTER TABLE congress_identity ADD COLUMN team TEXT CHECK (team IS NULL OR length(team) > 0);
`,
  },
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
