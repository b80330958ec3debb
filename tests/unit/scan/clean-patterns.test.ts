import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubtsText, NAME_DOUBT_LABELS, NAME_DOUBTS, readBoxPattern, readStrikePattern, type BoxInk, type ZoneMeasures } from '../../../shared/scan/clean-patterns';
import { THRESHOLDS as t } from '../../../src-main/scan/thresholds';

/** Zone measures of a row: nothing at all, unless given. */
const row = (m: Partial<ZoneMeasures> = {}): ZoneMeasures => ({ crossed: 0, strokeHeight: 0, stray: 0, around: 0, faint: 0, line: 0, ...m });
const strike = (m: Partial<ZoneMeasures> = {}) => row({ crossed: 1, strokeHeight: 1.4, faint: 1, line: 3, ...m });
const box = (definite: number, m: Partial<BoxInk> = {}): BoxInk => ({ definite, faint: definite, core: definite, byLine: 0, ...m });
const boxes = (agree: BoxInk, disagree: BoxInk, m: Partial<ZoneMeasures> = {}) => row({ agree, disagree, nameInk: 0, border: 0, ...m });

const measuresArb = fc.record({
  crossed: fc.double({ min: 0, max: 1, noNaN: true }),
  strokeHeight: fc.double({ min: 0, max: 12, noNaN: true }),
  bumps: fc.double({ min: 0, max: 1, noNaN: true }),
  ends: fc.double({ min: 0, max: 20, noNaN: true }),
  stray: fc.double({ min: 0, max: 60, noNaN: true }),
  faintStray: fc.double({ min: 0, max: 60, noNaN: true }),
  around: fc.double({ min: 0, max: 1, noNaN: true }),
  faint: fc.double({ min: 0, max: 1, noNaN: true }),
  line: fc.double({ min: 0, max: 6, noNaN: true }),
  edges: fc.double({ min: 0, max: 30, noNaN: true }),
});
const boxArb = fc.record({ definite: fc.double({ min: 0, max: 1, noNaN: true }), faint: fc.double({ min: 0, max: 1, noNaN: true }), core: fc.double({ min: 0, max: 1, noNaN: true }), byLine: fc.double({ min: 0, max: 1, noNaN: true }) });
const boxRowArb = fc.record({ base: measuresArb, agree: boxArb, disagree: boxArb, nameInk: fc.double({ min: 0, max: 40, noNaN: true }), border: fc.double({ min: 0, max: 20, noNaN: true }) });

describe('format A: the clean patterns of a row (pure)', () => {
  it('nothing at all is kept; one stroke across the whole name and nothing else is struck', () => {
    expect(readStrikePattern(row(), t)).toEqual({ reading: 'kept', doubts: [] });
    expect(readStrikePattern(strike(), t)).toEqual({ reading: 'struck', doubts: [] });
    expect(readStrikePattern(strike({ strokeHeight: 4.4 }), t)).toEqual({ reading: 'struck', doubts: [] });
  });

  it('each way a row leaves the clean patterns names its reason', () => {
    expect(readStrikePattern(strike({ stray: 12 }), t)).toEqual({ reading: 'uncertain', doubts: ['writing'] });
    expect(readStrikePattern(strike({ faintStray: 20 }), t)).toEqual({ reading: 'uncertain', doubts: ['writing'] });
    expect(readStrikePattern(row({ stray: 6 }), t)).toEqual({ reading: 'uncertain', doubts: ['mark_beside'] });
    expect(readStrikePattern(strike({ crossed: 0.3 }), t)).toEqual({ reading: 'uncertain', doubts: ['partial'] });
    expect(readStrikePattern(row({ around: 0.8, stray: 30 }), t)).toEqual({ reading: 'uncertain', doubts: ['circle'] });
    expect(readStrikePattern(strike({ strokeHeight: 8 }), t)).toEqual({ reading: 'uncertain', doubts: ['stroke_shape'] });
    expect(readStrikePattern(strike({ bumps: 0.3 }), t)).toEqual({ reading: 'uncertain', doubts: ['stroke_shape'] });
    // Writing that follows on from the stroke's end, in its line: the stroke past the name is unlike the rest of it.
    expect(readStrikePattern(strike({ ends: 6 }), t)).toEqual({ reading: 'uncertain', doubts: ['writing'] });
    expect(readStrikePattern(strike({ ends: t.ends }), t)).toEqual({ reading: 'struck', doubts: [] });
    expect(readStrikePattern(row({ faint: 0.8, line: 1 }), t)).toEqual({ reading: 'uncertain', doubts: ['faint'] });
    expect(readStrikePattern(strike({ edges: 3 }), t)).toEqual({ reading: 'uncertain', doubts: ['out_of_row'] });
    expect(readStrikePattern(strike(), t, true)).toEqual({ reading: 'uncertain', doubts: ['two_lines'] });
  });

  it('a confident reading is always one of the clean patterns; uncertain always says why', () => {
    fc.assert(
      fc.property(measuresArb, (m) => {
        const v = readStrikePattern(m, t);
        if (v.reading === 'uncertain') {
          expect(v.doubts.length).toBeGreaterThan(0);
          return;
        }
        expect(v.doubts).toEqual([]);
        expect(m.stray).toBeLessThanOrEqual(t.stray);
        expect(m.faintStray).toBeLessThanOrEqual(t.faintStray);
        expect(m.around).toBeLessThan(t.around);
        expect(m.edges).toBeLessThanOrEqual(t.stray);
        if (v.reading === 'struck') expect(m.crossed >= t.struck && m.strokeHeight <= t.strokeHeight && m.bumps <= t.bumps && m.ends <= t.ends).toBe(true);
        else expect(m.crossed <= t.nothing && m.faint <= t.faint && m.line <= t.line).toBe(true);
      }),
    );
  });

  it('more ink beside the stroke never makes a doubted name confident', () => {
    fc.assert(
      fc.property(measuresArb, fc.double({ min: 0, max: 40, noNaN: true }), (m, more) => {
        if (readStrikePattern(m, t).reading === 'uncertain') expect(readStrikePattern({ ...m, stray: m.stray + more }, t).reading).toBe('uncertain');
      }),
    );
  });
});

