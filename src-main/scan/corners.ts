import type { Point } from '../../shared/scan/layout';
import type { Darkness } from './image';

/** A dark blob shaped like a solid square (any rotation), in image pixels. */
export interface SquareBlob {
  x: number;
  y: number;
  /** √area: the side of the square it would be. */
  side: number;
  /** Its bounding box, in image pixels. */
  box?: { x0: number; y0: number; x1: number; y1: number };
}

/** Darkness above which a pixel belongs to a corner square (they are solid black). */
const SQUARE_INK = 0.45;

/**
 * The solid square blobs of the image. Pixels are grouped 2×2 (speed), then labelled; a blob is
 * kept when its second moments are those of a square of any rotation ((μ20+μ02)/area² = 1/6,
 * the same in every direction) and it fills its box as a square does: letters, lines, a QR code
 * or a box filled as a rectangle are not squares.
 */
export function findSquares(dark: Darkness, minSide: number): SquareBlob[] {
  const w = Math.floor(dark.width / 2);
  const h = Math.floor(dark.height / 2);
  const mask = new Uint8Array(w * h);
  const d = dark.data;
  for (let y = 0; y < h; y++) {
    const r0 = 2 * y * dark.width;
    const r1 = r0 + dark.width;
    for (let x = 0; x < w; x++) {
      const v = (d[r0 + 2 * x] as number) + (d[r0 + 2 * x + 1] as number) + (d[r1 + 2 * x] as number) + (d[r1 + 2 * x + 1] as number);
      if (v > 4 * SQUARE_INK) mask[y * w + x] = 1;
    }
  }
  const labels = new Int32Array(w * h).fill(-1);
  const stack = new Int32Array(w * h);
  const found: SquareBlob[] = [];
  const minArea = (minSide / 2) ** 2;
  for (let start = 0; start < w * h; start++) {
    if (mask[start] === 0 || (labels[start] as number) >= 0) continue;
    let top = 0;
    stack[top++] = start;
    labels[start] = start;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    let minX = w;
    let maxX = 0;
    let minY = h;
    let maxY = 0;
    while (top > 0) {
      const p = stack[--top] as number;
      const px = p % w;
      const py = (p - px) / w;
      n++;
      sx += px;
      sy += py;
      sxx += px * px;
      syy += py * py;
      sxy += px * py;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
      if (px > 0 && mask[p - 1] && (labels[p - 1] as number) < 0) (labels[p - 1] = start), (stack[top++] = p - 1);
      if (px < w - 1 && mask[p + 1] && (labels[p + 1] as number) < 0) (labels[p + 1] = start), (stack[top++] = p + 1);
      if (py > 0 && mask[p - w] && (labels[p - w] as number) < 0) (labels[p - w] = start), (stack[top++] = p - w);
      if (py < h - 1 && mask[p + w] && (labels[p + w] as number) < 0) (labels[p + w] = start), (stack[top++] = p + w);
    }
    if (n < minArea) continue;
    const mx = sx / n;
    const my = sy / n;
    const m20 = sxx / n - mx * mx;
    const m02 = syy / n - my * my;
    const m11 = sxy / n - mx * my;
    const spread = (m20 + m02) / n;
    const skew = Math.hypot(m20 - m02, 2 * m11) / (m20 + m02);
    const fill = n / ((maxX - minX + 1) * (maxY - minY + 1));
    // On the grid of 2×2 pixels a square of 15 cells may come out a cell or two longer one way than the other (a low-resolution scan): the more so, the smaller.
    if (spread < 0.14 || spread > 0.2 || skew > 0.12 + 1.6 / Math.sqrt(n) || fill < 0.45) continue;
    found.push({ x: 2 * mx + 1, y: 2 * my + 1, side: 2 * Math.sqrt(n), box: { x0: 2 * minX, y0: 2 * minY, x1: 2 * maxX + 2, y1: 2 * maxY + 2 } });
  }
  return found;
}

