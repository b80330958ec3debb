import type { BallotOnPage, Rect } from '../../shared/scan/layout';
import type { Homography } from './homography';
import type { Darkness } from './image';
import { printedSvg, printMask, renderSvg } from './template';
import { warpRegion } from './warp';

const MM = 72 / 25.4;
/** The paper's edge (the cut, its shadow on the scan, a sliver of the next ballot) is not looked at. */
const EDGE = 4 * MM;
/** Pixels a point at which the ballot beyond its rows is compared with its print. */
const SCALE = 2;
/** The stamp goes in its box and round it: a real stamp runs over the box's dashed line. */
const STAMP_REACH = 4 * MM;

const grow = (r: Rect, dx: number, dy: number): Rect => ({ x: r.x - dx, y: r.y - dy, width: r.width + 2 * dx, height: r.height + 2 * dy });

/** What is not looked at for ink outside the rows: the squares, the QR code, the table (its rows are read), the stamp's place; in an older layout, every printed area. */
function ownAreas(ballot: BallotOnPage): Rect[] {
  const common = [grow(ballot.table, 4, 3), ...ballot.corners.map((r) => grow(r, 3, 3)), grow(ballot.qr, 3, 3)];
  return ballot.stamp && ballot.lines ? [...common, grow(ballot.stamp, STAMP_REACH, STAMP_REACH)] : [...common, ...ballot.printed.map((r) => grow(r, 4, 4))];
}

export interface OutsideBlank {
  region: Rect;
  /** 1 where the blank has print (its text and rules, widened by a point) or is not looked at. */
  skip: Uint8Array;
}

/** The ballot beyond its rows as printed, drawn once per layout. */
export async function outsideBlank(ballot: BallotOnPage): Promise<OutsideBlank> {
  const { slot } = ballot;
  const region = { x: slot.x + EDGE, y: slot.y + EDGE, width: slot.width - 2 * EDGE, height: slot.height - 2 * EDGE };
  const printed = await renderSvg(printedSvg(ballot, region, SCALE));
  const skip = printMask(printed, 1);
  for (const a of ownAreas(ballot)) {
    const x0 = Math.max(0, Math.floor((a.x - region.x) * SCALE));
    const x1 = Math.min(printed.width, Math.ceil((a.x + a.width - region.x) * SCALE));
    const y0 = Math.max(0, Math.floor((a.y - region.y) * SCALE));
    const y1 = Math.min(printed.height, Math.ceil((a.y + a.height - region.y) * SCALE));
    for (let y = y0; y < y1; y++) skip.fill(1, y * printed.width + x0, y * printed.width + Math.max(x0, x1));
  }
  return { region, skip };
}

/**
 * Ink outside the rows that the print does not explain (writing, a signature, a drawing, also over
 * the printed heading or instruction), in square points of definite ink; a lone pixel of grain is
 * not ink.
 */
export function outsideInk(dark: Darkness, toImage: Homography, blank: OutsideBlank, level: number): number {
  const scan = warpRegion(dark, toImage, blank.region, SCALE);
  const { width, height, data } = scan;
  let ink = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      if (blank.skip[i] || (data[i] as number) <= level) continue;
      const neighbours = +((data[i - 1] as number) > level) + +((data[i + 1] as number) > level) + +((data[i - width] as number) > level) + +((data[i + width] as number) > level);
      if (neighbours > 0) ink++;
    }
  }
  return ink / (SCALE * SCALE);
}
