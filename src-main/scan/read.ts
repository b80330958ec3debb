import { createHash } from 'node:crypto';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import type { NameScore, ScanReading } from '../../shared/scan/reading';
import { classify, readBoxes, readStrike } from './classify';
import { decodeImage } from './decode';
import { rotationAndScale } from './homography';
import { darknessAgainstPaper } from './image';
import { checkQr, locateBallot } from './locate';
import { outsideInk } from './outside';
import { paperNoise, scoreName, type Compared } from './score';
import { printMask, renderRows } from './template';
import { PRINT_TOLERANCE, PRINT_TOLERANCE_FAINT, ROW_SCALE, THRESHOLDS } from './thresholds';
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

/** A scan grainier than this (spread of the paper's darkness) is refused: a strike cannot be told from the grain. */
const MAX_NOISE = 0.055;

/** A scan below this resolution is refused: letters and strikes cannot be told apart. */
const MIN_DPI = 110;

interface Blank {
  region: Rect;
  print: Uint8Array;
  printWide: Uint8Array;
}

const blanks = new Map<string, Promise<Blank>>();

/** The blank rows of a layout, drawn once per process from the layout (template.ts). */
function blankOf(layout: BallotLayout): Promise<Blank> {
  const key = `${layout.electionHash}/${layout.perSheet}`;
  let blank = blanks.get(key);
  if (blank === undefined) {
    const ballot = layout.ballots[0] as BallotOnPage;
    const region = { x: ballot.table.x - 6, y: ballot.table.y - 2, width: ballot.table.width + 12, height: ballot.table.height + 4 };
    blank = renderRows(ballot, layout.fontSize, region, ROW_SCALE).then((template) => ({ region, print: printMask(template, PRINT_TOLERANCE), printWide: printMask(template, PRINT_TOLERANCE_FAINT) }));
    blanks.set(key, blank);
    if (blanks.size > 16) blanks.delete(blanks.keys().next().value as string);
  }
  return blank;
}

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
    const dark = darknessAgainstPaper(decoded.image);
    const located = locateBallot(dark, all);
    if (!located.ok) return refused(located.reason);
    const { layout, toImage, qrText, upsideDown } = located.found;
    const wrong = checkQr(qrText, layout, expected.electionHash);
    if (wrong !== null) return refused(wrong);
    const ballot = layout.ballots[0] as BallotOnPage;
    const { rotation, scale } = rotationAndScale(toImage, { x: ballot.slot.x + ballot.slot.width / 2, y: ballot.slot.y + ballot.slot.height / 2 });
    const dpi = (scale * 72 * decoded.original.width) / decoded.image.width;
    if (dpi < MIN_DPI) return refused(`Ảnh có độ phân giải quá thấp (khoảng ${Math.round(dpi)} dpi): hãy quét ở 150–300 dpi`);

    const blank = await blankOf(layout);
    const compared: Compared = { region: blank.region, scale: ROW_SCALE, scan: warpRegion(dark, toImage, blank.region, ROW_SCALE), print: blank.print, printWide: blank.printWide };
    const t = THRESHOLDS;
    const noise = paperNoise(compared);
    if (noise > MAX_NOISE) return refused(`Ảnh quét quá nhiễu (độ nhiễu ${noise.toFixed(3)}, tối đa ${MAX_NOISE}): máy không đọc chắc được, hãy quét lại`);
    const format = layout.election.ballotFormat;
    const scores: NameScore[] = ballot.names.map((name) => {
      const score = scoreName(compared, name, layout.fontSize, t);
      const twoLines = name.nameRect.height > 1.5 * layout.lineHeight;
      return { ...score, reading: format === 'A' ? readStrike(score, t, twoLines) : readBoxes(score, t) };
    });
    const outside = outsideInk(dark, toImage, ballot, t.definiteInk);
    const rules = { format, listIds: ballot.names.map((n) => n.id), seats: layout.election.seats, allBothOrNoneInvalid: expected.allBothOrNoneInvalid ?? true, withdrawnOnPaper: expected.withdrawnOnPaper ?? [] };
    const verdict = classify(scores, rules, outside, t);
    return {
      ...verdict,
      sha256,
      scores,
      thresholds: t,
      placement: { rotation: Math.round(rotation * 10) / 10, dpi: Math.round(dpi), upsideDown, perSheet: layout.perSheet },
    };
  } catch (error) {
    return refused(`Không đọc được ảnh: ${(error as Error).message}`);
  }
}
