-- The schema after every migration (PRAGMA user_version = 11), from sqlite_master, normalised.
-- Written by UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/schema-snapshot.test.ts

CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

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

CREATE TABLE ballot_printings (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  printed_at TEXT NOT NULL,
  operator TEXT NOT NULL DEFAULT '',
  names TEXT NOT NULL CHECK (json_valid(names)),
  replaced_at TEXT,
  replaced_by TEXT,
  UNIQUE (election_id, number)
) STRICT;

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
  ruling TEXT CHECK (ruling IS NULL OR ruling IN ('NOT_ISSUED','WRITE_IN','MARKED_SIGNED','COMMITTEE_RULED')),
  note TEXT,
  operator TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  UNIQUE (election_id, uid, version),
  CHECK ((version = 1) = (supersedes IS NULL)),
  CHECK ((kind IN ('none','void')) = (selection IS NULL)),
  CHECK (kind <> 'none' OR ruling IS NOT NULL),
  CHECK (ruling IS NOT 'COMMITTEE_RULED' OR coalesce(length(note), 0) > 0)
) STRICT;

CREATE TABLE batch_readings (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES entry_batches(id),
  pass INTEGER NOT NULL CHECK (pass IN (1,2,3)),
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('kept','struck','marks','none')),
  selection TEXT CHECK (selection IS NULL OR json_valid(selection)),
  ruling TEXT CHECK (ruling IS NULL OR ruling IN ('NOT_ISSUED','WRITE_IN','MARKED_SIGNED','COMMITTEE_RULED')),
  note TEXT,
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('pass1','pass2','reentered')),
  operator TEXT NOT NULL CHECK (length(operator) > 0),
  entered_at TEXT NOT NULL,
  UNIQUE (batch_id, pass, position),
  CHECK ((pass = 3) = (resolution IS NOT NULL)),
  CHECK ((kind = 'none') = (selection IS NULL)),
  CHECK (kind <> 'none' OR ruling IS NOT NULL),
  CHECK (ruling IS NOT 'COMMITTEE_RULED' OR coalesce(length(note), 0) > 0)
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
  on_paper INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0,1)),
  withdrawn_at TEXT,
  UNIQUE (election_id, key)
) STRICT;

CREATE TABLE chair_pin_failures (
  congress_id INTEGER PRIMARY KEY REFERENCES congresses(id),
  failures INTEGER NOT NULL CHECK (failures >= 1),
  wait_until TEXT,
  last_failed_at TEXT NOT NULL
) STRICT;

CREATE TABLE congress_identity (
  congress_id INTEGER PRIMARY KEY REFERENCES congresses(id),
  identity TEXT NOT NULL UNIQUE CHECK (length(identity) = 32 AND identity NOT GLOB '*[^0-9a-f]*'),
  signing_key TEXT NOT NULL CHECK (length(signing_key) = 64 AND signing_key NOT GLOB '*[^0-9a-f]*'),
  created_at TEXT NOT NULL,
  team TEXT CHECK (team IS NULL OR length(team) > 0)
) STRICT;

CREATE TABLE "congresses" (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  organization TEXT,
  term TEXT,
  place TEXT,
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('delegates','members','committee')),
  summoned INTEGER NOT NULL CHECK (summoned >= 1),
  present INTEGER CHECK (present IS NULL OR present >= 0),
  chair_pin_hash TEXT,
  created_at TEXT NOT NULL,
  meeting INTEGER CHECK (meeting IS NULL OR meeting >= 1)
) STRICT;

CREATE TABLE counting_committee (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  role TEXT
) STRICT;

CREATE TABLE elections (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  key TEXT NOT NULL CHECK (length(key) > 0),
  position INTEGER NOT NULL,
  office TEXT NOT NULL CHECK (office IN ('cap_uy','ban_thuong_vu','bi_thu','pho_bi_thu','ubkt','chu_nhiem_ubkt','dai_bieu','dai_bieu_du_khuyet','khac')),
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
  approved_seats INTEGER CHECK (approved_seats IS NULL OR approved_seats >= 1),
  scan_margin INTEGER NOT NULL DEFAULT 2 CHECK (scan_margin BETWEEN 0 AND 100),
  UNIQUE (congress_id, key),
  CHECK (continues_id IS NULL OR continues_id <> id)
) STRICT;

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

CREATE TABLE exclusions (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  position INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  count INTEGER NOT NULL CHECK (count >= 0)
) STRICT;

