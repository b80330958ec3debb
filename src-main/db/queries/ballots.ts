import type { BallotRow, NewBallot } from '../../../shared/api/records';
import type { Sql } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function ballotFromSql(r: any): BallotRow {
  return {
    id: r.id, electionId: r.election_id, uid: r.uid, number: r.number, lastNumber: r.last_number, version: r.version, supersedes: r.supersedes, teamId: r.team_id, teamName: r.team_name ?? null, count: r.count, kind: r.kind,
    selection: r.selection === null ? null : JSON.parse(r.selection), ruling: r.ruling, note: r.note, operator: r.operator, enteredAt: r.entered_at,
  };
}

/** The number of a ballot's last paper: each paper has its own, but in an election numbered one number per stack. */
const LAST_NUMBER = `b.number + CASE WHEN EXISTS (SELECT 1 FROM stack_numbered_elections s WHERE s.election_id = b.election_id) THEN 0 ELSE b.count - 1 END AS last_number`;
const BALLOT_COLUMNS = `b.*, ${LAST_NUMBER}`;
const LATEST_VERSION = 'NOT EXISTS (SELECT 1 FROM ballots n WHERE n.supersedes = b.id)';

const CURRENT_BALLOTS = `
  SELECT ${BALLOT_COLUMNS}, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id
  WHERE b.election_id = ? AND b.kind <> 'void' AND ${LATEST_VERSION}`;

const INSERT_BALLOTS = 'INSERT INTO ballots (election_id, uid, number, version, supersedes, team_id, count, kind, selection, ruling, note, operator, entered_at) VALUES';
const BALLOT_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
/** Rows per statement when many ballots are written at once: a third of the time of one row each. */
const ROWS_PER_INSERT = 50;

/** Appends the ballot's 13 values, in the order of INSERT_BALLOTS, to `values`. */
function pushBallotValues(values: unknown[], ballot: NewBallot, number: number): void {
  values.push(ballot.electionId, ballot.uid, number, ballot.version, ballot.supersedes, ballot.teamId, ballot.count, ballot.kind, ballot.selection === null ? null : JSON.stringify(ballot.selection), ballot.ruling, ballot.note, ballot.operator, ballot.enteredAt);
}

/** Ballots: append-only versions (a correction or a void supersedes; nothing is changed in place). */
function record(sql: Sql, ballot: NewBallot, number: number): void {
  sql.written?.ballots.push([ballot.electionId, ballot.uid, number, ballot.version, ballot.teamId, ballot.count, ballot.kind, ballot.selection, ballot.ruling, ballot.note]);
}

export function ballotQueries(sql: Sql) {
  const { stmt } = sql;
  const numbersPerStack = (electionId: number): boolean => stmt('SELECT 1 FROM stack_numbered_elections WHERE election_id = ?').get(electionId) !== undefined;
  /**
   * The first number free after every number given so far, voided and corrected ballots included
   * (a number is never given twice). Numbers are given in increasing order and the papers of one
   * ballot never overlap another's, so the ballot with the highest first number ends last.
   */
  const nextBallotNumber = (electionId: number): number => {
    const last = stmt('SELECT number, MAX(count) AS count FROM ballots WHERE election_id = ? AND number = (SELECT MAX(number) FROM ballots WHERE election_id = ?)').get(electionId, electionId) as { number: number | null; count: number | null };
    if (last.number === null) return 1;
    return numbersPerStack(electionId) ? last.number + 1 : last.number + (last.count as number);
  };
  return {
    /** Whether the election was numbered one number per stack (it held a stack before issue 11). */
    numbersPerStack,

    /** The number the next new ballot of the election gets (its first paper's). */
    nextBallotNumber,

    insertBallot(ballot: NewBallot): BallotRow {
      const number = ballot.number ?? nextBallotNumber(ballot.electionId);
      const values: unknown[] = [];
      pushBallotValues(values, ballot, number);
      const result = stmt(`${INSERT_BALLOTS} ${BALLOT_VALUES}`).run(values);
      record(sql, ballot, number);
      const lastNumber = numbersPerStack(ballot.electionId) ? number : number + ballot.count - 1;
      return { ...ballot, id: Number(result.lastInsertRowid), number, lastNumber, teamName: null };
    },

    /** Many ballots, their numbers given (a merge writes thousands): several rows to a statement. */
    insertBallots(ballots: readonly (NewBallot & { number: number })[]): void {
      for (let start = 0; start < ballots.length; start += ROWS_PER_INSERT) {
        const end = Math.min(start + ROWS_PER_INSERT, ballots.length);
        const values: unknown[] = [];
        for (let i = start; i < end; i++) {
          const ballot = ballots[i] as NewBallot & { number: number };
          pushBallotValues(values, ballot, ballot.number);
          record(sql, ballot, ballot.number);
        }
        stmt(`${INSERT_BALLOTS} ${Array(end - start).fill(BALLOT_VALUES).join(', ')}`).run(values);
      }
    },

    getBallot(id: number): BallotRow | null {
      const row = stmt(`SELECT ${BALLOT_COLUMNS}, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id WHERE b.id = ?`).get(id);
      return row === undefined ? null : ballotFromSql(row);
    },

    isSuperseded(ballotId: number): boolean {
      return stmt('SELECT 1 FROM ballots WHERE supersedes = ?').get(ballotId) !== undefined;
    },

    /** The ballots that count: the latest version of each, voids left out, in number order. */
    currentBallots(electionId: number): BallotRow[] {
      return stmt(`${CURRENT_BALLOTS} ORDER BY b.number`).all(electionId).map(ballotFromSql);
    },

    /** The latest version of every ballot, voided ones included (their numbers stay taken), in number order. */
    latestBallots(electionId: number): BallotRow[] {
      return stmt(`SELECT ${BALLOT_COLUMNS}, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? AND ${LATEST_VERSION} ORDER BY b.number`).all(electionId).map(ballotFromSql);
    },

    /** Every ballot row written after `afterId`, in order: new ballots, corrections and voids. */
    ballotRowsAfter(electionId: number, afterId: number): BallotRow[] {
      return stmt(`SELECT ${BALLOT_COLUMNS}, NULL AS team_name FROM ballots b WHERE b.election_id = ? AND b.id > ? ORDER BY b.id`).all(electionId, afterId).map(ballotFromSql);
    },

    /** The papers of the ballots that count, per team (a stack counts its papers; `teamId` null: entered without a team). */
    papersByTeam(electionId: number): { teamId: number | null; papers: number }[] {
      return stmt(`SELECT b.team_id AS teamId, SUM(b.count) AS papers FROM ballots b WHERE b.election_id = ? AND b.kind <> 'void' AND ${LATEST_VERSION} GROUP BY b.team_id`).all(electionId) as { teamId: number | null; papers: number }[];
    },

    countCurrentBallots(electionId: number): number {
      return (stmt(`SELECT COUNT(*) AS n FROM (${CURRENT_BALLOTS})`).get(electionId) as { n: number }).n;
    },

    /** Whether the election has any ballot entered, voided ones included. */
    hasAnyBallot(electionId: number): boolean {
      return stmt('SELECT 1 FROM ballots WHERE election_id = ? LIMIT 1').get(electionId) !== undefined;
    },

    /** Every version of one physical ballot, oldest first. */
    ballotVersions(electionId: number, uid: string): BallotRow[] {
      return stmt(`SELECT ${BALLOT_COLUMNS}, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? AND b.uid = ? ORDER BY b.version`).all(electionId, uid).map(ballotFromSql);
    },
  };
}
