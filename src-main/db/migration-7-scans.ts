/**
 * Migration 7 (issue 12): the scanned ballots of an election. Each image is kept beside the
 * congress file (`<file>.scans/<sha256>.<ext>`); this table holds its evidence (the reading with
 * its scores, thresholds and the program's version) and what became of it. The same image
 * (SHA-256) is taken once per election, so a paper scanned twice is never counted twice.
 */
export const SCANS_MIGRATION = {
  version: 7,
  name: 'scanned ballots and their evidence',
  sql: `
CREATE TABLE scans (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  -- The image's file name in the folder the scanner wrote into.
  image TEXT NOT NULL CHECK (length(image) > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  -- The copy kept beside the congress file: <sha256>.<ext>.
  stored TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('read','review','refused')),
  reason TEXT,
  -- JSON: the machine's reading (scores, thresholds, placement) and the program's version.
  reading TEXT NOT NULL,
  -- counted: read with confidence and counted; pending: a person must decide; confirmed: a person
  -- decided and it counted; set_aside: a person decided it does not count; refused: not a ballot
  -- of this election, counted nowhere.
  decision TEXT NOT NULL CHECK (decision IN ('counted','pending','confirmed','set_aside','refused')),
  ballot_uid TEXT,
  ballot_number INTEGER,
  operator TEXT NOT NULL,
  scanned_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  UNIQUE (election_id, sha256),
  CHECK ((decision IN ('counted','confirmed')) = (ballot_uid IS NOT NULL))
) STRICT;
CREATE INDEX scans_by_election ON scans (election_id, id);
`,
} as const;
