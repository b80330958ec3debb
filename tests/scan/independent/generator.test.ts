/**
 * The independent set's own pieces, checked without the program: the truth RULES R3 gives a clear
 * paper (worked examples E3–E5), the voter's truth for every mark kind, the same seed giving the
 * same voter, and the capture's geometry.
 */
import { describe, expect, it } from 'vitest';
import { BALLOT_JUDGE_KINDS, CLEAN_KINDS_A, CLEAN_KINDS_B, JUDGE_KINDS_A, JUDGE_KINDS_B, validUnderR3, type NameTruth } from './kinds';
import type { LayoutBallot, LayoutName } from './layout';
import { makeRng } from './rng';
import { markBallot } from './voter';
import { homography, place } from './warp';

function ballot(count: number, format: 'A' | 'B'): LayoutBallot {
  const names: LayoutName[] = Array.from({ length: count }, (_, i) => ({
    id: `c${String(i + 1).padStart(2, '0')}`,
    number: i + 1,
    name: ['Nguyễn Văn An', 'Đỗ Văn Bảy', 'Tôn Nữ Thị Hoàng Khuê', 'Lê Thị Diễm'][i % 4] as string,
    nameRect: { x: 60, y: 200 + i * 24, width: 110, height: 15 },
    rowRect: { x: 26, y: 195 + i * 24, width: format === 'A' ? 540 : 300, height: 24 },
    ...(format === 'B' ? { agreeBox: { x: 326, y: 195 + i * 24, width: 52, height: 24 }, disagreeBox: { x: 378, y: 195 + i * 24, width: 52, height: 24 } } : {}),
  }));
  return {
    slot: { x: 0, y: 0, width: 595, height: 842 },
    corners: [{ x: 14, y: 14, width: 14, height: 14 }, { x: 567, y: 14, width: 14, height: 14 }, { x: 567, y: 814, width: 14, height: 14 }, { x: 14, y: 814, width: 14, height: 14 }],
    qr: { x: 520, y: 700, width: 50, height: 50 },
    names,
    table: { x: 26, y: 170, width: 540, height: 30 + count * 24 },
    printed: [],
  };
}

describe('truth under RULES R3', () => {
  const a = (kept: number, struck: number): NameTruth[] => [...Array(kept).fill('kept'), ...Array(struck).fill('struck')];
  it('format A, N = 5, six names (E3): keep 5, 3 or 1 valid; keep 6 or none invalid', () => {
    expect(validUnderR3('A', a(5, 1), 5)).toBe(true);
    expect(validUnderR3('A', a(3, 3), 5)).toBe(true);
    expect(validUnderR3('A', a(1, 5), 5)).toBe(true);
    expect(validUnderR3('A', a(6, 0), 5)).toBe(false);
    expect(validUnderR3('A', a(0, 6), 5)).toBe(false);
  });
  it('format B (E4, E5): one box marked valid; nothing marked anywhere invalid; a name to judge undecided', () => {
    expect(validUnderR3('B', ['agree'], 1)).toBe(true);
    expect(validUnderR3('B', ['disagree'], 1)).toBe(true);
    expect(validUnderR3('B', ['none'], 1)).toBe(false);
    expect(validUnderR3('B', ['agree', 'none'], 2)).toBe(true);
    expect(validUnderR3('B', ['none', 'none'], 2)).toBe(false);
    expect(validUnderR3('A', ['judge', 'kept'], 1)).toBeNull();
  });
});

describe('the voter', () => {
  const paperA = { ballot: ballot(17, 'A'), format: 'A' as const, seats: 15, lineHeight: 17 };
  const paperB = { ballot: ballot(5, 'B'), format: 'B' as const, seats: 5, lineHeight: 17 };
  it('a mark a person must judge makes its name `judge`; a clean paper has none; ink outside the rows makes the paper wait', () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const kind of JUDGE_KINDS_A) expect(Object.values(markBallot(makeRng(seed), paperA, kind, 13).truth.names), kind).toContain('judge');
      for (const kind of JUDGE_KINDS_B) expect(Object.values(markBallot(makeRng(seed), paperB, kind, 13).truth.names), kind).toContain('judge');
      for (const kind of CLEAN_KINDS_A) expect(Object.values(markBallot(makeRng(seed), paperA, kind, 13).truth.names), kind).not.toContain('judge');
      for (const kind of CLEAN_KINDS_B) expect(Object.values(markBallot(makeRng(seed), paperB, kind, 13).truth.names), kind).not.toContain('judge');
      for (const kind of BALLOT_JUDGE_KINDS) expect(markBallot(makeRng(seed), paperB, kind, 13).truth.ballotJudge, kind).toBe(true);
    }
  });
  it('a clean format A paper draws one stroke group per struck name, and none for a kept one', () => {
    const marked = markBallot(makeRng(7), paperA, 'A-thang', 13);
    const struck = Object.values(marked.truth.names).filter((t) => t === 'struck').length;
    expect(struck).toBeGreaterThan(0);
    expect(marked.svg.match(/<path /g)?.length).toBe(struck);
  });
  it('a blank paper is blank: no ink, every name kept (A) or unmarked (B), invalid', () => {
    const a = markBallot(makeRng(3), paperA, 'trang', 13);
    const b = markBallot(makeRng(3), paperB, 'trang', 13);
    expect([a.svg, b.svg]).toEqual(['', '']);
    expect(new Set(Object.values(a.truth.names))).toEqual(new Set(['kept']));
    expect(new Set(Object.values(b.truth.names))).toEqual(new Set(['none']));
    expect([a.truth.cleanValid, b.truth.cleanValid]).toEqual([false, false]);
  });
  it('the same seed gives the same voter', () => {
    expect(markBallot(makeRng(42), paperB, 'B-tick', 13)).toEqual(markBallot(makeRng(42), paperB, 'B-tick', 13));
    expect(markBallot(makeRng(42), paperB, 'B-tick', 13)).not.toEqual(markBallot(makeRng(43), paperB, 'B-tick', 13));
  });
});

describe('the capture', () => {
  it('the homography takes each corner where it was asked to', () => {
    const from: [number, number][] = [[0, 0], [100, 0], [100, 200], [0, 200]];
    const to: [number, number][] = [[10, 5], [108, 9], [112, 210], [4, 204]];
    const h = homography(from, to);
    for (let i = 0; i < 4; i++) {
      const [x, y] = from[i] as [number, number];
      const w = h[6] * x + h[7] * y + h[8];
      expect((h[0] * x + h[1] * y + h[2]) / w).toBeCloseTo((to[i] as [number, number])[0], 6);
      expect((h[3] * x + h[4] * y + h[5]) / w).toBeCloseTo((to[i] as [number, number])[1], 6);
    }
  });
  it('a keystone of 4 % shortens the top edge by 4 % and the capture holds the paper with its margin', () => {
    const p = place(1000, 1400, 0, 0.04, 'top', 20, [0, 0]);
    const top = (p.corners[1][0] - p.corners[0][0]) / (p.corners[2][0] - p.corners[3][0]);
    expect(top).toBeCloseTo(0.96, 6);
    expect([p.width, p.height]).toEqual([1040, 1440]);
  });
});
