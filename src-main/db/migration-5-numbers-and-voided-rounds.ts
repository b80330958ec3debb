/**
 * Migration 5 (issue 11): every paper its own number, and rounds voided by a correction of the
 * round they continue. Kept apart from migrations.ts only for the length of that file.
 */
export const NUMBERS_AND_VOIDED_ROUNDS_MIGRATION = {
  version: 5,
  name: 'every paper its own number; voided rounds',
  sql: `
-- From now on a stack of N identical papers takes N numbers: ballots.number is its first paper's,
-- and its papers are number … number + count - 1. Elections that already hold a stack were
-- numbered one number per stack; they keep that numbering, so that no stored number changes.
CREATE TABLE stack_numbered_elections (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id)
) STRICT;
INSERT INTO stack_numbered_elections (election_id) SELECT DISTINCT election_id FROM ballots WHERE count > 1;
CREATE TRIGGER stack_numbered_elections_never_deleted BEFORE DELETE ON stack_numbered_elections BEGIN SELECT RAISE(ABORT, 'an election keeps its numbering'); END;

-- A later round voided because a correction of the round it continues changed that round's
-- outcome: it no longer counts and must be held again. Never changed or removed.
CREATE TABLE voided_rounds (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  operator TEXT NOT NULL DEFAULT '',
  voided_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER voided_rounds_never_updated BEFORE UPDATE ON voided_rounds BEGIN SELECT RAISE(ABORT, 'a voided round stays voided'); END;
CREATE TRIGGER voided_rounds_never_deleted BEFORE DELETE ON voided_rounds BEGIN SELECT RAISE(ABORT, 'a voided round stays voided'); END;
`,
} as const;
