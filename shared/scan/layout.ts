import type { BallotFormat } from '../domain';

/**
 * The machine-readable geometry of a printed ballot paper (issue 12; INTERCHANGE.md, "Scanned
 * ballots"): what `kiem-phieu export --ballots OUT.pdf` writes beside the PDF as `OUT.layout.json`
 * and what the scanner reads a ballot against. Every rectangle is in PDF points (1/72 inch) from
 * the top-left corner of the A4 page; the ballots of one sheet are identical up to a shift.
 */
export const BALLOT_LAYOUT_FORMAT = 'kiem-phieu.ballot-layout';
export const BALLOT_LAYOUT_VERSION = 1;

/** The side of a corner square: 5 mm. */
export const CORNER_SQUARE_SIZE = (5 / 25.4) * 72;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in PDF points from the page's top-left corner. */
export interface Point {
  x: number;
  y: number;
}

export interface NameLayout {
  /** The candidate's id (the congress file's `candidates[].id`). */
  id: string;
  /** 1-based position on the ballot ("TT"). */
  number: number;
  /** The printed name as drawn (font, size): the template draws it again from here. */
  name: string;
  /** Where the name's text stands: its first line's top-left, its width and height. */
  nameRect: Rect;
  /** The whole row of the table (number, name and, for format B, the boxes). */
  rowRect: Rect;
  /** Format B: the boxes "Đồng ý" and "Không đồng ý" (the cells inside their borders). */
  agreeBox?: Rect;
  disagreeBox?: Rect;
}

export interface BallotOnPage {
  /** The part of the sheet this ballot is cut to (between the cut lines, or the page). */
  slot: Rect;
  /** The four solid squares, clockwise from the top left: top-left, top-right, bottom-right, bottom-left. */
  corners: [Rect, Rect, Rect, Rect];
  /** The QR code with its quiet zone (nothing else is printed inside this rectangle). */
  qr: Rect;
  names: NameLayout[];
  /** The table of names: its header and all its rows, with the borders. */
  table: Rect;
  /** The areas that carry printed text or lines besides the rows (heading, stamp box, title, instruction). */
  printed: Rect[];
  /**
   * Added with issue 17 (absent in older layouts): the box where the convening committee's stamp
   * goes, and every line of text printed outside the rows and every rule, as PDFKit placed them,
   * so that the scanner draws the whole blank ballot and sees writing over the printed text.
   */
  stamp?: Rect;
  lines?: PrintedLine[];
  rules?: Rect[];
}

/** A line of text as printed: its line box's top-left, the face and size, and the extra space after each space (a justified line). */
export interface PrintedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  face: 'regular' | 'bold' | 'italic' | 'boldItalic';
  wordSpacing?: number;
}

export interface BallotLayout {
  format: typeof BALLOT_LAYOUT_FORMAT;
  version: typeof BALLOT_LAYOUT_VERSION;
  /** The congress file's election id, its round, and the ballot format of RULES R1. */
  election: { id: string; round: number; title: string; seats: number; ballotFormat: BallotFormat };
  /**
   * SHA-256 (hex) of the congress, the election id, round, title, seats, the candidate list (ids
   * and names, in ballot order) and the layout version: the same on every ballot, never a serial.
   */
  electionHash: string;
  /** The text of the QR code: `KP1-<per sheet>-<first 24 hex digits of electionHash, upper case>`. */
  qrText: string;
  perSheet: 1 | 2 | 4;
  page: { width: number; height: number };
  /** Type size of the names and the number of name columns. */
  fontSize: number;
  columns: 1 | 2;
  /** Line spacing of the table's text, in points. */
  lineHeight: number;
  ballots: BallotOnPage[];
}

/** How many ballots a printed sheet holds, as typed (`--per-sheet 4`): the number, or null. */
export function perSheetOf(text: string): 1 | 2 | 4 | null {
  return text === '1' || text === '2' || text === '4' ? (Number(text) as 1 | 2 | 4) : null;
}

export const PER_SHEET_EXPECTED = 'chỉ in được 1, 2 hoặc 4 phiếu trên một tờ';

/** The centre of a rectangle. */
export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The QR text of a layout: what every ballot of this print carries. */
export function ballotQrText(perSheet: 1 | 2 | 4, electionHash: string): string {
  return `KP1-${perSheet}-${electionHash.slice(0, 24).toUpperCase()}`;
}

/** The QR text read back: the per-sheet count and the hash prefix, or null when it is not ours. */
export function parseBallotQrText(text: string): { perSheet: 1 | 2 | 4; hashPrefix: string } | null {
  const match = /^KP1-([124])-([0-9A-F]{24})$/.exec(text.trim());
  if (!match) return null;
  return { perSheet: Number(match[1]) as 1 | 2 | 4, hashPrefix: (match[2] as string).toLowerCase() };
}
