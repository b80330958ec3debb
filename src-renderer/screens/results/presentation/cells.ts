import { CANDIDATE_STATUS_LABELS } from '../../../../shared/minutes/outcome';
import type { ElectionResult } from '../../../api/types';

/** The columns of the names' table in the hall, and what each row says: measured and shown alike. */
export const HEADINGS = ['TT', 'Họ và tên', 'Số phiếu', 'Tỷ lệ %', 'Kết quả'] as const;

/** Right-aligned columns (numbers). */
export const NUMERIC = [true, false, true, true, false] as const;

/** The result's word alone: the line above the names says how many votes a name needs to be elected. */
export function rowCells(result: ElectionResult, index: number): string[] {
  const c = result.candidates[index];
  if (!c) return [];
  return [String(index + 1), c.name, String(c.votes), c.percent, CANDIDATE_STATUS_LABELS[c.status]];
}
