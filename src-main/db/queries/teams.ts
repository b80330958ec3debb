import type { TeamReceivedRow, TeamRow, TeamTotalRow } from '../../../shared/api/records';
import type { Sql } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function teamTotalFromSql(r: any): TeamTotalRow {
  return { id: r.id, electionId: r.election_id, teamId: r.team_id, teamName: r.team_name, returned: r.returned, valid: r.valid, invalid: JSON.parse(r.invalid), votes: JSON.parse(r.votes), operator: r.operator, enteredAt: r.entered_at };
}

/** Counting teams, the totals a team counted by hand, and the ballots handed to each (RULES R4.5). */
export function teamQueries(sql: Sql) {
  const { stmt } = sql;
  return {
    insertTeam(congressId: number, name: string): number {
      return Number(stmt('INSERT INTO teams (congress_id, name) VALUES (?, ?)').run(congressId, name).lastInsertRowid);
    },

    renameTeam(id: number, name: string): void {
      stmt('UPDATE teams SET name = ? WHERE id = ?').run(name, id);
    },

    getTeam(id: number): TeamRow | null {
      const row = stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE id = ?').get(id) as TeamRow | undefined;
      return row ?? null;
    },

    findTeamByName(congressId: number, name: string): TeamRow | null {
      const row = stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE congress_id = ? AND name = ?').get(congressId, name) as TeamRow | undefined;
      return row ?? null;
    },

    /** Team id → name for the congress an election belongs to. */
    teamNamesOfElection(electionId: number): [number, string][] {
      return (stmt('SELECT t.id, t.name FROM teams t JOIN elections e ON e.congress_id = t.congress_id WHERE e.id = ?').all(electionId) as { id: number; name: string }[]).map((r) => [r.id, r.name]);
    },

    /** The titles of the locked elections that count the team (its ballots, totals or share). */
    lockedElectionsCountingTeam(teamId: number): string[] {
      return (
        stmt(
          `SELECT e.title FROM elections e JOIN teams t ON t.congress_id = e.congress_id WHERE t.id = ? AND e.status = 'locked' AND (
             EXISTS (SELECT 1 FROM ballots b WHERE b.election_id = e.id AND b.team_id = t.id)
             OR EXISTS (SELECT 1 FROM team_totals tt WHERE tt.election_id = e.id AND tt.team_id = t.id)
             OR EXISTS (SELECT 1 FROM team_received r WHERE r.election_id = e.id AND r.team_id = t.id)) ORDER BY e.position, e.id`,
        ).all(teamId) as { title: string }[]
      ).map((r) => r.title);
    },

    listTeams(congressId: number): TeamRow[] {
      return stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE congress_id = ? ORDER BY id').all(congressId) as TeamRow[];
    },

    upsertTeamTotal(row: Omit<TeamTotalRow, 'id' | 'teamName'>): void {
      stmt(
        `INSERT INTO team_totals (election_id, team_id, returned, valid, invalid, votes, operator, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(election_id, team_id) DO UPDATE SET returned = excluded.returned, valid = excluded.valid, invalid = excluded.invalid, votes = excluded.votes, operator = excluded.operator, entered_at = excluded.entered_at`,
      ).run(row.electionId, row.teamId, row.returned, row.valid, JSON.stringify(row.invalid), JSON.stringify(row.votes), row.operator, row.enteredAt);
      sql.written?.teamTotals.push([row.electionId, row.teamId, row.returned, row.valid, row.invalid, row.votes]);
    },

    deleteTeamTotal(electionId: number, teamId: number): void {
      stmt('DELETE FROM team_totals WHERE election_id = ? AND team_id = ?').run(electionId, teamId);
      sql.written?.teamTotalsRemoved.push([electionId, teamId]);
    },

    listTeamTotals(electionId: number): TeamTotalRow[] {
      return stmt('SELECT tt.*, t.name AS team_name FROM team_totals tt JOIN teams t ON t.id = tt.team_id WHERE tt.election_id = ? ORDER BY t.id').all(electionId).map(teamTotalFromSql);
    },

    setTeamReceived(row: Omit<TeamReceivedRow, 'teamName'>): void {
      stmt(
        `INSERT INTO team_received (election_id, team_id, received, operator, entered_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(election_id, team_id) DO UPDATE SET received = excluded.received, operator = excluded.operator, entered_at = excluded.entered_at`,
      ).run(row.electionId, row.teamId, row.received, row.operator, row.enteredAt);
    },

    deleteTeamReceived(electionId: number, teamId: number): void {
      stmt('DELETE FROM team_received WHERE election_id = ? AND team_id = ?').run(electionId, teamId);
    },

    listTeamReceived(electionId: number): TeamReceivedRow[] {
      return stmt(
        'SELECT r.election_id AS electionId, r.team_id AS teamId, t.name AS teamName, r.received, r.operator, r.entered_at AS enteredAt FROM team_received r JOIN teams t ON t.id = r.team_id WHERE r.election_id = ? ORDER BY t.id',
      ).all(electionId) as TeamReceivedRow[];
    },
  };
}
