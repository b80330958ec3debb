import { CANDIDATE_STATUS_LABELS } from '../../../../shared/minutes/outcome';
import { paperRows, type PaperRow } from '../../../../shared/minutes/paper-rows';
import type { ElectionResult } from '../../../api/types';

/** The columns of the names' table in the hall, and what each row says: measured and shown alike. */
export const HEADINGS = ['TT', 'Họ và tên', 'Số phiếu', 'Tỷ lệ %', 'Kết quả'] as const;

/** Right-aligned columns (numbers). */
export const NUMERIC = [true, false, true, true, false] as const;

/** The rows of the hall's table: the paper's names in paper order (RULES R1: one withdrawn after printing keeps its row). */
export function hallRows(result: ElectionResult): PaperRow[] {
  return paperRows(result);
}

/** The result's word alone: the line above the names says how many votes a name needs to be elected. */
export function rowCells(rows: readonly PaperRow[], index: number): string[] {
  const row = rows[index];
  if (!row) return [];
  const c = row.result;
  if (c === null) return [String(row.number), row.name, '—', '—', 'Đã rút'];
  return [String(row.number), c.name, String(c.votes), c.percent, CANDIDATE_STATUS_LABELS[c.status]];
}

/** The class of a row: its status, or withdrawn (struck). */
export function rowClass(rows: readonly PaperRow[], index: number): string {
  const c = rows[index]?.result;
  return c === undefined ? '' : c === null ? 'withdrawn' : `status-${c.status}`;
}
