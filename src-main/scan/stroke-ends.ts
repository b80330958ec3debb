/**
 * The stroke where it runs on past the name, judged on its own (issue 17: writing that continues
 * a strike's line). A strike may run past the name's last letter, or start before its first, as
 * far as the cell's border: there, clear of the print, it is ink in every column whose top and
 * bottom move smoothly from one column to the next (straight, wavy or a double line alike).
 * Writing that follows on in the stroke's line ("giữ lại" right after its end) is followed as if
 * it were the stroke, but it is not smooth: gaps between the letters, stems, loops and dots that
 * make its ink jump up and down.
 */

export interface Interval {
  top: number;
  bottom: number;
}

/** How far (points) from the stroke's line a column's ink is looked at as the stroke's. */
const NEAR = 4.5;
/** The pen's ends (points): the stroke's first and last columns are its cap, thinner or hooked; not judged. */
const CAP = 1;
/** How far (points) the ink's top or bottom may move from one column to the next along a stroke (a wave, a line's ragged edge); a letter's stem or loop moves it more. */
const JUMP = 1.5;

export interface StrokeColumns {
  /** The runs of definite ink down each column, and where the stroke passes (NaN where it does not). */
  runs: readonly (readonly Interval[])[];
  centre: Float64Array;
  /** The stroke's run: from its first column (`start`) to its last (`end`), 1 in between. */
  inRun: Uint8Array;
  start: number;
  end: number;
  /** The name's first column and the one past its last. */
  n0: number;
  n1: number;
  /** Whether the print may hide the stroke in a column (a letter, a cell's border): such columns say nothing. */
  hidden: (x: number) => boolean;
}

/** The stroke's ink in one column: how high and how low its runs near the line reach (pixels); null when there is none. */
function inkOf(runs: readonly Interval[], c: number, near: number): Interval | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of runs) {
    if (Math.abs((r.top + r.bottom) / 2 - c) > near) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return bottom < top ? null : { top, bottom };
}

/**
 * How much (points) of the stroke past the name, before it or after it, is unlike a stroke: its
 * columns clear of the print with no ink (gaps between letters), or where the ink's top or bottom
 * jumps from the column before (stems, loops, dots), beyond what the rest of the stroke shows of
 * the same (a pencil's grain, one line of a double strike ending). The larger of the two ends.
 */
export function unlikeEnds(stroke: StrokeColumns, scale: number): number {
  const { start, end, n0, n1 } = stroke;
  if (start < 0 || end < start) return 0;
  const cap = Math.round(CAP * scale);
  const near = NEAR * scale;
  const jump = JUMP * scale;
  // Each column clear of the print, from the stroke's first to its last (its caps left out): unlike a stroke or not.
  const judged: { x: number; unlike: boolean }[] = [];
  let before: { x: number; ink: Interval | null } | null = null;
  for (let x = start + cap; x <= end - cap; x++) {
    const c = stroke.centre[x] as number;
    if (!stroke.inRun[x] || Number.isNaN(c) || stroke.hidden(x)) continue;
    const ink = inkOf(stroke.runs[x] as Interval[], c, near);
    const last = before !== null && before.x === x - 1 ? before.ink : null;
    const jumps = ink !== null && last !== null && (Math.abs(ink.top - last.top) >= jump || Math.abs(ink.bottom - last.bottom) >= jump);
    judged.push({ x, unlike: ink === null || jumps });
    before = { x, ink };
  }
  const part = (from: number, to: number) => judged.filter((j) => j.x >= from && j.x < to);
  // Each end beside the rest of the stroke (the name's part and the other end).
  const excess = (end: typeof judged, rest: typeof judged): number => {
    if (end.length === 0) return 0;
    const rate = rest.length === 0 ? 0 : rest.filter((j) => j.unlike).length / rest.length;
    return Math.max(0, end.filter((j) => j.unlike).length - rate * end.length) / scale;
  };
  const head = part(start, n0);
  const name = part(n0, n1);
  const tail = part(n1, end + 1);
  return Math.max(excess(head, [...name, ...tail]), excess(tail, [...head, ...name]));
}