/** The centre of a square refined on the full-resolution darkness: the ink-weighted centroid over it. */
export function refineCentre(dark: Darkness, blob: SquareBlob): Point {
  const r = Math.ceil(blob.side * 0.85);
  // Within the square's own box (and a pixel or two of its blurred edge): a dark border or a mark beside it must not pull it aside.
  const b = blob.box ?? { x0: blob.x - r, y0: blob.y - r, x1: blob.x + r, y1: blob.y + r };
  let sum = 0;
  let sx = 0;
  let sy = 0;
  for (let y = Math.max(0, Math.round(blob.y) - r, Math.floor(b.y0) - 2); y <= Math.min(dark.height - 1, Math.round(blob.y) + r, Math.ceil(b.y1) + 1); y++) {
    for (let x = Math.max(0, Math.round(blob.x) - r, Math.floor(b.x0) - 2); x <= Math.min(dark.width - 1, Math.round(blob.x) + r, Math.ceil(b.x1) + 1); x++) {
      const v = dark.data[y * dark.width + x] as number;
      if (v < 0.3) continue;
      sum += v;
      sx += v * x;
      sy += v * y;
    }
  }
  return sum > 0 ? { x: sx / sum + 0.5, y: sy / sum + 0.5 } : { x: blob.x, y: blob.y };
}

/** What a quadrilateral of squares must look like: the printed rectangle of square centres and the square's side, in points. */
export interface SquareFrame {
  width: number;
  height: number;
  side: number;
}

export interface Quad {
  /** Clockwise on the image, starting anywhere. */
  points: [SquareBlob, SquareBlob, SquareBlob, SquareBlob];
  error: number;
}

function clockwise(blobs: readonly SquareBlob[]): [SquareBlob, SquareBlob, SquareBlob, SquareBlob] {
  const cx = blobs.reduce((s, b) => s + b.x, 0) / blobs.length;
  const cy = blobs.reduce((s, b) => s + b.y, 0) / blobs.length;
  return [...blobs].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx)) as [SquareBlob, SquareBlob, SquareBlob, SquareBlob];
}

const dist = (a: SquareBlob, b: SquareBlob) => Math.hypot(a.x - b.x, a.y - b.y);

/** How far four squares may stand from the printed rectangle: a flat scan (`FLAT`), or a photo taken at a slant (`SLANTED`: a trapezoid, its far side shorter). */
export interface QuadTolerance {
  shape: number;
  aspect: number;
  size: number;
}
export const FLAT: QuadTolerance = { shape: 0.12, aspect: 0.06, size: 0.3 };
export const SLANTED: QuadTolerance = { shape: 0.45, aspect: 0.2, size: 0.3 };

/**
 * The four squares that stand as the printed ones do: a rectangle (opposite sides and diagonals
 * equal, within `tolerance`) whose sides, against the squares' size, are those of `frame`. Null
 * when no four do.
 */
export function bestQuad(blobs: readonly SquareBlob[], frame: SquareFrame, tolerance: QuadTolerance = FLAT): Quad | null {
  const pool = [...blobs].sort((a, b) => b.side - a.side).slice(0, 14);
  let best: Quad | null = null;
  const wantLong = Math.max(frame.width, frame.height) / frame.side;
  const wantShort = Math.min(frame.width, frame.height) / frame.side;
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++)
      for (let k = j + 1; k < pool.length; k++)
        for (let l = k + 1; l < pool.length; l++) {
          const four = [pool[i], pool[j], pool[k], pool[l]] as SquareBlob[];
          const sides = four.map((b) => b.side);
          const side = sides.reduce((s, v) => s + v, 0) / 4;
          if (Math.max(...sides) > 1.35 * Math.min(...sides)) continue;
          const [a, b, c, d] = clockwise(four);
          const ab = dist(a, b);
          const bc = dist(b, c);
          const cd = dist(c, d);
          const da = dist(d, a);
          const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(x, y);
          const shape = rel(ab, cd) + rel(bc, da) + rel(dist(a, c), dist(b, d));
          if (shape > tolerance.shape) continue;
          const long = Math.max(ab + cd, bc + da) / 2;
          const short = Math.min(ab + cd, bc + da) / 2;
          const aspect = rel(long / short, wantLong / wantShort);
          const size = rel(long / side, wantLong);
          if (aspect > tolerance.aspect || size > tolerance.size) continue;
          const error = shape + 2 * aspect + size / 2;
          if (best === null || error < best.error) best = { points: [a, b, c, d], error };
        }
  return best;
}

/** How far from a rectangle four corners (in order round) stand: the larger difference of opposite sides, against their mean (a photo's keystone). */
export function keystoneOf(points: readonly Point[]): number {
  const [a, b, c, d] = points as [Point, Point, Point, Point];
  const len = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
  const rel = (x: number, y: number) => (2 * Math.abs(x - y)) / (x + y);
  return Math.max(rel(len(a, b), len(c, d)), rel(len(b, c), len(d, a)));
}
