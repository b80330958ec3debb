/**
 * Migration 4: a station's file holds only its team's key. Released: never edited
 * (tests/db/released-migrations.txt), only followed by others.
 */
export const STATION_TEAM_KEY_MIGRATION = {
  version: 4,
  name: 'a station holds only its team key',
  sql: `
-- NULL in the chair's file: signing_key is the congress key. A team's name in a station's file:
-- signing_key is that team's key, derived from the congress key, and the station counts only for
-- that team. Never changed afterwards (congress_identity_never_updated).
ALTER TABLE congress_identity ADD COLUMN team TEXT CHECK (team IS NULL OR length(team) > 0);
`,
} as const;
