import type { ScanDecision } from './reading';
import { samePaperLikelihood } from './same-paper';
import { printableName } from '../text/printable';

/**
 * The same paper twice (issue 17, item 2), as the count uses it: before a scanned paper is
 * counted, its marks are compared with those of every paper of the election counted from scans or
 * waiting for a person (shared/scan/same-paper.ts); a paper near-identical to one of them waits
 * for a person, who says whether it is the same paper ("cùng một tờ phiếu?"). It is counted only
 * if they say it is another. The app (its store) and the command line (the congress file) both
 * decide through these functions, and the lock (rules/scan-checks.ts) lists every pair left.
 */

/** What a person said of a paper that resembles an earlier one: the same paper scanned again, or another paper. */
export const SAME_PAPER_ANSWERS = ['same', 'another'] as const;
export type SamePaperAnswer = (typeof SAME_PAPER_ANSWERS)[number];

/** The question a person answers, beside the two images. */
export const SAME_PAPER_QUESTION = 'Cùng một tờ phiếu?';

/** The keys of the answers (the app's dialog and `kiem-phieu review`). */
export const SAME_PAPER_KEYS: Readonly<Record<string, SamePaperAnswer>> = { c: 'same', k: 'another' };
export const SAME_PAPER_KEY_WORDS = 'c: cùng một tờ (không tính ảnh này) · k: hai tờ khác nhau (tính ảnh này)';

/** A scan still counts, or may still count once a person decides: the papers a new one is compared with. */
export function mayCount(decision: ScanDecision): boolean {
  return decision === 'counted' || decision === 'confirmed' || decision === 'pending';
}

/** A scan taken before, as compared with a new paper. */
export interface EarlierPaper<K> {
  key: K;
  descriptor: string | null | undefined;
  decision: ScanDecision;
}

/**
 * The earlier paper a new one looks most like, when it looks like the same paper: a person must
 * say. A paper already counted is preferred to one still waiting (a rescan of a rescan is put
 * beside the paper that counts).
 */
export function resemblingPaper<K>(descriptor: string | null | undefined, earlier: readonly EarlierPaper<K>[]): { key: K; likelihood: number } | null {
  if (!descriptor) return null;
  const best = (papers: readonly EarlierPaper<K>[]) => {
    let found: { key: K; likelihood: number } | null = null;
    for (const paper of papers) {
      if (!paper.descriptor) continue;
      const likelihood = samePaperLikelihood(descriptor, paper.descriptor);
      if (likelihood !== null && likelihood >= 0.5 && (found === null || likelihood > found.likelihood)) found = { key: paper.key, likelihood };
    }
    return found;
  };
  return best(earlier.filter((p) => p.decision === 'counted' || p.decision === 'confirmed')) ?? best(earlier.filter((p) => p.decision === 'pending'));
}

/** The earlier image as the words name it: its name, and the paper it became when it was counted. */
export interface EarlierImage {
  image: string;
  number: number | null;
}

function named(earlier: EarlierImage): string {
  return `ảnh "${printableName(earlier.image)}"${earlier.number !== null ? ` (phiếu số ${earlier.number})` : ''}`;
}

/** Why the paper waits for a person. */
export function resemblanceReason(earlier: EarlierImage): string {
  return `Gần như trùng với ${named(earlier)}: có thể là cùng một tờ phiếu quét lại. ${SAME_PAPER_QUESTION}`;
}

/** The reason kept when a person says it is the same paper: it is not counted again. */
export function samePaperNote(earlier: EarlierImage): string {
  return `Cùng một tờ phiếu với ${named(earlier)}: không tính lần nữa`;
}

/** A scan as the lock looks for pairs: which earlier image it resembles (`sameAs`, its key) and what a person said. */
export interface PairedScan<K> {
  key: K;
  image: string;
  decision: ScanDecision;
  number: number | null;
  sameAs: K | null;
  samePaper: SamePaperAnswer | null;
}

/** The pairs no person has decided: a paper like an earlier one, both still counting or waiting, nobody having said they are two papers (R4 lists them). */
export function undecidedPairs<K>(scans: readonly PairedScan<K>[]): { image: string; earlier: EarlierImage }[] {
  const byKey = new Map(scans.map((s) => [s.key, s]));
  return scans.flatMap((scan) => {
    const earlier = scan.sameAs === null ? undefined : byKey.get(scan.sameAs);
    if (!earlier || scan.samePaper !== null || !mayCount(scan.decision) || !mayCount(earlier.decision)) return [];
    return [{ image: scan.image, earlier: { image: earlier.image, number: earlier.number } }];
  });
}

/** What the lock says of a pair no person has decided (R4). */
export function undecidedPairText(pair: { image: string; earlier: EarlierImage }): string {
  return `ảnh "${printableName(pair.image)}" gần như trùng với ${named(pair.earlier)}`;
}
