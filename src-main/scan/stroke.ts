import type { NameLayout } from '../../shared/scan/layout';
import type { RowInk } from './row-ink';
import { unlikeEnds, type Interval } from './stroke-ends';

/**
 * The one stroke through a name (format A's strike; format B's line through a name), followed
 * column by column through the letters that hide it: how much of the name it crosses, how high
 * it is, and the ink of the row that is not it.
 */

/** How far (points) a column's ink may stand from the stroke's line and still be the stroke (a wavy line, two close lines). */
const ON_STROKE = 2.6;
/** Points above the stroke's usual height from which a column of it is a bump (writing over the stroke). */
const BUMP = 2;
/** How far (points) from the stroke's line the ink of a double strike may lie (its other line). */
const BAND = 4.5;
/** Points each way over which the stroke's height is taken as the median of what was followed. */
const SMOOTH = 2;
/** A stroke going on past the name may pause this long (points) where it is not print (a pen skipping). */
const RUN_PAUSE = 1.5;

/** The runs of definite ink down one column between rows `y0` and `y1` (pixels). */
function columnRuns(ink: RowInk, x: number, y0: number, y1: number): Interval[] {
  const runs: Interval[] = [];
  let start = -1;
  for (let y = y0; y < y1; y++) {
    const on = ink.definite[y * ink.width + x] === 1;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      runs.push({ top: start, bottom: y - 1 });
      start = -1;
    }
  }
  if (start >= 0) runs.push({ top: start, bottom: y1 - 1 });
  return runs;
}

export interface Stroke {
  crossed: number;
  strokeHeight: number;
  /** Definite ink of the zone that is not the stroke, in pixels; faint ink away from the stroke, in square points. */
  strayPixels: number;
  faintStray: number;
  around: number;
  /** Share of the stroke's columns standing well above its usual height (something written over it). */
  bumps: number;
  /** Points of the stroke past the name unlike the rest of it (writing following on from its end: stroke-ends.ts). */
  ends: number;
}

/** A column's runs grouped: runs close enough to be one stroke of one or two lines (a double strike) make one group. */
function groupRuns(runs: readonly Interval[], maxHeight: number, maxGap: number): Interval[] {
  const groups: Interval[] = [];
  for (const r of runs) {
    const last = groups[groups.length - 1];
    if (last && r.top - last.bottom - 1 <= maxGap && r.bottom - last.top + 1 <= maxHeight) last.bottom = r.bottom;
    else groups.push({ ...r });
  }
  return groups;
}

const centreOf = (r: Interval) => (r.top + r.bottom) / 2;

/**
 * The one stroke through the name, if there is one, followed column by column from where it lies
 * on the name (a straight, wavy or double line alike), across the gaps where the print hides it:
 * the share of the name it crosses, how high it is, and all the ink of the zone (x0…x1) that is
 * not it. The stroke may run on before and after the name, as strikes do.
 */
