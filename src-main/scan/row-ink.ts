import type { Rect } from '../../shared/scan/layout';
import type { Compared } from './compared';

/**
 * One row of the scan beside the blank, re-aligned on its own print: the corner squares place the
 * ballot as a whole, but a fold, a curled slip or a phone's lens moves a row by a pixel or two, and
 * a pixel is enough to make a letter's edge look like ink. The row is moved (whole pixels, up to
 * `ALIGN_REACH` each way) to where its printed lines and letters fall darkest on the scan.
 */
export interface RowInk {
  /** The row's pixels are those of `rect` (ballot points) at `scale` pixels a point; (0, 0) is at its top left. */
  rect: Rect;
  scale: number;
  width: number;
  height: number;
  /** The scan's darkness, aligned on the blank. */
  dark: Float32Array;
  /** 1 where the blank has print (widened by a pixel; and by more, for faint ink). */
  print: Uint8Array;
  printWide: Uint8Array;
  /** Ink the blank does not have: definite (lone pixels of grain removed), and faint (clear of the print's halo). */
  definite: Uint8Array;
  faint: Uint8Array;
  /** The shift applied, in pixels. */
  shift: { dx: number; dy: number };
}

export const ALIGN_REACH = 2;

/** The blank's print (not widened) and the paper just round it: what the alignment matches. */
export interface ComparedWithCore extends Compared {
  core: Uint8Array;
  ring: Uint8Array;
}

function bounds(c: Compared, r: Rect) {
  const x0 = Math.max(0, Math.round((r.x - c.region.x) * c.scale));
  const y0 = Math.max(0, Math.round((r.y - c.region.y) * c.scale));
  const x1 = Math.min(c.scan.width, Math.round((r.x + r.width - c.region.x) * c.scale));
  const y1 = Math.min(c.scan.height, Math.round((r.y + r.height - c.region.y) * c.scale));
  return { x0, y0, x1, y1 };
}

/**
 * The shift (whole pixels) that lays the scan's print best on the blank's within `r`: where the
 * print is darkest against the paper just round it (its edges sharp), so that blur, which darkens
 * the paper round the print as much as it lightens the print, does not pull the row aside.
 */
export function bestShift(c: ComparedWithCore, r: Rect): { dx: number; dy: number } {
  const { x0, y0, x1, y1 } = bounds(c, r);
  const w = c.scan.width;
  const h = c.scan.height;
  // Every other pixel of the print and of the paper round it is plenty to place a row.
  const core: number[] = [];
  const ring: number[] = [];
  for (let y = Math.max(y0, ALIGN_REACH); y < Math.min(y1, h - ALIGN_REACH); y++) {
    for (let x = Math.max(x0, ALIGN_REACH) + (y & 1); x < Math.min(x1, w - ALIGN_REACH); x += 2) {
      const i = y * w + x;
      if (c.core[i]) core.push(i);
      else if (c.ring[i]) ring.push(i);
    }
  }
  if (core.length === 0 || ring.length === 0) return { dx: 0, dy: 0 };
  const data = c.scan.data;
  const mean = (points: readonly number[], offset: number) => {
    let sum = 0;
    for (let k = 0; k < points.length; k++) sum += data[(points[k] as number) + offset] as number;
    return sum / points.length;
  };
  let best = { dx: 0, dy: 0 };
  let bestScore = -Infinity;
  for (const [dx, dy] of shiftsNearestFirst()) {
    const offset = dy * w + dx;
    const score = mean(core, offset) - mean(ring, offset);
    // A shift must do better by a little to be taken: ties keep the ballot's own placement.
    if (score > bestScore + 0.01) {
      bestScore = score;
      best = { dx, dy };
    }
  }
  return best;
}

let shifts: [number, number][] | null = null;
function shiftsNearestFirst(): [number, number][] {
  if (shifts === null) {
    shifts = [];
    for (let dy = -ALIGN_REACH; dy <= ALIGN_REACH; dy++) for (let dx = -ALIGN_REACH; dx <= ALIGN_REACH; dx++) shifts.push([dx, dy]);
    shifts.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
  }
  return shifts;
}

/** The row's pixels, aligned, with its ink at the two levels. */
export function rowInk(c: ComparedWithCore, rect: Rect, levels: { definite: number; faint: number }): RowInk {
  const shift = bestShift(c, rect);
  const { x0, y0, x1, y1 } = bounds(c, rect);
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const w = c.scan.width;
  const h = c.scan.height;
  const dark = new Float32Array(width * height);
  const print = new Uint8Array(width * height);
  const printWide = new Uint8Array(width * height);
  const raw = new Uint8Array(width * height);
  const faint = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const t = (y0 + y) * w + x0 + x;
      const sx = x0 + x + shift.dx;
      const sy = y0 + y + shift.dy;
      const v = sx >= 0 && sy >= 0 && sx < w && sy < h ? (c.scan.data[sy * w + sx] as number) : 0;
      dark[i] = v;
      print[i] = c.print[t] as number;
      printWide[i] = c.printWide[t] as number;
      if (!print[i] && v > levels.definite) raw[i] = 1;
      if (!printWide[i] && v > levels.faint) faint[i] = 1;
    }
  }
  const definite = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!raw[i]) continue;
      let alone = true;
      for (let dy = -1; dy <= 1 && alone; dy++) {
        for (let dx = -1; dx <= 1 && alone; dx++) {
          if (dx === 0 && dy === 0) continue;
          const xx = x + dx;
          const yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height && raw[yy * width + xx]) alone = false;
        }
      }
      if (!alone) definite[i] = 1;
    }
  }
  const actual = { x: c.region.x + x0 / c.scale, y: c.region.y + y0 / c.scale, width: width / c.scale, height: height / c.scale };
  return { rect: actual, scale: c.scale, width, height, dark, print, printWide, definite, faint, shift };
}
