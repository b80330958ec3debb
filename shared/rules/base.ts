/** RULES R2: the base of "more than half" is the summoned number minus each exclusion. */
export interface Exclusion {
  reason: string;
  count: number;
}

export function congressBase(summoned: number, exclusions: readonly Exclusion[]): number {
  return exclusions.reduce((base, exclusion) => base - exclusion.count, summoned);
}

/** An election may override the congress base (a committee meeting, for instance). */
export function electionBase(baseOfCongress: number, override: number | null | undefined): number {
  return override ?? baseOfCongress;
}
