/**
 * Migration 3 (issue 10): wrong tries of the chair's PIN, kept in the file so that closing and
 * opening it again, or another process, does not start the count over. Kept apart from
 * migrations.ts only for the length of that file; it is listed there like the others.
 */
export const CHAIR_PIN_MIGRATION = {
  version: 3,
  name: "wrong tries of the chair's PIN",
  sql: `
-- Wrong PINs in a row since the last right one, per congress, and until when no try is taken.
-- A row exists only while there are wrong tries; the right PIN removes it. Every try is also in
-- the audit log (pin.attempt_failed, pin.locked_out).
CREATE TABLE chair_pin_failures (
  congress_id INTEGER PRIMARY KEY REFERENCES congresses(id),
  failures INTEGER NOT NULL CHECK (failures >= 1),
  wait_until TEXT,
  last_failed_at TEXT NOT NULL
) STRICT;
`,
} as const;
