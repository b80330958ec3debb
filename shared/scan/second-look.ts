import type { BallotChoice, Mark } from '../domain';
import type { CloseCandidate } from '../rules/margin';

/**
 * A second look where it matters (issue 17, item 8). Two records a committee makes before it locks
 * a count helped by a scanner, kept with the election (the app's store, the congress file's
 * `scanChecks`), audited, and printed in the annex of the minutes:
 * - the margin check: the rows of the close candidates (rules/margin.ts) on every scanned paper,
 *   looked at in one pass; it holds while those candidates and their votes, the margin and the
 *   number of scanned papers are what they were, and no paper was found wrong;
 * - the spot check: the chair types a number drawn in the hall, the program draws papers from it
 *   (the same number draws the same papers, anywhere), each shown beside what was counted.
 */

export interface MarginCheck {
  kind: 'margin';
  at: string;
  operator: string;
  margin: number;
  candidates: { id: string; votes: number }[];
  /** The scanned papers counted when the rows were looked at. */
  scanned: number;
  /** The papers found not read as the paper says (to correct, then look again); none when all agreed. */
  wrong: number[];
}

export interface SpotCheck {
  kind: 'spot';
  at: string;
  operator: string;
  /** The number drawn in the hall, as typed. */
  seed: string;
  /** Each paper drawn, and whether the image agreed with what was counted. */
  papers: { number: number; agrees: boolean }[];
}

export type SecondLook = MarginCheck | SpotCheck;

/** Whether a margin check covers the close candidates as they stand: the same names, votes, margin and scanned papers, nothing found wrong. */
export function marginChecked(checks: readonly SecondLook[], close: readonly CloseCandidate[], margin: number, scanned: number): boolean {
  const key = (list: readonly { id: string; votes: number }[]) => list.map((c) => `${c.id}:${c.votes}`).sort().join(',');
  const wanted = key(close);
  return checks.some((c) => c.kind === 'margin' && c.wrong.length === 0 && c.margin === margin && c.scanned === scanned && key(c.candidates) === wanted);
}

/** How many papers a spot check draws unless the committee says otherwise. */
export const SPOT_CHECK_PAPERS = 5;

/** A 32-bit hash of the text (FNV-1a over its UTF-16 code units), the seed of the draw. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Mulberry32: a small generator of numbers in [0, 1), the same sequence for the same seed on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The papers a spot check draws: `count` of the scanned papers (their numbers), from the number
 * drawn in the hall and the election (its id and round), by a partial Fisher–Yates shuffle of the
 * papers in number order. The same number draws the same papers; another number, others.
 */
export function drawPapers(seed: string, election: { id: string; round: number }, papers: readonly number[], count: number): number[] {
  const pool = [...papers].sort((a, b) => a - b);
  const random = generator(hash32(`${seed.trim()}|${election.id}|${election.round}`));
  const k = Math.max(0, Math.min(count, pool.length));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, k).sort((a, b) => a - b);
}

/** A number drawn in the hall, as the chair types it: digits only (spaces and dots ignored), 1 to 12 of them. */
export function drawnNumber(typed: string): string | null {
  const digits = typed.replace(/[\s.]/g, '');
  return /^\d{1,12}$/.test(digits) ? digits : null;
}

/** What a paper was counted as, for one name: struck or kept (format A), its mark (format B). */
export type CountedForName = 'struck' | 'kept' | Mark;

export const COUNTED_WORDS: Readonly<Record<CountedForName, string>> = { struck: 'gạch', kept: 'để nguyên', agree: 'đồng ý', disagree: 'không đồng ý', both: 'cả hai ô', none: 'bỏ trống' };

/** What a counted ballot says of one name. */
export function countedFor(choice: BallotChoice, id: string): CountedForName {
  switch (choice.kind) {
    case 'struck':
      return choice.ids.includes(id) ? 'struck' : 'kept';
    case 'kept':
      return choice.ids.includes(id) ? 'kept' : 'struck';
    case 'marks':
      return choice.marks[id] ?? 'none';
    default:
      return 'none';
  }
}
