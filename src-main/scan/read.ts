import { createHash } from 'node:crypto';
import type { BallotLayout, BallotOnPage } from '../../shared/scan/layout';
import type { NameScore, ScanReading } from '../../shared/scan/reading';
import { readBoxPattern, readStrikePattern } from '../../shared/scan/clean-patterns';
import { classify } from './classify';
import { marksDescriptor } from './descriptor';
import { decodeImage } from './decode';
import { rotationAndScale } from './homography';
import { darknessAgainstPaper } from './image';
import { checkQr, locateBallot } from './locate';
import { blankOf } from './blank';
import { outsideInk } from './outside';
import { rowInk, type ComparedWithCore } from './row-ink';
import { paperNoise } from './compared';
import { measureBoxRow, measureStrikeRow } from './zones';
import { ROW_SCALE, THRESHOLDS } from './thresholds';
import { warpRegion } from './warp';

export interface Expected {
  /** The hash of the election being counted (`BallotLayout.electionHash` of its layout). */
  electionHash: string;
  /** RULES R3 `B_ALL_BOTH_OR_NONE` is configurable (the election's setting); default true. */
  allBothOrNoneInvalid?: boolean;
  /** RULES R1: names printed but withdrawn after printing (their marks count for nothing). */
  withdrawnOnPaper?: readonly string[];
}

/** Images are read at no more than this many pixels a point of the largest slot (about 160 dpi): enough for a 5 mm square and a strike, and fast. */
const WORKING_SCALE = 2.2;

/** Points across the window the paper is estimated over: wider than any solid shape of the ballot (a corner square, a filled box). */
const PAPER_WINDOW = 32;

/** The paper's window in pixels: the image taken to hold no more than the smallest ballot it may be, so never too small. */
function paperWindow(image: { width: number; height: number }, layouts: readonly BallotLayout[]): number {
  const smallest = Math.min(...layouts.map((l) => Math.max((l.ballots[0] as BallotOnPage).slot.width, (l.ballots[0] as BallotOnPage).slot.height)));
  return Math.min(Math.max(image.width, image.height) / 3, (PAPER_WINDOW * Math.max(image.width, image.height)) / smallest);
}

/** A scan grainier than this (spread of the paper's darkness) is refused: a strike cannot be told from the grain. */
const MAX_NOISE = 0.055;

/** Corners this far from a rectangle (a photo taken at a slant): refusals say so, and to scan flat. */
const PHOTO_KEYSTONE = 0.03;

/** A scan below this resolution is refused: letters and strikes cannot be told apart. */
const MIN_DPI = 110;

/**
 * Reads one scanned ballot (PNG, JPEG or TIFF; one slip; 150–300 dpi; any rotation, upside down).
 * `layouts`: the layouts the election's ballots may have been printed with (1, 2 or 4 to a sheet;
 * `electionLayouts` gives them all from a congress file); the QR code says which. Never throws
 * for a bad image: it is `refused`, with the reason in Vietnamese.
 */
