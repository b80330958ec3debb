/**
 * Migration 11 (issue 18, RULES R1 "the paper as printed"): the printings of an election's ballot
 * papers, and of a withdrawn candidate whether the name is on the printed papers and when the
 * withdrawal was decided. Once an election is printed, its list order, numbers and format are
 * frozen; a withdrawal afterwards leaves the name on the paper (`on_paper`), struck, with no vote.
 * Reprinting is a new printing: the one before is marked replaced and its papers may not be
 * counted. `names` is the list as printed: JSON [[key, name], …] in paper order.
 */
export const BALLOT_PRINTINGS_MIGRATION = {
  version: 11,
  name: 'the printings of the ballot papers, and withdrawals after printing',
  sql: `
ALTER TABLE candidates ADD COLUMN on_paper INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0,1));
ALTER TABLE candidates ADD COLUMN withdrawn_at TEXT;

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
CREATE TRIGGER ballot_printings_never_deleted BEFORE DELETE ON ballot_printings BEGIN SELECT RAISE(ABORT, 'printings are history'); END;
`,
} as const;
