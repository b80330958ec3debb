import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHundredths, formatPercent, percentHundredths } from '../../../shared/format/percent';
import { reachesMajority, votesNeeded } from '../../../shared/rules/threshold';

/** A second, digit-by-digit computation of round_half_up(v × 10000 / B): the thousandths digit decides. */
function naivePercent(votes: number, base: number): string {
  const thousandths = (BigInt(votes) * 100000n) / BigInt(base);
  const hundredths = thousandths / 10n + (thousandths % 10n >= 5n ? 1n : 0n);
  return `${hundredths / 100n},${String(hundredths % 100n).padStart(2, '0')}`;
}

describe('RULES R5: threshold', () => {
  it('needs 2 × v > B, integers only, for even and odd bases', () => {
    expect([reachesMajority(5, 10), reachesMajority(6, 10), reachesMajority(5, 9), reachesMajority(4, 9)]).toEqual([false, true, true, false]);
    expect([votesNeeded(10), votesNeeded(9), votesNeeded(1), votesNeeded(146)]).toEqual([6, 5, 1, 74]);
  });

  it('votes needed is exactly the least v with 2v > B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (base) => {
        const needed = votesNeeded(base);
        expect(reachesMajority(needed, base)).toBe(true);
        expect(reachesMajority(needed - 1, base)).toBe(false);
      }),
    );
  });
});

describe('RULES R5: percent of the base', () => {
  it('two decimals, round half up, decimal comma', () => {
    expect(formatPercent(35, 41)).toBe('85,37');
    expect(formatPercent(3, 8)).toBe('37,50');
    expect(formatPercent(1, 8)).toBe('12,50');
    expect(formatPercent(2, 3)).toBe('66,67');
    expect(formatPercent(1, 20000)).toBe('0,01'); // exactly half a hundredth rounds up
    expect(formatPercent(1, 20001)).toBe('0,00');
    expect(formatPercent(146, 146)).toBe('100,00');
    expect(formatPercent(0, 41)).toBe('0,00');
    expect(formatHundredths(8537)).toBe('85,37');
  });

  it('agrees with a digit-by-digit computation for any votes and base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.nat(), (base, seed) => {
        const votes = seed % (base + 1);
        expect(formatPercent(votes, base)).toBe(naivePercent(votes, base));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a count', () => {
    expect(() => percentHundredths(1.5, 10)).toThrow();
    expect(() => percentHundredths(1, 0)).toThrow();
    expect(() => percentHundredths(-1, 10)).toThrow();
  });

  it('refuses a base of zero or below by saying so, rather than by failing on the division or printing a negative percentage', () => {
    const refusal = /^percentHundredths: cần số nguyên, votes=1, base=(0|-41)$/;
    expect(() => percentHundredths(1, 0)).toThrow(refusal);
    expect(() => percentHundredths(1, -41)).toThrow(refusal);
    expect(() => formatPercent(1, -41)).toThrow(RangeError);
  });

  it('refuses counts too large for exact arithmetic, in the votes or in the base', () => {
    expect(() => percentHundredths(2 ** 53, 2 ** 53 + 2)).toThrow(RangeError);
    expect(() => percentHundredths(1, 2 ** 53)).toThrow(RangeError);
    expect(() => percentHundredths(2 ** 53, 10)).toThrow(RangeError);
    expect(percentHundredths(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(10000);
  });
});
