/**
 * RULES R5: the percentage of the base, for display only, computed with integers:
 * hundredths = round_half_up(votes × 10000 / base). Never compare these to decide anything.
 */
export function percentHundredths(votes: number, base: number): number {
  if (!Number.isSafeInteger(votes) || !Number.isSafeInteger(base) || votes < 0 || base <= 0) {
    throw new RangeError(`percentHundredths: cần số nguyên, votes=${votes}, base=${base}`);
  }
  // round half up of n / d for non-negative integers: floor((2n + d) / 2d)
  const numerator = BigInt(votes) * 10000n;
  const denominator = BigInt(base);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** "85,37": two decimals, decimal comma, no percent sign. */
export function formatHundredths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  return `${whole},${fraction}`;
}

export function formatPercent(votes: number, base: number): string {
  return formatHundredths(percentHundredths(votes, base));
}
