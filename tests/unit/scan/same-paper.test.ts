import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMarksDescriptor, looksLikeSamePaper, marksDistance, MIN_MARK_COLUMNS, parseMarksDescriptor, SAME_PAPER_DISTANCE, samePaperLikelihood, type MarksDescriptor, type RowMarks } from '../../../shared/scan/same-paper';

/** A straight stroke through row `row`: `length` columns from `first`, its top at `top` (quarter points), 1 pt thick, rising `slope` quarter points a column. */
function stroke(row: number, first: number, length: number, top: number, slope = 0): RowMarks {
  return { row, first, columns: Array.from({ length }, (_, i) => ({ top: Math.round(top + slope * i), bottom: Math.round(top + slope * i) + 4 })) };
}

const paper = (...rows: RowMarks[]): string => formatMarksDescriptor({ perSheet: 4, rows });

const rowArb = fc.record({
  row: fc.integer({ min: 0, max: 60 }),
  first: fc.integer({ min: 0, max: 200 }),
  columns: fc.array(fc.option(fc.record({ top: fc.integer({ min: 0, max: 254 }), bottom: fc.integer({ min: 0, max: 254 }) }), { nil: null }), { minLength: 1, maxLength: 80 }),
});
const descriptorArb = fc.record({ perSheet: fc.constantFrom(1, 2, 4), rows: fc.uniqueArray(rowArb, { selector: (r) => r.row, maxLength: 12 }) });

/** What the string keeps of a descriptor: rows with ink, each cut to its first and last inked column. */
function kept(d: MarksDescriptor): MarksDescriptor {
  const rows = d.rows.flatMap((r) => {
    const first = r.columns.findIndex((c) => c !== null);
    if (first < 0) return [];
    let last = r.columns.length - 1;
    while (r.columns[last] === null) last--;
    return [{ row: r.row, first: r.first + first, columns: r.columns.slice(first, last + 1) }];
  });
  return { perSheet: d.perSheet, rows };
}

describe('the same paper twice: the marks descriptor and its comparison (pure)', () => {
  it('reads back what it wrote, for any marks', () => {
    fc.assert(
      fc.property(descriptorArb, (d) => {
        const text = formatMarksDescriptor(d);
        expect(text).toMatch(/^m1\/[124](\/\d+@\d+:[A-Za-z0-9_-]*)*$/);
        expect(parseMarksDescriptor(text)).toEqual(kept(d));
      }),
    );
  });

  it('a paper is at distance 0 from itself, and the distance does not depend on the order of the two', () => {
    fc.assert(
      fc.property(descriptorArb, descriptorArb, (a, b) => {
        const pa = parseMarksDescriptor(formatMarksDescriptor(a)) as MarksDescriptor;
        const pb = parseMarksDescriptor(formatMarksDescriptor(b)) as MarksDescriptor;
        const self = marksDistance(pa, pa);
        if (self !== null) expect(self).toBe(0);
        expect(marksDistance(pa, pb)).toBe(marksDistance(pb, pa));
      }),
    );
  });

  it('two strokes through the same names a point apart are two papers; a quarter point apart, the same paper', () => {
    const a = paper(stroke(2, 10, 40, 20), stroke(5, 12, 38, 22, 0.1));
    expect(samePaperLikelihood(a, a)).toBe(1);
    const shaken = paper(stroke(2, 10, 40, 21), stroke(5, 12, 38, 22, 0.1));
    expect(looksLikeSamePaper(a, shaken)).toBe(true);
    const lower = paper(stroke(2, 10, 40, 24), stroke(5, 12, 38, 26, 0.1));
    expect(looksLikeSamePaper(a, lower)).toBe(false);
    const steeper = paper(stroke(2, 10, 40, 20, 0.2), stroke(5, 12, 38, 22, 0.25));
    expect(looksLikeSamePaper(a, steeper)).toBe(false);
    const longer = paper(stroke(2, 10, 46, 20), stroke(5, 7, 43, 22, 0.1));
    expect(looksLikeSamePaper(a, longer)).toBe(false);
    const otherName = paper(stroke(3, 10, 40, 20), stroke(5, 12, 38, 22, 0.1));
    expect(samePaperLikelihood(a, otherName)).toBeLessThan(0.01);
  });

  it('a stroke that ends a column sooner, or a column lost where the stroke crosses a letter, is still the same paper', () => {
    const a = paper(stroke(2, 10, 40, 20), stroke(5, 12, 38, 22));
    const shorter = paper(stroke(2, 11, 39, 20), stroke(5, 12, 37, 22));
    expect(looksLikeSamePaper(a, shorter)).toBe(true);
    const gap = stroke(2, 10, 40, 20);
    gap.columns[17] = null;
    gap.columns[25] = null;
    expect(looksLikeSamePaper(a, paper(gap, stroke(5, 12, 38, 22)))).toBe(true);
  });

  it('a blank paper, or one with a few dots, is not compared (every blank paper looks alike); nor a string of another kind', () => {
    const blank = paper();
    expect(samePaperLikelihood(blank, blank)).toBeNull();
    const dots = paper(stroke(1, 5, Math.floor(MIN_MARK_COLUMNS / 2) - 1, 10));
    expect(samePaperLikelihood(dots, dots)).toBeNull();
    expect(looksLikeSamePaper(dots, dots)).toBe(false);
    expect(samePaperLikelihood('m0/4/1@2:AAAA', 'm0/4/1@2:AAAA')).toBeNull();
    expect(samePaperLikelihood('không phải', paper(stroke(2, 10, 40, 20)))).toBeNull();
    expect(parseMarksDescriptor('m1/3/1@2:AAAA')).toBeNull();
    expect(parseMarksDescriptor('m1/4/1@2:A')).toBeNull();
  });

  it('papers printed at another count a sheet are never the same paper', () => {
    const rows = [stroke(2, 10, 40, 20), stroke(5, 12, 38, 22)];
    expect(samePaperLikelihood(formatMarksDescriptor({ perSheet: 4, rows }), formatMarksDescriptor({ perSheet: 2, rows }))).toBeLessThan(0.01);
  });

  it('the likelihood falls through one half at the threshold distance', () => {
    const a = paper(stroke(2, 10, 40, 20));
    const at = (quarterPoints: number) => samePaperLikelihood(a, paper(stroke(2, 10, 40, 20 + quarterPoints))) as number;
    expect(SAME_PAPER_DISTANCE).toBeGreaterThan(0.25);
    expect(SAME_PAPER_DISTANCE).toBeLessThan(1);
    expect(at(1)).toBeGreaterThan(0.5);
    expect(at(4)).toBeLessThan(0.5);
    for (let q = 0; q < 12; q++) expect(at(q + 1)).toBeLessThanOrEqual(at(q));
  });
});
