import type { BallotOnPage } from '../../shared/scan/layout';
import { formatMarksDescriptor, MARK_COLUMN, MARK_HEIGHT_UNIT, type RowMarks } from '../../shared/scan/same-paper';
import type { Compared } from './compared';

/** Pixels of ink a column needs to count (a speck of dust or grain is not a mark). */
const MIN_COLUMN_INK = 3;

/**
 * The marks of a paper as the descriptor of "the same paper twice" (shared/scan/same-paper.ts):
 * in every row, the ink the blank ballot does not have, aligned on the printed layout (the scan
 * resampled onto the ballot's points), column by column: where it starts and ends in height. The
 * top and bottom are the 10th and 90th percentile of the column's ink, so a stray pixel moves them
 * little. Computed from the image's content, never from its bytes.
 */
export function marksDescriptor(c: Compared, ballot: BallotOnPage, perSheet: number, level: number): string {
  const { region, scale, scan, print } = c;
  const w = scan.width;
  const rows: RowMarks[] = ballot.names.map((name, row) => {
    const r = name.rowRect;
    const y0 = Math.max(0, Math.round((r.y + 1 - region.y) * scale));
    const y1 = Math.min(scan.height, Math.round((r.y + r.height - 1 - region.y) * scale));
    const left = r.x + 1;
    const count = Math.floor((r.width - 2) / MARK_COLUMN);
    const columns: RowMarks['columns'] = [];
    const ys: number[] = [];
    for (let k = 0; k < count; k++) {
      const x0 = Math.max(0, Math.round((left + k * MARK_COLUMN - region.x) * scale));
      const x1 = Math.min(w, Math.round((left + (k + 1) * MARK_COLUMN - region.x) * scale));
      ys.length = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = y * w + x;
          if (!print[i] && (scan.data[i] as number) > level) ys.push(y);
        }
      }
      if (ys.length < MIN_COLUMN_INK) {
        columns.push(null);
        continue;
      }
      const at = (q: number) => ((ys[Math.min(ys.length - 1, Math.floor(q * ys.length))] as number) + 0.5) / scale + region.y - (r.y + 1);
      columns.push({ top: Math.round(at(0.1) / MARK_HEIGHT_UNIT), bottom: Math.round(at(0.9) / MARK_HEIGHT_UNIT) });
    }
    return { row, first: 0, columns };
  });
  return formatMarksDescriptor({ perSheet, rows });
}