export async function readBallotImage(bytes: Uint8Array, layouts: BallotLayout | readonly BallotLayout[], expected: Expected): Promise<ScanReading> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const refused = (reason: string): ScanReading => ({ status: 'refused', reason, sha256, uncertain: [] });
  const all = Array.isArray(layouts) ? (layouts as readonly BallotLayout[]) : [layouts as BallotLayout];
  if (all.length === 0) return refused('Không có bố cục phiếu để đọc');
  try {
    const longest = Math.max(...all.map((l) => Math.max((l.ballots[0] as BallotOnPage).slot.width, (l.ballots[0] as BallotOnPage).slot.height)));
    const decoded = await decodeImage(bytes, Math.min(2400, Math.round(longest * WORKING_SCALE)));
    if (!decoded.ok) return refused(decoded.reason);
    const dark = darknessAgainstPaper(decoded.image, paperWindow(decoded.image, all));
    const located = locateBallot(dark, all);
    if (!located.ok) return refused(located.reason);
    const { layout, toImage, qrText, upsideDown, keystone } = located.found;
    const photo = keystone >= PHOTO_KEYSTONE;
    const wrong = checkQr(qrText, layout, expected.electionHash);
    if (wrong !== null) return refused(wrong);
    const ballot = layout.ballots[0] as BallotOnPage;
    const { rotation, scale } = rotationAndScale(toImage, { x: ballot.slot.x + ballot.slot.width / 2, y: ballot.slot.y + ballot.slot.height / 2 });
    const dpi = (scale * 72 * decoded.original.width) / decoded.image.width;
    if (dpi < MIN_DPI) return refused(photo ? `Ảnh chụp nghiêng, độ phân giải quá thấp (khoảng ${Math.round(dpi)} dpi): hãy đặt phiếu phẳng và quét bằng máy quét ở 150–300 dpi, hoặc chụp thẳng từ trên xuống và gần hơn` : `Ảnh có độ phân giải quá thấp (khoảng ${Math.round(dpi)} dpi): hãy quét ở 150–300 dpi`);

    const blank = await blankOf(layout);
    const compared: ComparedWithCore = { region: blank.region, scale: ROW_SCALE, scan: warpRegion(dark, toImage, blank.region, ROW_SCALE), core: blank.core, ring: blank.ring, print: blank.print, printWide: blank.printWide };
    const t = THRESHOLDS;
    const noise = paperNoise(compared, ballot.names.map((n) => n.rowRect));
    if (noise > MAX_NOISE) return refused(photo ? `Ảnh chụp nghiêng, quá nhiễu (độ nhiễu ${noise.toFixed(3)}, tối đa ${MAX_NOISE}): hãy đặt phiếu phẳng và quét bằng máy quét` : `Ảnh quét quá nhiễu (độ nhiễu ${noise.toFixed(3)}, tối đa ${MAX_NOISE}): máy không đọc chắc được, hãy quét lại`);
    const format = layout.election.ballotFormat;
    const scores: NameScore[] = ballot.names.map((name) => {
      const ink = rowInk(compared, { x: name.rowRect.x - 1, y: name.rowRect.y - 3, width: name.rowRect.width + 2, height: name.rowRect.height + 6 }, { definite: t.definiteInk, faint: t.faintInk });
      const rowAbove = ballot.names.some((other) => Math.abs(other.rowRect.y + other.rowRect.height - name.rowRect.y) < 0.5 && Math.abs(other.rowRect.x - name.rowRect.x) < 0.5);
      const zones = format === 'A' ? measureStrikeRow(ink, name, layout.fontSize, t, rowAbove) : measureBoxRow(ink, name, layout.fontSize, t);
      const twoLines = name.nameRect.height > 1.5 * layout.lineHeight;
      const verdict = format === 'A' ? readStrikePattern(zones, t, twoLines) : readBoxPattern(zones, t);
      return { id: name.id, zones: rounded(zones), shift: ink.shift, reading: verdict.reading, ...(verdict.doubts.length > 0 ? { doubts: verdict.doubts } : {}) };
    });
    const outside = outsideInk(dark, toImage, blank.outside, t.definiteInk);
    const rules = { format, listIds: ballot.names.map((n) => n.id), seats: layout.election.seats, allBothOrNoneInvalid: expected.allBothOrNoneInvalid ?? true, withdrawnOnPaper: expected.withdrawnOnPaper ?? [] };
    const verdict = classify(scores, rules, outside, t, ballot.names);
    return {
      ...verdict,
      sha256,
      scores,
      thresholds: t,
      placement: { rotation: Math.round(rotation * 10) / 10, dpi: Math.round(dpi), upsideDown, perSheet: layout.perSheet, keystone: Math.round(keystone * 1000) / 1000, toImage: toImage.map((h) => Number(h.toPrecision(9))), image: { width: decoded.image.width, height: decoded.image.height } },
      marksDescriptor: marksDescriptor(compared, ballot, layout.perSheet, t.definiteInk),
    };
  } catch (error) {
    return refused(`Không đọc được ảnh: ${(error as Error).message}`);
  }
}

/** The measures to three decimals: the evidence stays readable. */
function rounded<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1000) / 1000) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  return value;
}
