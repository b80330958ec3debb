/**
 * Geometry and light of a capture: the paper (already at the capture's resolution) placed on the
 * scanner glass or before the camera by a homography (rotation, shift, scale, keystone), the paper's
 * cut edge against the background, light that falls unevenly or a shadow, and sensor noise.
 */
import type { Raster } from './paper';
import type { Rng } from './rng';

type Point = [number, number];
type Twelve = [number, number, number, number, number, number, number, number, number, number, number, number];
type Matrix = [number, number, number, number, number, number, number, number, number];

/** The homography taking the four `from` points to the four `to` points (Gaussian elimination). */
export function homography(from: readonly Point[], to: readonly Point[]): Matrix {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c < 9; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const h = a.map((row, i) => (row[8] as number) / (row[i] as number));
  return [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1] as Matrix;
}

export interface Placement {
  /** where the paper's corners TL, TR, BR, BL land in the capture */
  corners: [Point, Point, Point, Point];
  width: number;
  height: number;
}

/**
 * Places a paper of `w`×`h` pixels: rotated by `degrees`, one edge shortened by `keystone` (a share
 * of its length: a camera held at an angle), inside a canvas with `margin` pixels round it.
 */
export function place(w: number, h: number, degrees: number, keystone: number, keystoneEdge: 'top' | 'bottom' | 'left' | 'right', margin: number, shift: Point): Placement {
  const k = keystone / 2;
  const local: Point[] =
    keystoneEdge === 'top' ? [[k * w, 0], [w - k * w, 0], [w, h], [0, h]]
    : keystoneEdge === 'bottom' ? [[0, 0], [w, 0], [w - k * w, h], [k * w, h]]
    : keystoneEdge === 'left' ? [[0, k * h], [w, 0], [w, h], [0, h - k * h]]
    : [[0, 0], [w, k * h], [w, h - k * h], [0, h]];
  const t = (degrees * Math.PI) / 180;
  const rotated = local.map(([x, y]): Point => [(x - w / 2) * Math.cos(t) - (y - h / 2) * Math.sin(t), (x - w / 2) * Math.sin(t) + (y - h / 2) * Math.cos(t)]);
  const minX = Math.min(...rotated.map((p) => p[0]));
  const minY = Math.min(...rotated.map((p) => p[1]));
  const maxX = Math.max(...rotated.map((p) => p[0]));
  const maxY = Math.max(...rotated.map((p) => p[1]));
  const corners = rotated.map(([x, y]): Point => [x - minX + margin + shift[0], y - minY + margin + shift[1]]) as Placement['corners'];
  return { corners, width: Math.ceil(maxX - minX + 2 * margin + Math.abs(shift[0])), height: Math.ceil(maxY - minY + 2 * margin + Math.abs(shift[1])) };
}

export interface Light {
  /** direction of the gradient, radians; brightness falls from 1 to 1 − depth across the capture */
  angle: number;
  depth: number;
  /** a shadow: a soft edge across the capture at `at` (0..1), darker beyond it */
  shadow?: { angle: number; at: number; softness: number; depth: number };
}

/** The cut as four half-planes a·u + b·v + c ≥ 0 (a convex quadrilateral, either orientation). */
function halfPlanes(poly: readonly Point[]): Float64Array {
  const planes = new Float64Array(12);
  let area = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = poly[i] as Point;
    const [bx, by] = poly[(i + 1) % 4] as Point;
    area += ax * by - bx * ay;
  }
  const s = area >= 0 ? 1 : -1;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = poly[i] as Point;
    const [bx, by] = poly[(i + 1) % 4] as Point;
    planes[i * 3] = -(by - ay) * s;
    planes[i * 3 + 1] = (bx - ax) * s;
    planes[i * 3 + 2] = ((by - ay) * ax - (bx - ax) * ay) * s;
  }
  return planes;
}

/** A table of 65,536 Gaussian draws (σ = `sigma`), read through a fast integer hash: seeded noise at little cost. */
function noiseTable(rng: Rng, sigma: number): Float32Array {
  const table = new Float32Array(65536);
  for (let i = 0; i < table.length; i++) table[i] = rng.normal() * sigma;
  return table;
}

/**
 * Renders the capture: each pixel looks up the paper through the inverse homography (bilinear),
 * shows the background outside the cut, then light and noise.
 */
