import { RULINGS } from './migration-1-counting-core';

/**
 * Migration 2: several counting teams and their station packages, double entry. Released: never
 * edited (tests/db/released-migrations.txt), only followed by others.
 */
export const TEAMS_AND_DOUBLE_ENTRY_MIGRATION = {
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
} as const;
