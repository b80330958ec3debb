import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageColumns, presentationLayout, turnPage, type LayoutInput } from '../../../src-renderer/screens/results/presentation/layout';

/** A list's cells as the screen measures them: TT, the name, votes, percent, result (em at 1px type). */
const METRICS = { columnEms: [2.2, 12.5, 2.8, 3.6, 8.4], rowEm: 1.5, headEm: 1.3, gapEm: 1.2 };
const at = (count: number, width: number, height: number, more: Partial<LayoutInput> = {}): LayoutInput => ({ count, width, height, minFont: 18, maxFont: 48, ...METRICS, ...more });
const columnWidth = (font: number) => METRICS.columnEms.reduce((s, e) => s + e, 0) * font;

function fitsInArea(input: LayoutInput) {
  const layout = presentationLayout(input);
  const width = layout.columns * columnWidth(layout.fontSize) + (layout.columns - 1) * METRICS.gapEm * layout.fontSize;
  const height = (METRICS.headEm + layout.rowsPerPage * METRICS.rowEm) * layout.fontSize;
  return { layout, width, height };
}

describe('the presentation fits the list to the screen', () => {
  it('one name: the largest type, one column, one page', () => {
    expect(presentationLayout(at(1, 1300, 450))).toEqual({ fontSize: 44, columns: 1, rowsPerPage: 1, perPage: 1, pages: 1 });
  });

  it('16 names at 1366×768: one page, every row inside the area (finding 7 cut rows 15 and 16)', () => {
    const { layout, width, height } = fitsInArea(at(16, 1300, 450));
    expect(layout.pages).toBe(1);
    expect(layout.perPage).toBeGreaterThanOrEqual(16);
    expect(width).toBeLessThanOrEqual(1300);
    expect(height).toBeLessThanOrEqual(450);
    expect(layout.fontSize).toBeGreaterThanOrEqual(18);
  });

  it('60 names use columns on a wide screen rather than a tiny type', () => {
    const layout = presentationLayout(at(60, 1850, 750));
    expect(layout.columns).toBeGreaterThan(1);
    expect(layout.pages).toBe(1);
    expect(layout.columns * layout.rowsPerPage).toBeGreaterThanOrEqual(60);
  });

  it('300 names at 1366×768 page at the smallest legible type, the pages shared evenly', () => {
    const layout = presentationLayout(at(300, 1300, 450));
    expect(layout.fontSize).toBe(18);
    expect(layout.pages).toBeGreaterThan(1);
    const sizes = Array.from({ length: layout.pages }, (_, p) => pageColumns(layout, 300, p).flat().length);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(300);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(layout.columns * 2);
  });

  it('columns of a page hold consecutive names, shared evenly', () => {
    const layout = presentationLayout(at(16, 1850, 330));
    expect(layout.columns).toBe(2);
    expect(pageColumns(layout, 16, 0)).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14, 15],
    ]);
  });

  it('any list of 1 to 300 names on any screen from 1366×768 to 1920×1080: inside the area, every name on exactly one page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1366, max: 1920 }), fc.integer({ min: 768, max: 1080 }), (count, screenWidth, screenHeight) => {
        // The area left by the title, the figures and the outcome (about 40% of the height at worst).
        const input = at(count, screenWidth - 64, Math.floor(screenHeight * 0.58), { minFont: Math.max(16, screenHeight / 42), maxFont: screenHeight / 16 });
        const { layout, width, height } = fitsInArea(input);
        expect(width).toBeLessThanOrEqual(input.width + 1e-9);
        expect(height).toBeLessThanOrEqual(input.height + 1e-9);
        expect(layout.fontSize).toBeGreaterThanOrEqual(input.minFont - 0.5);
        const seen = Array.from({ length: layout.pages }, (_, p) => pageColumns(layout, count, p).flat()).flat();
        expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
        for (let p = 0; p < layout.pages; p++) expect(pageColumns(layout, count, p).every((c) => c.length <= layout.rowsPerPage)).toBe(true);
      }),
    );
  });

  it('a list that fits at the smallest type is never paged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 600, max: 1900 }), fc.integer({ min: 200, max: 900 }), (count, width, height) => {
        const input = at(count, width, height);
        const layout = presentationLayout(input);
        const columns = Math.floor((width + METRICS.gapEm * 18) / (columnWidth(18) + METRICS.gapEm * 18));
        const rows = Math.floor((height - METRICS.headEm * 18) / (METRICS.rowEm * 18));
        if (columns * rows >= count) expect(layout.pages).toBe(1);
        else expect(layout.pages).toBeGreaterThan(1);
      }),
    );
  });

  it('the keys stop at the first and last page; the automatic advance goes round', () => {
    expect(turnPage(0, 3, -1)).toBe(0);
    expect(turnPage(2, 3, 1)).toBe(2);
    expect(turnPage(1, 3, 1)).toBe(2);
    expect(turnPage(2, 3, 1, true)).toBe(0);
    expect(turnPage(0, 1, 1, true)).toBe(0);
  });
});
