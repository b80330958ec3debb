import type { CandidateRow, ElectionRow } from '../../../shared/api/records';
import type { VoidedRoundView } from '../../../shared/api/views';
import { toSql, type Fields, type Sql } from '../sql';

const ELECTION_COLUMNS = { key: 'key', position: 'position', office: 'office', title: 'title', seats: 'seats', approvedSeats: 'approved_seats', round: 'round', continuesId: 'continues_id', requireMajority: 'require_majority', allBothOrNoneInvalid: 'all_both_or_none_invalid', baseOverride: 'base_override', ballotsIssued: 'ballots_issued', ballotsReturned: 'ballots_returned', status: 'status', scanMargin: 'scan_margin' } as const;
const CANDIDATE_COLUMNS = { key: 'key', ballotOrder: 'ballot_order', name: 'name', birthYear: 'birth_year', birthDate: 'birth_date', gender: 'gender', position: 'position', note: 'note', nomination: 'nomination', withdrawn: 'withdrawn', onPaper: 'on_paper', withdrawnAt: 'withdrawn_at' } as const;

/* eslint-disable @typescript-eslint/no-explicit-any */
function electionFromSql(r: any): ElectionRow {
  return {
    id: r.id, congressId: r.congress_id, key: r.key, position: r.position, office: r.office, title: r.title, seats: r.seats, approvedSeats: r.approved_seats ?? null, round: r.round, continuesId: r.continues_id,
    requireMajority: r.require_majority === 1, allBothOrNoneInvalid: r.all_both_or_none_invalid === 1, baseOverride: r.base_override, ballotsIssued: r.ballots_issued, ballotsReturned: r.ballots_returned, status: r.status, scanMargin: r.scan_margin ?? 2,
  };
}
function candidateFromSql(r: any): CandidateRow {
  return { id: r.id, electionId: r.election_id, key: r.key, ballotOrder: r.ballot_order, name: r.name, birthYear: r.birth_year, birthDate: r.birth_date, gender: r.gender, position: r.position, note: r.note, nomination: r.nomination, withdrawn: r.withdrawn === 1, onPaper: r.on_paper === 1, withdrawnAt: r.withdrawn_at ?? null };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Elections (each round its own) and their candidate lists. */
export function electionQueries(sql: Sql) {
  const { stmt, update } = sql;
  return {
    insertElection(row: Omit<ElectionRow, 'id' | 'scanMargin'> & { scanMargin?: number }): number {
      const result = stmt(
        `INSERT INTO elections (congress_id, key, position, office, title, seats, approved_seats, round, continues_id, require_majority, all_both_or_none_invalid, base_override, ballots_issued, ballots_returned, status, scan_margin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(row.congressId, row.key, row.position, row.office, row.title, row.seats, row.approvedSeats, row.round, row.continuesId, toSql(row.requireMajority), toSql(row.allBothOrNoneInvalid), row.baseOverride, row.ballotsIssued, row.ballotsReturned, row.status, row.scanMargin ?? 2);
      const id = Number(result.lastInsertRowid);
      sql.written?.elections.push([id, row.status]);
      return id;
    },

    updateElection(id: number, fields: Fields<ElectionRow>): void {
      update('elections', ELECTION_COLUMNS, id, fields);
      if (fields.status !== undefined) sql.written?.elections.push([id, fields.status]);
    },

    getElection(id: number): ElectionRow | null {
      const row = stmt('SELECT * FROM elections WHERE id = ?').get(id);
      return row === undefined ? null : electionFromSql(row);
    },

    listElections(congressId: number): ElectionRow[] {
      return stmt('SELECT * FROM elections WHERE congress_id = ? ORDER BY position, id').all(congressId).map(electionFromSql);
    },

    /** The rounds that continue an election (tie-break and further rounds) and stand: voided ones left out. */
    listContinuations(electionId: number): ElectionRow[] {
      return stmt('SELECT * FROM elections WHERE continues_id = ? AND id NOT IN (SELECT election_id FROM voided_rounds) ORDER BY id').all(electionId).map(electionFromSql);
    },

    /** The rounds that continued an election until a correction of it voided them. */
    listVoidedContinuations(electionId: number): ElectionRow[] {
      return stmt('SELECT * FROM elections WHERE continues_id = ? AND id IN (SELECT election_id FROM voided_rounds) ORDER BY id').all(electionId).map(electionFromSql);
    },

    /** Voids a round for good (its outcome no longer follows from the round it continues). */
    insertVoidedRound(round: { electionId: number; reason: string; operator: string; voidedAt: string }): void {
      stmt('INSERT INTO voided_rounds (election_id, reason, operator, voided_at) VALUES (?, ?, ?, ?)').run(round.electionId, round.reason, round.operator, round.voidedAt);
      sql.written?.roundsVoided.push(round.electionId);
    },

    getVoidedRound(electionId: number): VoidedRoundView | null {
      const row = stmt('SELECT reason, operator, voided_at FROM voided_rounds WHERE election_id = ?').get(electionId) as { reason: string; operator: string; voided_at: string } | undefined;
      return row === undefined ? null : { reason: row.reason, operator: row.operator, voidedAt: row.voided_at };
    },

    /** The voided rounds of a congress, by election id. */
    voidedRoundIds(congressId: number): Set<number> {
      return new Set((stmt('SELECT v.election_id AS id FROM voided_rounds v JOIN elections e ON e.id = v.election_id WHERE e.congress_id = ?').all(congressId) as { id: number }[]).map((r) => r.id));
    },

    electionKeys(congressId: number): string[] {
      return (stmt('SELECT key FROM elections WHERE congress_id = ?').all(congressId) as { key: string }[]).map((r) => r.key);
    },

    insertCandidate(row: Omit<CandidateRow, 'id'>): number {
      const result = stmt(
        'INSERT INTO candidates (election_id, key, ballot_order, name, birth_year, birth_date, gender, position, note, nomination, withdrawn, on_paper, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(row.electionId, row.key, row.ballotOrder, row.name, row.birthYear, row.birthDate, row.gender, row.position, row.note, row.nomination, toSql(row.withdrawn), toSql(row.onPaper), row.withdrawnAt);
      return Number(result.lastInsertRowid);
    },

    updateCandidate(id: number, fields: Fields<CandidateRow>): void {
      update('candidates', CANDIDATE_COLUMNS, id, fields);
    },

    deleteCandidate(id: number): void {
      stmt('DELETE FROM candidates WHERE id = ?').run(id);
    },

    getCandidate(id: number): CandidateRow | null {
      const row = stmt('SELECT * FROM candidates WHERE id = ?').get(id);
      return row === undefined ? null : candidateFromSql(row);
    },

    /** In ballot order. */
    listCandidates(electionId: number): CandidateRow[] {
      return stmt('SELECT * FROM candidates WHERE election_id = ? ORDER BY ballot_order, id').all(electionId).map(candidateFromSql);
    },
  };
}
