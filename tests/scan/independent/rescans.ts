/**
 * The same paper scanned twice must not count twice (issue 17, item 3): the rescanned papers are
 * counted with `scan --count` (first the first scans and any rescan made at once, then, in a second
 * run, the rescans made later) and `tally` says how many ballots were counted. However the machine
 * reads, it may count at most one ballot per physical paper it read with confidence.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countFolders, tallyElection } from './cli';
import type { ElectionKey } from './congress';
import type { Corpus, ImageRecord } from './corpus';
import type { ScanBallot, ScanOutput } from './judge';

export interface RescanCount {
  election: ElectionKey;
  /** the count's run: 1 = first scans (and rescans made at once), 2 = the later rescans added */
  run: 1 | 2;
  /** ballots in the file after the run (tally: ballots entered) */
  counted: number;
  /** physical papers with at least one image the machine reads with confidence */
  papersRead: number;
  /** images read with confidence (two of one paper: the rescan is there to be caught) */
  imagesRead: number;
  /** papers of which two or more images are read with confidence: what the check is about */
  papersReadTwice: number;
}

function statusOf(output: ScanOutput): Map<string, ScanBallot> {
  return new Map(output.ballots.map((b) => [b.image.split(/[\\/]/).pop() as string, b]));
}

function tallyOf(images: readonly ImageRecord[], status: Map<string, ScanBallot>): Omit<RescanCount, 'election' | 'run' | 'counted'> {
  const read = images.filter((i) => status.get(i.file)?.status === 'read');
  const perPaper = new Map<string, number>();
  for (const i of read) perPaper.set(i.paper, (perPaper.get(i.paper) ?? 0) + 1);
  return { papersRead: perPaper.size, imagesRead: read.length, papersReadTwice: [...perPaper.values()].filter((n) => n > 1).length };
}

/** Counts an election's rescanned papers in a copy of the congress file, in two runs; `output` is `scan --json` over the same images. */
export async function countRescans(corpus: Corpus, election: ElectionKey, output: ScanOutput): Promise<RescanCount[]> {
  const first = corpus.rescanFolders[election];
  const later = corpus.laterFolders[election];
  if (readdirSync(first).length === 0) return [];
  const file = join(corpus.dir, `dem-${election}.json`);
  copyFileSync(corpus.congress, file);
  const status = statusOf(output);
  const inRun1 = corpus.images.filter((i) => i.election === election && i.folder === first);
  const inRun2 = corpus.images.filter((i) => i.election === election && (i.folder === first || i.folder === later));
  await countFolders(file, election, [first]);
  const run1: RescanCount = { election, run: 1, counted: (await tallyElection(file, election)).ballots.returned, ...tallyOf(inRun1, status) };
  if (readdirSync(later).length === 0) return [run1];
  await countFolders(file, election, [first, later]);
  const run2: RescanCount = { election, run: 2, counted: (await tallyElection(file, election)).ballots.returned, ...tallyOf(inRun2, status) };
  return [run1, run2];
}
