import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BallotLayout, BallotOnPage, NameLayout } from '../../shared/scan/layout';
import type { Store } from '../../src-main/db/store';
import { storeScanSetup } from '../../src-main/services/scan-evidence';
import { seededRandom } from './random';
import { ballotSvg } from './scan-ballot';
import { CLEAN, scanSvg, type ScanParams } from './scan-scanner';
import { strikeMarkup } from './scan-voter';

/** The layout (4 to a sheet, or the first that fits) of an election of the app's store: the ballot the app prints. */
export function appLayout(store: Store, electionId: number): BallotLayout {
  const election = store.getElection(electionId);
  if (!election) throw new Error(`no election ${electionId}`);
  const setup = storeScanSetup(store, election);
  if (!setup.ok) throw new Error(setup.error.message);
  return setup.value.layouts.find((l) => l.perSheet === 4) ?? (setup.value.layouts[0] as BallotLayout);
}

/**
 * The scan of the app's own ballot with the names numbered in `struck` struck through (straight,
 * black), as a scanner writes it (clean 150 dpi PNG unless `params` say otherwise). `seed` makes
 * two papers with the same votes different images.
 */
export async function scannedBallot(layout: BallotLayout, struck: readonly number[], options: { seed?: number; params?: Partial<ScanParams>; halfStruck?: readonly number[] } = {}): Promise<Uint8Array> {
  const random = seededRandom(options.seed ?? 3);
  const ballot = layout.ballots[0] as BallotOnPage;
  const marks = struck.map((n) => strikeMarkup(random, ballot.names[n - 1] as NameLayout, 'straight', layout.fontSize)).join('') + (options.halfStruck ?? []).map((n) => halfStrike(ballot.names[n - 1] as NameLayout, layout.fontSize)).join('');
  const svg = ballotSvg(layout, marks, { pixelsPerPoint: 2 });
  return scanSvg(svg, ballot.slot, { ...CLEAN, ...options.params }, random);
}

/** A line across only the first 40 % of a name: neither struck nor kept for the reader, a person decides. */
function halfStrike(name: NameLayout, fontSize: number): string {
  const y = name.nameRect.y + fontSize * 0.55;
  return `<path d="M${name.nameRect.x} ${y} L${name.nameRect.x + name.nameRect.width * 0.4} ${y}" stroke="#111111" stroke-width="1.2" fill="none"/>`;
}

/** Writes the images into a folder as a scanner's software would. */
export function writeScans(folder: string, images: Record<string, Uint8Array | string>): void {
  for (const [name, bytes] of Object.entries(images)) writeFileSync(join(folder, name), bytes);
}
