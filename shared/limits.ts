/**
 * The bounds of a congress (issue 20, finding 7), named once and used wherever a figure, a list or
 * a text enters: the api's inputs, the congress file's schema, the workbook and the exports. The
 * largest real congress has a few thousand members or delegates (the national congress about
 * 1,600 delegates; a đảng bộ holding a congress of all its members, a few thousand at most): each
 * bound leaves room above that, and stops figures no congress has where they are typed or read,
 * before they cost memory or time (a stack of 10^9 papers once made the workbook export run 42 s
 * and take 2.5 GB).
 */

/** People summoned; also bounds those present, each exclusion, ballots issued and returned, a stack, a team's figures, a base. */
export const MAX_SUMMONED = 10_000;

/** Seats voted in one election, and the size of the body the congress votes (the Central Committee has about 200). */
export const MAX_SEATS = 1_000;

/** Names on one election's list: far above any real list, low enough that a paste by mistake is refused. */
export const MAX_LIST_SIZE = 1_000;

/** Lines of exclusions from the base, members of the counting committee. */
export const MAX_EXCLUSIONS = 100;
export const MAX_COMMITTEE_MEMBERS = 100;

/** Elections (each round its own) in one congress. */
export const MAX_ELECTIONS = 500;

/** Papers of one election, and of the whole congress, the workbook writes, one row each: a sheet holds 1,048,576 rows. */
export const MAX_WORKBOOK_PAPERS = 1_000_000;

/** Vietnamese digit grouping, as the messages about bounds write numbers: 1.000.000. */
export function groupedNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
