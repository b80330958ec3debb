/**
 * RULES R1, "the paper as printed": the names printed on the ballot paper, in paper order, are the
 * names not withdrawn plus those withdrawn after the papers were printed (`onPaper`). A name keeps
 * its printed number for good; a name withdrawn before printing is not on the paper and has none.
 */

export interface ListedName {
  withdrawn: boolean;
  /** For a withdrawn name: still printed on the papers (withdrawn after printing). */
  onPaper?: boolean | undefined;
}

/** On the paper: standing, or withdrawn after the papers were printed. */
export function isOnPaper(candidate: ListedName): boolean {
  return !candidate.withdrawn || candidate.onPaper === true;
}

/** Printed on the paper but withdrawn: shown struck, never a vote. */
export function isStruckOnPaper(candidate: ListedName): boolean {
  return candidate.withdrawn && candidate.onPaper === true;
}

/** The names printed on the paper, in paper order (the list L of RULES R1). */
export function paperList<T extends ListedName>(candidates: readonly T[]): T[] {
  return candidates.filter(isOnPaper);
}

/** The names still standing (S = L minus the withdrawn): the only ones that can get a vote. */
export function standingList<T extends ListedName>(candidates: readonly T[]): T[] {
  return candidates.filter((c) => !c.withdrawn);
}

/** Each candidate's number on the paper (1, 2, …), null for a name not on it; in the given order. */
export function paperNumbers(candidates: readonly ListedName[]): (number | null)[] {
  let number = 0;
  return candidates.map((c) => (isOnPaper(c) ? ++number : null));
}

/**
 * How a name stands on an election's list, as a ballot is checked against it: standing (may get a
 * vote), struck on the paper (printed, withdrawn after printing: a mark on it counts as nothing),
 * or off the paper (withdrawn before printing: a mark on it cannot be).
 */
export type Listing = 'standing' | 'struck_on_paper' | 'off_paper';

export function listingOf(candidate: ListedName): Listing {
  return !candidate.withdrawn ? 'standing' : candidate.onPaper === true ? 'struck_on_paper' : 'off_paper';
}
