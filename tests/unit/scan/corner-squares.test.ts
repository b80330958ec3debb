import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findSquares, keystoneOf } from '../../../src-main/scan/corners';
import type { Darkness } from '../../../src-main/scan/image';

/** A darkness map with one solid square, `side` pixels, its top-left at (x, y) (fractions of a pixel blurred as a scanner does). */
function squareAt(x: number, y: number, side: number, size = 80): Darkness {
  const data = new Float32Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const cover = (a: number, lo: number, hi: number) => Math.max(0, Math.min(a + 1, hi) - Math.max(a, lo));
      data[py * size + px] = cover(px, x, x + side) * cover(py, y, y + side);
    }
  }
  return { width: size, height: size, data };
}

describe('corner squares (issue 17, item 5: "no corner squares" on ordinary scans)', () => {
  it('a corner square of 27 to 31 pixels (a 5 mm square at 140–160 dpi) is found wherever it falls on the pixel grid', () => {
    const missed: string[] = [];
    for (let side = 27; side <= 31; side++) {
      for (const dx of [0, 0.25, 0.5, 0.75, 1, 1.5]) {
        for (const dy of [0, 0.25, 0.5, 0.75, 1, 1.5]) {
          const found = findSquares(squareAt(20 + dx, 23 + dy, side), 8);
          if (found.length !== 1) missed.push(`${side}px at +${dx},+${dy}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('the bottom-left square of a simulated 150-dpi scan of a 55-name ballot, which came out a cell longer one way on the 2×2 grid, is still a square', async () => {
    const { data, info } = await sharp(fileURLToPath(new URL('./fixtures/corner-square-150dpi.png', import.meta.url))).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark: Darkness = { width: info.width, height: info.height, data: Float32Array.from(data, (v) => v / 255) };
    const found = findSquares(dark, 8);
    expect(found).toHaveLength(1);
    expect(found[0]?.side).toBeGreaterThan(27);
  });

  it('a bar, a rectangle twice as long as high, is not a square', () => {
    const bar = squareAt(10, 10, 40, 100);
    for (let y = 0; y < 100; y++) for (let x = 0; x < 100; x++) if (y >= 30) bar.data[y * 100 + x] = 0;
    expect(findSquares(bar, 8)).toEqual([]);
  });

  it('the keystone of four corners: 0 for a rectangle, the difference of opposite sides for a trapezoid', () => {
    expect(keystoneOf([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 140 }, { x: 0, y: 140 }])).toBe(0);
    expect(keystoneOf([{ x: 3, y: 0 }, { x: 97, y: 0 }, { x: 100, y: 140 }, { x: 0, y: 140 }])).toBeCloseTo(0.062, 3);
  });
});
