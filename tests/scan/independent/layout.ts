/**
 * The ballot layout that `export --ballots` writes beside the PDF (INTERCHANGE.md "Scanned ballots"):
 * rectangles in PDF points from the page's top-left corner. Only the fields this set uses are typed.
 */
import { readFileSync } from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutName {
  id: string;
  number: number;
  name: string;
  nameRect: Rect;
  rowRect: Rect;
  agreeBox?: Rect;
  disagreeBox?: Rect;
}

export interface LayoutBallot {
  slot: Rect;
  corners: Rect[];
  qr: Rect;
  names: LayoutName[];
  table: Rect;
  printed: Rect[];
}

export interface BallotLayout {
  format: string;
  election: { id: string; seats: number; ballotFormat: 'A' | 'B' };
  perSheet: number;
  page: { width: number; height: number };
  fontSize: number;
  lineHeight: number;
  ballots: LayoutBallot[];
}

export function readLayout(path: string): BallotLayout {
  const layout = JSON.parse(readFileSync(path, 'utf8')) as BallotLayout;
  if (layout.format !== 'kiem-phieu.ballot-layout') throw new Error(`${path}: not a ballot layout (format ${String(layout.format)})`);
  if (!Array.isArray(layout.ballots) || layout.ballots.length !== layout.perSheet) throw new Error(`${path}: expected ${layout.perSheet} ballots on the sheet`);
  return layout;
}

export const right = (r: Rect): number => r.x + r.width;
export const bottom = (r: Rect): number => r.y + r.height;
export const centerY = (r: Rect): number => r.y + r.height / 2;

/** True when the printed name runs over more than one line (the layout gives it a taller rectangle). */
export function isWrapped(name: LayoutName, lineHeight: number): boolean {
  return name.nameRect.height > lineHeight * 1.4;
}

/**
 * Where a voter could sign or write a word outside the rows: below the table, left of the QR code,
 * clear of the corner squares; below the printed instructions when there is room for writing there,
 * else over them (voters do write over printed text).
 */
export function writingSpot(ballot: LayoutBallot): Rect {
  const slot = ballot.slot;
  const lowerCorners = ballot.corners.filter((c) => c.y > slot.y + slot.height / 2);
  const cornerTop = Math.min(...lowerCorners.map((c) => c.y));
  const left = Math.max(...lowerCorners.filter((c) => c.x < slot.x + slot.width / 2).map(right)) + 6;
  const top = bottom(ballot.table) + 3;
  const end = cornerTop - 8;
  const printedBelow = ballot.printed.filter((p) => p.y >= bottom(ballot.table) - 1);
  const clearTop = Math.max(top, ...printedBelow.filter((p) => p.x < ballot.qr.x).map((p) => bottom(p) + 2));
  const y = end - clearTop >= 16 ? clearTop : top;
  return { x: left, y, width: ballot.qr.x - 6 - left, height: end - y };
}
