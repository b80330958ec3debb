/**
 * A seeded set of scanned ballots: each spec is one voter's paper (an election, a mark kind, a
 * scanning condition), marked, put on paper and scanned, possibly scanned again (a rescan). The
 * images go into folders per election (papers scanned once; rescanned papers; rescans made later),
 * and what is true about each image is returned and written beside them (su-that-<election>.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELECTIONS, printBallots, writeCongress, type ElectionKey, type PrintedBallots } from './congress';
import type { BallotTruth, MarkKind } from './kinds';
import { makePaper } from './paper';
import { makeRng } from './rng';
import { CONDITIONS, scanPaper, type ConditionKey } from './scanner';
import { markBallot } from './voter';

export interface BallotSpec {
  election: ElectionKey;
  condition: ConditionKey;
  kind: MarkKind;
  /** further scans of the same marked paper (a rescan after a jam), each with its own placement and noise */
  rescans?: number;
  /** the rescans are made after a first count (they go to the election's later folder) */
  rescansLater?: boolean;
  /** draw this paper as paper `index` of the set seeded `seed` draws it (to keep a case the bench found) */
  replay?: { seed: number; index: number };
}

export interface ImageRecord {
  /** file name inside its folder */
  file: string;
  folder: string;
  election: ElectionKey;
  /** one id per physical paper: two images with the same paper are scans of one ballot */
  paper: string;
  condition: ConditionKey;
  kind: MarkKind;
  truth: BallotTruth;
  /** 0 for the first scan of a paper, 1… for its rescans */
  scan: number;
}

export interface Corpus {
  dir: string;
  congress: string;
  images: ImageRecord[];
  /** per election: the scanner's folder (papers scanned once) */
  folders: Record<ElectionKey, string>;
  /** per election: the papers that are scanned again, first scans (and rescans made at once) */
  rescanFolders: Record<ElectionKey, string>;
  /** per election: rescans made later, added to the scanner's folder after a first count */
  laterFolders: Record<ElectionKey, string>;
}

/** Every folder of an election's images, for `scan --json`. */
export function allFolders(corpus: Corpus, election: ElectionKey): string[] {
  return [corpus.folders[election], corpus.rescanFolders[election], corpus.laterFolders[election]];
}

/** Writes the congress file, prints every election's ballots the specs need, and makes the folders. */
export async function prepareCorpus(dir: string, specs: readonly BallotSpec[]): Promise<Corpus & { printed: Map<string, PrintedBallots> }> {
  const congress = join(dir, 'dai-hoi.json');
  mkdirSync(dir, { recursive: true });
  writeCongress(congress);
  const keys = Object.keys(ELECTIONS) as ElectionKey[];
  const folderSet = (name: string): Record<ElectionKey, string> => Object.fromEntries(keys.map((k) => [k, join(dir, name, k)])) as Record<ElectionKey, string>;
  const folders = folderSet('quet');
  const rescanFolders = folderSet('quet-lai');
  const laterFolders = folderSet('quet-lai-sau');
  for (const k of keys) for (const f of [folders[k], rescanFolders[k], laterFolders[k]]) mkdirSync(f, { recursive: true });
  const printed = new Map<string, PrintedBallots>();
  for (const spec of specs) {
    const perSheet = CONDITIONS[spec.condition].perSheet;
    if (!ELECTIONS[spec.election].perSheet.includes(perSheet)) throw new Error(`${spec.election} is not printed ${perSheet} to a sheet (condition ${spec.condition})`);
    const key = `${spec.election}-${perSheet}`;
    if (!printed.has(key)) printed.set(key, await printBallots(congress, dir, spec.election, perSheet));
  }
  return { dir, congress, images: [], folders, rescanFolders, laterFolders, printed };
}

/**
 * Marks, puts on paper and scans the papers of one election (spec i is paper i + 1, its randomness
 * drawn from the seed and i alone, so the order elections are drawn in changes nothing; a replayed
 * spec draws from the seed and index it names).
 */
export async function drawElection(corpus: Corpus & { printed: Map<string, PrintedBallots> }, seed: number, specs: readonly BallotSpec[], only: ElectionKey): Promise<ImageRecord[]> {
  const root = makeRng(seed);
  const images: ImageRecord[] = [];
  for (const [i, spec] of specs.entries()) {
    if (spec.election !== only) continue;
    const rng = spec.replay ? makeRng(spec.replay.seed).fork(`phieu-${spec.replay.index}`) : root.fork(`phieu-${i}`);
    const condition = CONDITIONS[spec.condition];
    const election = ELECTIONS[spec.election];
    const { pdf, layout } = corpus.printed.get(`${spec.election}-${condition.perSheet}`) as PrintedBallots;
    const slot = rng.int(0, layout.perSheet - 1);
    const ballot = layout.ballots[slot];
    if (!ballot) throw new Error(`no slot ${slot}`);
    const marked = markBallot(rng.fork('cu-tri'), { ballot, format: election.format, seats: election.seats, lineHeight: layout.lineHeight }, spec.kind, layout.fontSize);
    const paper = await makePaper(pdf, layout, slot, marked.svg, condition.defects(rng.fork('giay')), rng.fork('cat'));
    const paperId = `p${String(i + 1).padStart(4, '0')}`;
    for (let k = 0; k <= (spec.rescans ?? 0); k++) {
      const image = await scanPaper(paper, condition.scan(rng.fork(`quet-${k}`)), rng.fork(`nhieu-${k}`));
      const file = `${String(i + 1).padStart(4, '0')}${k > 0 ? `-lai${k}` : ''}-${spec.condition}-${spec.kind}.${image.ext}`;
      const folder = !spec.rescans ? corpus.folders[spec.election] : k > 0 && spec.rescansLater ? corpus.laterFolders[spec.election] : corpus.rescanFolders[spec.election];
      writeFileSync(join(folder, file), image.bytes);
      images.push({ file, folder, election: spec.election, paper: paperId, condition: spec.condition, kind: spec.kind, truth: marked.truth, scan: k });
    }
  }
  corpus.images.push(...images);
  writeFileSync(join(corpus.dir, `su-that-${only}.json`), `${JSON.stringify(images, null, 1)}\n`);
  return images;
}