CREATE TABLE scan_checks (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  kind TEXT NOT NULL CHECK (kind IN ('margin','spot')),
  detail TEXT NOT NULL CHECK (json_valid(detail)),
  operator TEXT NOT NULL,
  checked_at TEXT NOT NULL
) STRICT;

CREATE TABLE scans (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  image TEXT NOT NULL CHECK (length(image) > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  stored TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('read','review','refused')),
  reason TEXT,
  reading TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('counted','pending','confirmed','set_aside','refused')),
  ballot_uid TEXT,
  ballot_number INTEGER,
  operator TEXT NOT NULL,
  scanned_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  note TEXT,
  descriptor TEXT,
  same_as INTEGER REFERENCES scans(id),
  same_paper TEXT CHECK (same_paper IS NULL OR same_paper IN ('same','another')),
  UNIQUE (election_id, sha256),
  CHECK ((decision IN ('counted','confirmed')) = (ballot_uid IS NOT NULL))
) STRICT;

CREATE TABLE stack_numbered_elections (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id)
) STRICT;

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

CREATE TABLE team_received (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  team_id INTEGER NOT NULL REFERENCES teams(id),
  received INTEGER NOT NULL CHECK (received >= 0),
  operator TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  UNIQUE (election_id, team_id)
) STRICT;

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

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congresses(id),
  name TEXT NOT NULL CHECK (length(name) > 0),
  UNIQUE (congress_id, name)
) STRICT;

CREATE TABLE voided_rounds (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  operator TEXT NOT NULL DEFAULT '',
  voided_at TEXT NOT NULL
) STRICT;

CREATE INDEX audit_by_election ON audit_events(election_id, seq);

CREATE INDEX ballots_by_number ON ballots(election_id, number);

CREATE UNIQUE INDEX ballots_superseded_once ON ballots(supersedes) WHERE supersedes IS NOT NULL;

CREATE INDEX candidates_by_order ON candidates(election_id, ballot_order);

CREATE INDEX counting_committee_by_congress ON counting_committee(congress_id, position);

CREATE INDEX entry_batches_by_election ON entry_batches(election_id, id);

CREATE INDEX exclusions_by_congress ON exclusions(congress_id, position);

CREATE INDEX scan_checks_by_election ON scan_checks (election_id, id);

CREATE INDEX scans_by_election ON scans (election_id, id);

CREATE INDEX station_packages_by_team ON station_packages(congress_id, team_name, created_at);

CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_never_updated BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER ballot_printings_never_deleted BEFORE DELETE ON ballot_printings BEGIN SELECT RAISE(ABORT, 'printings are history'); END;

CREATE TRIGGER ballots_never_deleted BEFORE DELETE ON ballots BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;

CREATE TRIGGER ballots_never_updated BEFORE UPDATE ON ballots BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;

CREATE TRIGGER batch_readings_frozen BEFORE UPDATE ON batch_readings WHEN (SELECT status FROM entry_batches WHERE id = OLD.batch_id) <> 'open' BEGIN SELECT RAISE(ABORT, 'a closed stack never changes'); END;

CREATE TRIGGER batch_readings_never_deleted BEFORE DELETE ON batch_readings BEGIN SELECT RAISE(ABORT, 'readings are never deleted'); END;

CREATE TRIGGER congress_identity_never_updated BEFORE UPDATE ON congress_identity BEGIN SELECT RAISE(ABORT, 'the congress identity never changes'); END;

CREATE TRIGGER scan_checks_never_deleted BEFORE DELETE ON scan_checks BEGIN SELECT RAISE(ABORT, 'second looks are history'); END;

CREATE TRIGGER scan_checks_never_updated BEFORE UPDATE ON scan_checks BEGIN SELECT RAISE(ABORT, 'second looks are history'); END;

CREATE TRIGGER stack_numbered_elections_never_deleted BEFORE DELETE ON stack_numbered_elections BEGIN SELECT RAISE(ABORT, 'an election keeps its numbering'); END;

CREATE TRIGGER station_packages_never_deleted BEFORE DELETE ON station_packages BEGIN SELECT RAISE(ABORT, 'merged packages are history'); END;

CREATE TRIGGER station_packages_never_updated BEFORE UPDATE ON station_packages BEGIN SELECT RAISE(ABORT, 'merged packages are history'); END;

CREATE TRIGGER voided_rounds_never_deleted BEFORE DELETE ON voided_rounds BEGIN SELECT RAISE(ABORT, 'a voided round stays voided'); END;

CREATE TRIGGER voided_rounds_never_updated BEFORE UPDATE ON voided_rounds BEGIN SELECT RAISE(ABORT, 'a voided round stays voided'); END;