export function findStroke(ink: RowInk, name: NameLayout, fontSize: number, zone: { x0: number; x1: number }, maxHeight: number): Stroke {
  const s = ink.scale;
  const px = (x: number) => Math.max(0, Math.min(ink.width, Math.round((x - ink.rect.x) * s)));
  const py = (y: number) => Math.max(0, Math.min(ink.height, Math.round((y - ink.rect.y) * s)));
  const top = py(name.rowRect.y + 0.8);
  const bottom = py(name.rowRect.y + name.rowRect.height - 0.8);
  const z0 = px(zone.x0);
  const z1 = px(zone.x1);
  const n0 = Math.max(z0, px(name.nameRect.x));
  const n1 = Math.min(z1, px(name.nameRect.x + name.nameRect.width));
  const thin = maxHeight * s;
  const runs: Interval[][] = [];
  const groups: Interval[][] = [];
  for (let x = 0; x < ink.width; x++) {
    const r = x >= z0 && x < z1 ? columnRuns(ink, x, top, bottom) : [];
    runs.push(r);
    groups.push(groupRuns(r, thin, DOUBLE_GAP * s).filter((g) => g.bottom - g.top + 1 <= thin));
  }
  const covered = (x: number, y: number) => {
    for (let yy = Math.max(top, Math.floor(y - 2)); yy <= Math.min(bottom - 1, Math.ceil(y + 2)); yy++) if (ink.print[yy * ink.width + x]) return true;
    return false;
  };
  const chosen = trackStroke(groups, { n0, n1, z0, z1 }, s, covered);
  // Where the stroke passes in every column: the median of what was followed nearby (the middle of
  // a double line even where one of its lines is hidden), and between, in a straight line.
  const centre = new Float64Array(ink.width).fill(Number.NaN);
  const window = Math.round(SMOOTH * s);
  let previous = -1;
  for (let x = z0; x < z1; x++) {
    if (!chosen[x]) continue;
    const near: number[] = [];
    for (let k = Math.max(z0, x - window); k <= Math.min(z1 - 1, x + window); k++) if (chosen[k]) near.push(centreOf(chosen[k] as Interval));
    near.sort((a, b) => a - b);
    centre[x] = near[Math.floor(near.length / 2)] as number;
    if (previous >= 0) for (let k = previous + 1; k < x; k++) centre[k] = (centre[previous] as number) + (((centre[x] as number) - (centre[previous] as number)) * (k - previous)) / (x - previous);
    previous = x;
  }
  const reach = ON_STROKE * s;
  const onStroke = (x: number, r: Interval) => Math.abs(centreOf(r) - (centre[x] as number)) <= reach && r.bottom - r.top + 1 <= thin;
  const hit = new Uint8Array(ink.width);
  for (let x = z0; x < z1; x++) if (!Number.isNaN(centre[x]) && (runs[x] as Interval[]).some((r) => onStroke(x, r))) hit[x] = 1;
  const hidden = (x: number) => hiddenByPrint(ink, centre, x, top, bottom);
  const inRun = strokeRun(ink, hit, hidden, { z0, z1, n0, n1 });
  let runStart = -1;
  let runEnd = -1;
  for (let x = z0; x < z1; x++) if (inRun[x]) (runStart = runStart < 0 ? x : runStart), (runEnd = x);
  const crossed = runStart < 0 || n1 <= n0 ? 0 : Math.max(0, Math.min(runEnd + 1, n1) - Math.max(runStart, n0)) / (n1 - n0);
  let strayPixels = 0;
  const heights: number[] = [];
  const band = BAND * s;
  for (let x = z0; x < z1; x++) {
    const here = runs[x] as Interval[];
    if (!inRun[x] || Number.isNaN(centre[x])) {
      for (const r of here) strayPixels += r.bottom - r.top + 1;
      continue;
    }
    // The stroke in this column: the runs nearest its line, as many as keep it one stroke high (both lines of a double strike).
    const c = centre[x] as number;
    let strokeTop = Infinity;
    let strokeBottom = -Infinity;
    for (const r of [...here].sort((a, b) => Math.abs(centreOf(a) - c) - Math.abs(centreOf(b) - c))) {
      const top = Math.min(strokeTop, r.top);
      const bottom = Math.max(strokeBottom, r.bottom);
      if (Math.abs(centreOf(r) - c) <= band && bottom - top + 1 <= thin) {
        strokeTop = top;
        strokeBottom = bottom;
      } else strayPixels += r.bottom - r.top + 1;
    }
    if (strokeBottom >= strokeTop) heights.push(strokeBottom - strokeTop + 1);
  }
  // Faint ink clear of the print and away from the stroke: writing too light or too small for definite ink.
  let faintStray = 0;
  const clear = band + 1.5 * s;
  const blur = Math.round(1.5 * s);
  for (let x = z0; x < z1; x++) {
    // Past the stroke's ends by a blur's width, its ends' halo.
    const end = runStart < 0 ? -1 : x < runStart && runStart - x <= blur ? runStart : x > runEnd && x - runEnd <= blur ? runEnd : x;
    const c = end >= 0 && inRun[end] ? (centre[end] as number) : Number.NaN;
    for (let y = top; y < bottom; y++) if (ink.faint[y * ink.width + x] && !(Math.abs(y - c) <= clear)) faintStray++;
  }
  // Writing over the stroke: columns where the ink stands well above the stroke's usual height.
  const usual = [...heights].sort((a, b) => a - b)[Math.floor(0.75 * heights.length)] ?? 0;
  const bumps = heights.length === 0 ? 0 : heights.filter((h) => h > usual + BUMP * s).length / heights.length;
  heights.sort((a, b) => a - b);
  const strokeHeight = heights.length === 0 ? 0 : (heights[Math.floor(0.9 * (heights.length - 1))] as number) / s;
  // Round the name: ink above its letters and below them in the same columns.
  const above = py(name.nameRect.y + 0.1 * fontSize);
  const below = py(name.nameRect.y + 1.05 * fontSize);
  let around = 0;
  for (let x = n0; x < n1; x++) {
    const r = runs[x] as Interval[];
    if (r.some((q) => q.top < above) && r.some((q) => q.bottom >= below)) around++;
  }
  const ends = unlikeEnds({ runs, centre, inRun, start: runStart, end: runEnd, n0, n1, hidden }, s);
  return { crossed, strokeHeight, bumps, ends, strayPixels, faintStray: faintStray / (s * s), around: n1 > n0 ? around / (n1 - n0) : 0 };
}

/** Two lines of a double strike stand no further apart than this (points, between their inks). */
const DOUBLE_GAP = 2.5;
/** How far (points) a stroke may move up or down from one column to the next (a wave), and more for each pixel it is hidden. */
const STEP = 1.2;
const STEP_PER_HIDDEN = 0.8;
const STEP_MOST = 4.5;

/**
 * The stroke followed column by column: seeded where most of the name's thin ink lies on one
 * line, then on each side the group nearest the stroke's last height, while it stays near.
 */
