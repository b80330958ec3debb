import type { BallotOnPage, Rect } from '../../shared/scan/layout';
import type { Homography } from './homography';
import type { Darkness } from './image';
import { warpRegion } from './warp';

const MM = 72 / 25.4;
/** The paper's edge (the cut, its shadow on the scan) is not looked at. */
const EDGE = 4 * MM;

/** The ballot's own areas (relative to its slot), widened: what is printed, the rows, the squares, the QR code. */
function printedAreas(ballot: BallotOnPage): Rect[] {
  const grow = (r: Rect, dx: number, dy: number): Rect => ({ x: r.x - dx, y: r.y - dy, width: r.width + 2 * dx, height: r.height + 2 * dy });
  return [...ballot.printed.map((r) => grow(r, 4, 4)), grow(ballot.table, 10, 4), ...ballot.corners.map((r) => grow(r, 5, 5)), grow(ballot.qr, 3, 3)];
}

/**
 * Ink outside the rows and the printed text (writing, a signature, a drawing), in square points of
 * definite ink, measured at one pixel a point over the whole ballot but its edge.
 */
export function outsideInk(dark: Darkness, toImage: Homography, ballot: BallotOnPage, level: number): number {
  const { slot } = ballot;
  const region = { x: slot.x + EDGE, y: slot.y + EDGE, width: slot.width - 2 * EDGE, height: slot.height - 2 * EDGE };
  const scan = warpRegion(dark, toImage, region, 1);
  const areas = printedAreas(ballot);
  const skip = new Uint8Array(scan.width * scan.height);
  for (const a of areas) {
    const x0 = Math.max(0, Math.floor(a.x - region.x));
    const x1 = Math.min(scan.width, Math.ceil(a.x + a.width - region.x));
    const y0 = Math.max(0, Math.floor(a.y - region.y));
    const y1 = Math.min(scan.height, Math.ceil(a.y + a.height - region.y));
    for (let y = y0; y < y1; y++) skip.fill(1, y * scan.width + x0, y * scan.width + Math.max(x0, x1));
  }
  let ink = 0;
  for (let i = 0; i < skip.length; i++) if (!skip[i] && (scan.data[i] as number) > level) ink++;
  return ink;
}
