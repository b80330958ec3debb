import { describe, expect, it } from 'vitest';
import { readingKey, readingText } from '../../../shared/double-entry/reading';

const a = { format: 'A' as const, listIds: ['c1', 'c2', 'c3', 'c4'] };
const b = { format: 'B' as const, listIds: ['c1', 'c2', 'c3'] };

describe('two readings of one paper', () => {
  it('agree however the strike-out ballot was typed: struck or kept, in any order', () => {
    expect(readingKey({ struck: ['c3', 'c1'] }, a)).toBe(readingKey({ kept: ['c4', 'c2'] }, a));
    expect(readingKey({ struck: ['c1'] }, a)).not.toBe(readingKey({ struck: ['c2'] }, a));
    expect(readingText({ kept: ['c4', 'c2'] }, a)).toBe('gạch 1, 3');
    expect(readingText({ struck: [] }, a)).toBe('không gạch ai');
    expect(readingText({ struck: ['c1', 'c2', 'c3', 'c4'] }, a)).toBe('gạch hết');
  });

  it('differ by the committee’s ruling, not by the wording of its note', () => {
    expect(readingKey({ struck: ['c1'], invalid: 'MARKED_SIGNED' }, a)).not.toBe(readingKey({ struck: ['c1'] }, a));
    expect(readingKey({ invalid: 'COMMITTEE_RULED', note: 'rách' }, a)).toBe(readingKey({ invalid: 'COMMITTEE_RULED', note: 'bị rách' }, a));
    expect(readingText({ invalid: 'COMMITTEE_RULED', note: 'rách' }, a)).toBe('phiếu ban kiểm phiếu kết luận không hợp lệ vì lý do khác; (rách)');
  });

  it('on an agree / disagree ballot compare the mark of every name, absent meaning blank', () => {
    expect(readingKey({ marks: { c1: 'agree', c2: 'none' } }, b)).toBe(readingKey({ marks: { c1: 'agree' } }, b));
    expect(readingKey({ marks: { c1: 'agree', c2: 'both' } }, b)).not.toBe(readingKey({ marks: { c1: 'agree', c2: 'disagree' } }, b));
    expect(readingKey({ kept: ['c1'] }, b)).toBe(readingKey({ marks: { c1: 'agree', c2: 'disagree', c3: 'disagree' } }, b));
    expect(readingText({ marks: { c1: 'agree', c2: 'both' } }, b)).toBe('dấu 1 3 0');
  });
});