export function capture(paper: Raster & { cut: Point[] }, placement: Placement, background: [number, number, number], white: number, light: Light, noise: number, rng: Rng): Raster {
  const src: Point[] = [[0, 0], [paper.width, 0], [paper.width, paper.height], [0, paper.height]];
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = homography(placement.corners, src);
  const { width, height } = placement;
  const out = new Uint8ClampedArray(width * height * 3);
  const dx = Math.cos(light.angle);
  const dy = Math.sin(light.angle);
  const span = Math.abs(dx) * width + Math.abs(dy) * height;
  const origin = (dx < 0 ? width * -dx : 0) + (dy < 0 ? height * -dy : 0);
  const sh = light.shadow;
  const sdx = sh ? Math.cos(sh.angle) : 0;
  const sdy = sh ? Math.sin(sh.angle) : 0;
  const sEdge = sh ? sh.at * (Math.abs(sdx) * width + Math.abs(sdy) * height) - ((sdx < 0 ? width * -sdx : 0) + (sdy < 0 ? height * -sdy : 0)) : 0;
  const sigmoid = new Float32Array(4097);
  if (sh) for (let i = 0; i <= 4096; i++) sigmoid[i] = 1 - sh.depth / (1 + Math.exp(-((i - 2048) / 128)));
  const shadowScale = sh ? 128 / sh.softness : 0;
  const table = noiseTable(rng, noise);
  let hash = (rng.int(1, 0x7fffffff) | 0) || 1;
  const pl = halfPlanes(paper.cut);
  const [a0, b0, c0, a1, b1, c1, a2, b2, c2, a3, b3, c3] = Array.from(pl) as Twelve;
  const pw = paper.width;
  const ph = paper.height;
  const pd = paper.data;
  const [br, bg, bb] = background;
  for (let y = 0; y < height; y++) {
    let un = h1 * y + h2;
    let vn = h4 * y + h5;
    let wn = h7 * y + h8;
    let f0 = 1 - (light.depth * (y * dy + origin)) / span;
    const fStep = (-light.depth * dx) / span;
    let sd = (y * sdy - sEdge) * shadowScale + 2048;
    const sStep = sdx * shadowScale;
    let o = y * width * 3;
    for (let x = 0; x < width; x++) {
      const u = un / wn;
      const v = vn / wn;
      let r = br;
      let g = bg;
      let b = bb;
      if (u >= 0 && v >= 0 && u < pw - 1 && v < ph - 1 && a0 * u + b0 * v + c0 >= 0 && a1 * u + b1 * v + c1 >= 0 && a2 * u + b2 * v + c2 >= 0 && a3 * u + b3 * v + c3 >= 0) {
        const x0 = u | 0;
        const y0 = v | 0;
        const fx = u - x0;
        const fy = v - y0;
        const i00 = (y0 * pw + x0) * 3;
        const i01 = i00 + pw * 3;
        const w00 = (1 - fx) * (1 - fy) * white;
        const w10 = fx * (1 - fy) * white;
        const w01 = (1 - fx) * fy * white;
        const w11 = fx * fy * white;
        r = (pd[i00] as number) * w00 + (pd[i00 + 3] as number) * w10 + (pd[i01] as number) * w01 + (pd[i01 + 3] as number) * w11;
        g = (pd[i00 + 1] as number) * w00 + (pd[i00 + 4] as number) * w10 + (pd[i01 + 1] as number) * w01 + (pd[i01 + 4] as number) * w11;
        b = (pd[i00 + 2] as number) * w00 + (pd[i00 + 5] as number) * w10 + (pd[i01 + 2] as number) * w01 + (pd[i01 + 5] as number) * w11;
      }
      let f = f0;
      if (sh) f *= sigmoid[sd < 0 ? 0 : sd > 4096 ? 4096 : sd | 0] as number;
      hash ^= hash << 13;
      hash ^= hash >>> 17;
      hash ^= hash << 5;
      const n = table[hash & 0xffff] as number;
      const nc = (table[(hash >>> 16) & 0xffff] as number) * 0.2;
      out[o] = r * f + n + nc;
      out[o + 1] = g * f + n;
      out[o + 2] = b * f + n - nc;
      o += 3;
      un += h0;
      vn += h3;
      wn += h6;
      f0 += fStep;
      sd += sStep;
    }
  }
  return { data: Buffer.from(out.buffer), width, height };
}
