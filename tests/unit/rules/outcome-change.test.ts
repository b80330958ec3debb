import { describe, expect, it } from 'vitest';
import { compareOutcomes, outcomeWords, type OutcomeSummary } from '../../../shared/rules/outcome-change';

const complete = (elected: string[]): OutcomeSummary => ({ outcome: 'complete', elected, tie: null, unfilledSeats: 0 });
const names: Record<string, string> = { c1: 'An', c2: 'Bình', c3: 'Cúc', c4: 'Dũng' };
const nameOf = (id: string) => names[id] ?? id;

describe('whether a correction changed a round’s outcome', () => {
  it('the same people elected, in another vote order, is the same outcome', () => {
    expect(compareOutcomes(complete(['c1', 'c2']), complete(['c2', 'c1']), nameOf)).toEqual({ changed: false, newlyElected: [], noLongerElected: [], words: [] });
  });

  it('another person elected is another outcome, said by name', () => {
    const change = compareOutcomes(complete(['c1', 'c2']), complete(['c1', 'c3']), nameOf);
    expect(change).toMatchObject({ changed: true, newlyElected: ['c3'], noLongerElected: ['c2'] });
    expect(change.words).toEqual(['nay trúng cử: Cúc', 'không còn trúng cử: Bình', 'trước khi sửa: trúng cử: An, Bình; sau khi sửa: trúng cử: An, Cúc']);
  });

  it('a tie that appears, goes, or is among others or for other seats is another outcome', () => {
    const tie = (candidates: string[], seats = 1): OutcomeSummary => ({ outcome: 'tie', elected: ['c1'], tie: { seats, candidates }, unfilledSeats: 0 });
    expect(compareOutcomes(tie(['c2', 'c3']), tie(['c3', 'c2'])).changed).toBe(false);
    expect(compareOutcomes(tie(['c2', 'c3']), tie(['c2', 'c4'])).changed).toBe(true);
    expect(compareOutcomes(tie(['c2', 'c3']), tie(['c2', 'c3'], 2)).changed).toBe(true);
    const gone = compareOutcomes(tie(['c2', 'c3']), complete(['c1', 'c2']), nameOf);
    expect(gone).toMatchObject({ changed: true, newlyElected: ['c2'] });
    expect(gone.words).toContain('không còn bằng phiếu');
    expect(compareOutcomes(complete(['c1', 'c2']), tie(['c2', 'c3']), nameOf).words).toContain('nay có bằng phiếu');
  });

  it('a shortfall of another size is another outcome', () => {
    const short = (unfilledSeats: number): OutcomeSummary => ({ outcome: 'short', elected: ['c1'], tie: null, unfilledSeats });
    expect(compareOutcomes(short(1), short(1)).changed).toBe(false);
    const change = compareOutcomes(short(1), short(2), nameOf);
    expect(change.changed).toBe(true);
    expect(change.words).toContain('số chỗ còn thiếu từ 1 thành 2');
  });

  it('says an outcome in a few words', () => {
    expect(outcomeWords({ outcome: 'tie', elected: ['c1'], tie: { seats: 1, candidates: ['c2', 'c3'] }, unfilledSeats: 0 }, nameOf)).toBe('trúng cử: An; bằng phiếu: Bình, Cúc cho 1 chỗ');
    expect(outcomeWords({ outcome: 'short', elected: [], tie: null, unfilledSeats: 2 }, nameOf)).toBe('không có đồng chí nào trúng cử; còn thiếu 2');
  });
});
