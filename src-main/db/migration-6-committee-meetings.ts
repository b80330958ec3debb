/**
 * Migration 6 (issue 11, item 7): a meeting of a committee (hội nghị cấp ủy, `kind = 'committee'`)
 * with the number of the meeting, and the size of a body the congress voted when it differs from
 * the seats voted now. Kept apart from migrations.ts only for the length of that file.
 *
 * The kinds a congress may have are a CHECK of the table: SQLite changes one only by building the
 * table again (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
 * Changes"), with the checks of foreign keys off while the table is away (`foreignKeysOff`).
 */
export const COMMITTEE_MEETINGS_MIGRATION = {
  version: 6,
  name: 'committee meetings; the size the congress voted',
  foreignKeysOff: true,
  sql: `
CREATE TABLE congresses_6 (
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
  -- The number of a committee's meeting ("Hội nghị lần thứ 2"); NULL when not given.
  meeting INTEGER CHECK (meeting IS NULL OR meeting >= 1)
) STRICT;
INSERT INTO congresses_6 (id, name, organization, term, place, date, kind, summoned, present, chair_pin_hash, created_at)
  SELECT id, name, organization, term, place, date, kind, summoned, present, chair_pin_hash, created_at FROM congresses;
DROP TABLE congresses;
ALTER TABLE congresses_6 RENAME TO congresses;

-- The size of the body the congress voted (số lượng đại hội biểu quyết) when it differs from the
-- seats voted in this election; NULL: the same as the seats.
ALTER TABLE elections ADD COLUMN approved_seats INTEGER CHECK (approved_seats IS NULL OR approved_seats >= 1);
`,
} as const;
