/**
 * Migration 1: the counting core (congresses, elections, candidates, ballots, teams, the audit
 * log). Released: never edited (tests/db/released-migrations.txt), only followed by others.
 */
const OFFICES = `'cap_uy','ban_thuong_vu','bi_thu','pho_bi_thu','ubkt','chu_nhiem_ubkt','dai_bieu','dai_bieu_du_khuyet','khac'`;
/** The rulings of a ballot of RULES R3, as written in 2025 (migration 2 checks them too). */
export const RULINGS = `'NOT_ISSUED','WRITE_IN','MARKED_SIGNED','COMMITTEE_RULED'`;

export const COUNTING_CORE_MIGRATION = {
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
} as const;