describe('format B: the clean patterns of a row (pure)', () => {
  it('a mark inside exactly one box, or none at all, is read; a mark in each box is for the committee', () => {
    expect(readBoxPattern(boxes(box(0.08), box(0)), t)).toEqual({ reading: 'agree', doubts: [] });
    expect(readBoxPattern(boxes(box(0), box(0.5)), t)).toEqual({ reading: 'disagree', doubts: [] });
    expect(readBoxPattern(boxes(box(0), box(0)), t)).toEqual({ reading: 'none', doubts: [] });
    expect(readBoxPattern(boxes(box(0.08), box(0.09)), t)).toEqual({ reading: 'uncertain', doubts: ['both_boxes'] });
  });

  it('ink on the name, on the line between the boxes, only at a box’s edge, or faint, is for a person', () => {
    expect(readBoxPattern(boxes(box(0), box(0), { nameInk: 14, crossed: 1 }), t).doubts).toEqual(['name_ink']);
    expect(readBoxPattern(boxes(box(0.08), box(0), { nameInk: 3 }), t).doubts).toEqual(['name_ink']);
    expect(readBoxPattern(boxes(box(0), box(0.03, { byLine: 0.9 })), t).doubts).toEqual(['border']);
    expect(readBoxPattern(boxes(box(0.05), box(0.05), { border: 4 }), t).doubts).toEqual(['across_boxes']);
    expect(readBoxPattern(boxes(box(0.04, { core: 0 }), box(0)), t).doubts).toEqual(['box_unclear']);
    expect(readBoxPattern(boxes(box(0.005, { faint: 0.05 }), box(0)), t).doubts).toEqual(['box_unclear']);
  });

  it('a confident reading never has ink on the name or astride the line between the boxes', () => {
    fc.assert(
      fc.property(boxRowArb, ({ base, agree, disagree, nameInk, border }) => {
        const m = { ...base, agree, disagree, nameInk, border };
        const v = readBoxPattern(m, t);
        if (v.reading === 'uncertain') {
          expect(v.doubts.length).toBeGreaterThan(0);
          return;
        }
        expect(nameInk <= t.stray && border <= t.stray && m.crossed <= t.nothing).toBe(true);
        const marked = (b: BoxInk) => b.definite >= t.marked && (b.core ?? 0) >= t.marked;
        expect(marked(agree) && marked(disagree)).toBe(false);
        expect(v.reading).toBe(marked(agree) ? 'agree' : marked(disagree) ? 'disagree' : 'none');
      }),
    );
  });
});

describe('the reasons, in Vietnamese', () => {
  it('every doubt has its words; the doubted names are listed by number with why', () => {
    for (const d of NAME_DOUBTS) expect(NAME_DOUBT_LABELS[d]).toMatch(/[a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
    const names = [{ id: 'a', number: 1, name: 'Lê Văn An' }, { id: 'b', number: 2, name: 'Đỗ Thị Hoa' }];
    expect(doubtsText(names, { b: ['partial'] })).toBe('2. Đỗ Thị Hoa: chỉ gạch một phần tên (không gạch cả họ và tên)');
    expect(doubtsText(names, { a: ['writing', 'out_of_row'], b: [] })).toBe('1. Lê Văn An: có chữ viết hoặc nét vẽ thêm trong dòng tên, nét chạy ra ngoài dòng (dấu tràn sang dòng khác, bóng đổ hoặc nếp gấp)');
  });
});
