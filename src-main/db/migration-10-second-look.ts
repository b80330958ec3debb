/**
 * Migration 10 (issue 17, item 8): a second look where it matters. Each election keeps its margin
 * (`scan_margin`: at most this many papers read differently would change a result, and the
 * committee looks again at the scanned papers before the lock; 2 unless set) and the second looks
 * its committee made (`scan_checks`: the margin check and spot checks, each with what was looked
 * at and found): history, never changed or removed.
 */
export const SECOND_LOOK_MIGRATION = {
  version: 10,
  name: 'a second look at the scanned papers where it matters',
  sql: `
ALTER TABLE elections ADD COLUMN scan_margin INTEGER NOT NULL DEFAULT 2 CHECK (scan_margin BETWEEN 0 AND 100);
CREATE TABLE scan_checks (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  kind TEXT NOT NULL CHECK (kind IN ('margin','spot')),
  -- JSON: what was looked at and found (shared/scan/second-look.ts, without kind, at and operator).
  detail TEXT NOT NULL CHECK (json_valid(detail)),
  operator TEXT NOT NULL,
  checked_at TEXT NOT NULL
) STRICT;
CREATE INDEX scan_checks_by_election ON scan_checks (election_id, id);
CREATE TRIGGER scan_checks_never_updated BEFORE UPDATE ON scan_checks BEGIN SELECT RAISE(ABORT, 'second looks are history'); END;
CREATE TRIGGER scan_checks_never_deleted BEFORE DELETE ON scan_checks BEGIN SELECT RAISE(ABORT, 'second looks are history'); END;
`,
} as const;
