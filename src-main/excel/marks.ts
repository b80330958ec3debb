import type { MarkMeaning } from '../../shared/api/excel-preview';
import type { GridCell } from './grid';

export type { MarkMeaning };

/** The marks seen in old sheets (LEGACY_EXCEL.md), and the check marks of some fonts. */
export const MARK_SYMBOLS = ['x', 'X', '1', '/', '-', 'g', 'v', '✓'] as const;
const ALSO_MARKS = new Set(['G', 'V', '✔', '√', '×', '✗', '✘', '+']);
/** Cells some sheets fill where there is no mark. */
const NO_MARK = new Set(['0']);

export type MarkReading = { kind: 'empty' } | { kind: 'mark'; symbol: string } | { kind: 'bad'; text: string };

/** Reads one candidate cell of a ballot line: empty, a mark, or something that is neither. */
const EMPTY: MarkReading = { kind: 'empty' };
const MARKS = new Map<string, MarkReading>([...MARK_SYMBOLS, ...ALSO_MARKS].map((symbol) => [symbol, { kind: 'mark', symbol }]));

export function readMark(cell: GridCell | undefined): MarkReading {
  if (!cell || cell.text === '' || NO_MARK.has(cell.text)) return EMPTY;
  return MARKS.get(cell.text) ?? { kind: 'bad', text: cell.text };
}

export const MARK_EXPECTED = `${MARK_SYMBOLS.join(', ')} hoặc để trống`;

export const MEANING_LABELS: Record<MarkMeaning, string> = {
  struck: 'tên bị gạch (không bầu)',
  kept: 'tên được bầu (giữ lại)',
};
