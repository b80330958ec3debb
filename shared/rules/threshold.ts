/** RULES R5: candidate c reaches the majority iff 2 × v(c) > B. Integers only. */
export function reachesMajority(votes: number, base: number): boolean {
  return 2 * votes > base;
}

/** The fewest votes that reach the majority: floor(B / 2) + 1. */
export function votesNeeded(base: number): number {
  return Math.floor(base / 2) + 1;
}
