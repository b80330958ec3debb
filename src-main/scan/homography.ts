import type { Point } from '../../shared/scan/layout';

/** A plane projective transform, row-major 3×3 with h[8] = 1. */
export type Homography = readonly number[];

/** Solves A·x = b (n×n, partial pivoting); null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number)) pivot = r;
    const p = m[pivot] as number[];
    if (Math.abs(p[col] as number) < 1e-12) return null;
    [m[col], m[pivot]] = [p, m[col] as number[]];
    const row = m[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const other = m[r] as number[];
      const f = (other[col] as number) / (row[col] as number);
      if (f !== 0) for (let c = col; c <= n; c++) other[c] = (other[c] as number) - f * (row[c] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** The transform taking each `from[i]` to `to[i]` (four points, no three in a line). */
export function homographyFrom(from: readonly Point[], to: readonly Point[]): Homography | null {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i] as Point;
    const { x: u, y: v } = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(a, b);
  return h === null ? null : [...h, 1];
}

export function apply(h: Homography, p: Point): Point {
  const w = (h[6] as number) * p.x + (h[7] as number) * p.y + (h[8] as number);
  return { x: ((h[0] as number) * p.x + (h[1] as number) * p.y + (h[2] as number)) / w, y: ((h[3] as number) * p.x + (h[4] as number) * p.y + (h[5] as number)) / w };
}

/** Rotation (degrees) and mean scale of the transform near a point, from its local derivatives. */
export function rotationAndScale(h: Homography, at: Point): { rotation: number; scale: number } {
  const o = apply(h, at);
  const dx = apply(h, { x: at.x + 1, y: at.y });
  const dy = apply(h, { x: at.x, y: at.y + 1 });
  const sx = Math.hypot(dx.x - o.x, dx.y - o.y);
  const sy = Math.hypot(dy.x - o.x, dy.y - o.y);
  return { rotation: (Math.atan2(dx.y - o.y, dx.x - o.x) * 180) / Math.PI, scale: (sx + sy) / 2 };
}
