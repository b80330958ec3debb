import type { BatchReadingRow, BatchRow } from '../../../shared/api/records';
import type { Sql } from '../sql';

const BATCH_COLUMNS = { status: 'status', pass1Operator: 'pass1_operator', pass1FinishedAt: 'pass1_finished_at', pass2Operator: 'pass2_operator', pass2FinishedAt: 'pass2_finished_at', closedBy: 'closed_by', closedAt: 'closed_at', closeNote: 'close_note' } as const;

/* eslint-disable @typescript-eslint/no-explicit-any */
function batchFromSql(r: any): BatchRow {
  return {
    id: r.id, electionId: r.election_id, teamId: r.team_id, teamName: r.team_name ?? null, label: r.label, size: r.size, status: r.status, pass1Operator: r.pass1_operator, pass1FinishedAt: r.pass1_finished_at,
    pass2Operator: r.pass2_operator, pass2FinishedAt: r.pass2_finished_at, createdBy: r.created_by, createdAt: r.created_at, closedBy: r.closed_by, closedAt: r.closed_at, closeNote: r.close_note,
  };
}
function readingFromSql(r: any): BatchReadingRow {
  return { batchId: r.batch_id, pass: r.pass, position: r.position, kind: r.kind, selection: r.selection === null ? null : JSON.parse(r.selection), ruling: r.ruling, note: r.note, resolution: r.resolution, operator: r.operator, enteredAt: r.entered_at };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Double entry: stacks read twice, and each pass's readings. */
export function doubleEntryQueries({ stmt, update }: Sql) {
  return {
    insertBatch(row: Pick<BatchRow, 'electionId' | 'teamId' | 'label' | 'size' | 'createdBy' | 'createdAt'>): number {
      return Number(stmt('INSERT INTO entry_batches (election_id, team_id, label, size, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(row.electionId, row.teamId, row.label, row.size, row.createdBy, row.createdAt).lastInsertRowid);
    },

    updateBatch(id: number, fields: Partial<Pick<BatchRow, keyof typeof BATCH_COLUMNS>>): void {
      update('entry_batches', BATCH_COLUMNS, id, fields);
    },

    getBatch(id: number): BatchRow | null {
      const row = stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.id = ?').get(id);
      return row === undefined ? null : batchFromSql(row);
    },

    findBatchByLabel(electionId: number, label: string): BatchRow | null {
      const row = stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? AND b.label = ?').get(electionId, label);
      return row === undefined ? null : batchFromSql(row);
    },

    listBatches(electionId: number): BatchRow[] {
      return stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? ORDER BY b.id').all(electionId).map(batchFromSql);
    },

    /** A reading typed for one position of one pass; typing the position again replaces it while the stack is open. */
    putReading(row: BatchReadingRow): void {
      stmt(
        `INSERT INTO batch_readings (batch_id, pass, position, kind, selection, ruling, note, resolution, operator, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(batch_id, pass, position) DO UPDATE SET kind = excluded.kind, selection = excluded.selection, ruling = excluded.ruling, note = excluded.note, resolution = excluded.resolution, operator = excluded.operator, entered_at = excluded.entered_at`,
      ).run(row.batchId, row.pass, row.position, row.kind, row.selection === null ? null : JSON.stringify(row.selection), row.ruling, row.note, row.resolution, row.operator, row.enteredAt);
    },

    listReadings(batchId: number, pass?: 1 | 2 | 3): BatchReadingRow[] {
      const rows = pass === undefined ? stmt('SELECT * FROM batch_readings WHERE batch_id = ? ORDER BY pass, position').all(batchId) : stmt('SELECT * FROM batch_readings WHERE batch_id = ? AND pass = ? ORDER BY position').all(batchId, pass);
      return rows.map(readingFromSql);
    },
  };
}
