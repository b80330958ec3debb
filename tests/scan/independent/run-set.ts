/**
 * Runs a set end to end: prints the ballots, then election by election draws the papers and, while
 * the next election is drawn, reads the last one's folders with `scan --json`, judges every image
 * and counts the rescanned papers with `scan --count` (the command line runs in its own process,
 * so drawing and reading share the two cores).
 */
import { scanFolders } from './cli';
import { ELECTIONS, type ElectionKey } from './congress';
import { allFolders, drawElection, prepareCorpus, type BallotSpec, type Corpus } from './corpus';
import { judgeAll, type Judged } from './judge';
import { countRescans, type RescanCount } from './rescans';

export interface SetResult {
  corpus: Corpus;
  judged: Judged[];
  rescans: RescanCount[];
  /** milliseconds spent drawing the images (the reading overlaps it) and in all */
  drawMs: number;
  totalMs: number;
}

export async function runSet(dir: string, seed: number, specs: readonly BallotSpec[]): Promise<SetResult> {
  const started = performance.now();
  const corpus = await prepareCorpus(dir, specs);
  const results = new Map<ElectionKey, Promise<{ judged: Judged[]; rescans: RescanCount[] }>>();
  const elections = (Object.keys(ELECTIONS) as ElectionKey[]).filter((e) => specs.some((s) => s.election === e));
  for (const election of elections) {
    const images = await drawElection(corpus, seed, specs, election);
    const reading = scanFolders(corpus.congress, election, allFolders(corpus, election)).then(async (output) => ({
      judged: judgeAll(images, output),
      rescans: await countRescans(corpus, election, output),
    }));
    reading.catch(() => undefined);
    results.set(election, reading);
  }
  const drawMs = performance.now() - started;
  const judged: Judged[] = [];
  const rescans: RescanCount[] = [];
  for (const election of elections) {
    const r = await (results.get(election) as Promise<{ judged: Judged[]; rescans: RescanCount[] }>);
    judged.push(...r.judged);
    rescans.push(...r.rescans);
  }
  return { corpus, judged, rescans, drawMs, totalMs: performance.now() - started };
}