function trackStroke(groups: readonly Interval[][], z: { n0: number; n1: number; z0: number; z1: number }, s: number, covered: (x: number, y: number) => boolean): (Interval | undefined)[] {
  const chosen: (Interval | undefined)[] = new Array(groups.length);
  const points: { x: number; y: number }[] = [];
  for (let x = z.n0; x < z.n1; x++) for (const g of groups[x] as Interval[]) points.push({ x, y: centreOf(g) });
  if (points.length < 3) return chosen;
  const reach = ON_STROKE * s;
  const ys = points.map((p) => p.y).sort((a, b) => a - b);
  let bestY = ys[0] as number;
  let bestCount = 0;
  for (let i = 0, j = 0; i < ys.length; i++) {
    while ((ys[i] as number) - (ys[j] as number) > 2 * reach) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      bestY = ((ys[i] as number) + (ys[j] as number)) / 2;
    }
  }
  let line = { a: bestY, b: 0 };
  const near = points.filter((p) => Math.abs(p.y - line.a) <= reach);
  if (near.length >= 3) line = fitLine(near);
  // The seed: from the middle of the name outwards, the first group on the line.
  const middle = Math.floor((z.n0 + z.n1) / 2);
  let seed = -1;
  for (let d = 0; d <= (z.n1 - z.n0) / 2 + 1 && seed < 0; d++) {
    for (const x of [middle - d, middle + d]) {
      if (x < z.n0 || x >= z.n1 || seed >= 0) continue;
      const g = nearest(groups[x] as Interval[], line.a + line.b * x);
      if (g && Math.abs(centreOf(g) - (line.a + line.b * x)) <= reach) {
        seed = x;
        chosen[x] = g;
      }
    }
  }
  if (seed < 0) return chosen;
  for (const step of [-1, 1]) {
    let previous = centreOf(chosen[seed] as Interval);
    let hidden = 0;
    let missed = 0;
    for (let x = seed + step; x >= z.z0 && x < z.z1; x += step) {
      const g = nearest(groups[x] as Interval[], previous);
      const allowed = Math.min(STEP_MOST * s, STEP * s + STEP_PER_HIDDEN * hidden);
      if (g && Math.abs(centreOf(g) - previous) <= allowed) {
        chosen[x] = g;
        previous = centreOf(g);
        hidden = 0;
        missed = 0;
        continue;
      }
      hidden++;
      // Under the print the stroke may go on unseen; where it would show and does not, it has ended.
      if (!covered(x, previous) && ++missed > 2 * RUN_PAUSE * s) break;
    }
  }
  return chosen;
}

function nearest(groups: readonly Interval[], y: number): Interval | undefined {
  let best: Interval | undefined;
  for (const g of groups) if (!best || Math.abs(centreOf(g) - y) < Math.abs(centreOf(best) - y)) best = g;
  return best;
}

/**
 * The stroke's run: the columns from its first to its last, taking in those where the print may
 * hide it (the print lies where the stroke passes: a strike is lost under a letter's bar or a
 * cell's border), broken where it would pass clear of the print with no ink for more than a pen's
 * skip. Of the runs, the one with most of the stroke over the name.
 */
function strokeRun(ink: RowInk, hit: Uint8Array, hidden: (x: number) => boolean, z: { z0: number; z1: number; n0: number; n1: number }): Uint8Array {
  const inRun = new Uint8Array(ink.width);
  const pause = Math.round(RUN_PAUSE * ink.scale);
  let best: [number, number] | null = null;
  let bestOverName = 0;
  let start = -1;
  let lastHit = -1;
  let overName = 0;
  const close = () => {
    if (start >= 0 && overName > bestOverName) {
      best = [start, lastHit];
      bestOverName = overName;
    }
    start = -1;
    overName = 0;
  };
  for (let x = z.z0; x <= z.z1; x++) {
    if (x < z.z1 && hit[x]) {
      if (start < 0) start = x;
      lastHit = x;
      if (x >= z.n0 && x < z.n1) overName++;
      continue;
    }
    if (start < 0) continue;
    if (x < z.z1 && (hidden(x) || x - lastHit <= pause)) continue;
    close();
  }
  close();
  if (best !== null) inRun.fill(1, (best as [number, number])[0], (best as [number, number])[1] + 1);
  return inRun;
}

/** Whether the print lies where the stroke passes in column x (rows top…bottom), so that it may hide it. */
function hiddenByPrint(ink: RowInk, centre: Float64Array, x: number, top: number, bottom: number): boolean {
  const c = centre[x] as number;
  if (Number.isNaN(c)) return false;
  const reach = ON_STROKE * ink.scale;
  for (let y = Math.max(top, Math.floor(c - reach)); y <= Math.min(bottom - 1, Math.ceil(c + reach)); y++) if (ink.print[y * ink.width + x]) return true;
  return false;
}

function fitLine(points: readonly { x: number; y: number }[]): { a: number; b: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const b = sxx === 0 ? 0 : sxy / sxx;
  return { a: my - b * mx, b };
}
