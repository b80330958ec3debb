import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import { outsideBlank, type OutsideBlank } from './outside';
import { printMask, renderRows } from './template';
import { PRINT_TOLERANCE, PRINT_TOLERANCE_FAINT, ROW_SCALE } from './thresholds';

/** The blank ballot a scan is compared with: its rows (for the names) and its print beyond them (for writing outside the rows). */
export interface Blank {
  region: Rect;
  /** The rows' print, not widened, and the paper just round it: what a row is aligned on. */
  core: Uint8Array;
  ring: Uint8Array;
  /** The rows' print widened by a pixel, and further for faint ink. */
  print: Uint8Array;
  printWide: Uint8Array;
  outside: OutsideBlank;
}

const blanks = new Map<string, Promise<Blank>>();

/** The blank of a layout, drawn once per process from the layout (template.ts). */
export function blankOf(layout: BallotLayout): Promise<Blank> {
  const key = `${layout.electionHash}/${layout.perSheet}`;
  let blank = blanks.get(key);
  if (blank === undefined) {
    const ballot = layout.ballots[0] as BallotOnPage;
    const region = { x: ballot.table.x - 6, y: ballot.table.y - 2, width: ballot.table.width + 12, height: ballot.table.height + 4 };
    blank = Promise.all([renderRows(ballot, layout.fontSize, region, ROW_SCALE), outsideBlank(ballot)]).then(([template, outside]) => {
      const near = printMask(template, 2, 0.5);
      const any = printMask(template, 0, 0.15);
      return { region, core: printMask(template, 0, 0.5), ring: near.map((v, i) => (v && !any[i] ? 1 : 0)), print: printMask(template, PRINT_TOLERANCE), printWide: printMask(template, PRINT_TOLERANCE_FAINT), outside };
    });
    blanks.set(key, blank);
    if (blanks.size > 16) blanks.delete(blanks.keys().next().value as string);
  }
  return blank;
}
