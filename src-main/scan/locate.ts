import { centreOf, parseBallotQrText, type BallotLayout, type BallotOnPage, type Point, type Rect } from '../../shared/scan/layout';
import { bestQuad, FLAT, findSquares, keystoneOf, refineCentre, SLANTED, type QuadTolerance, type SquareBlob } from './corners';
import { apply, homographyFrom, type Homography } from './homography';
import type { Darkness } from './image';
import { qrAgreement, readQr } from './qr';
import { QR_MODULE, QR_QUIET } from '../pdf/ballot-layout';

/** A ballot found on the image: its layout, the transform from its points to the image, how it lies. */
export interface Located {
  layout: BallotLayout;
  toImage: Homography;
  qrText: string;
  upsideDown: boolean;
  squares: SquareBlob[];
  /** How far from a rectangle the corners stand on the image (0 on a flat scan; a photo taken at a slant, 0.04 and more). */
  keystone: number;
}

export type Location = { ok: true; found: Located } | { ok: false; reason: string };

/**
 * Finds the ballot on the image: the four corner squares standing as printed (for the layout of 1,
 * 2 or 4 to a sheet they fit), then, of the ways they can be matched to the printed corners (the
 * slip may lie upside down, or turned), the one whose QR code reads. Refused with the reason when
 * there are no such squares, when more squares say a second slip is on the image, or when no QR
 * code reads.
 */
export function locateBallot(dark: Darkness, layouts: readonly BallotLayout[]): Location {
  const blobs = findSquares(dark, 8);
  const quads = (tolerance: QuadTolerance): Try[] => {
    const tries: Try[] = [];
    for (const layout of layouts) {
      const printed = (layout.ballots[0] as BallotOnPage).corners.map(centreOf);
      const [tl, tr, , bl] = printed as [Point, Point, Point, Point];
      const side = (layout.ballots[0] as BallotOnPage).corners[0].width;
      const quad = bestQuad(blobs, { width: tr.x - tl.x, height: bl.y - tl.y, side }, tolerance);
      if (quad) tries.push({ layout, quad });
    }
    return tries.sort((a, b) => a.quad.error - b.quad.error);
  };
  // As a flat scan lies first; then as a photo taken at a slant (the homography takes the perspective out).
  const flat = quads(FLAT);
  const found = decodeAny(dark, blobs, flat);
  if (found) return found;
  const slanted = quads(SLANTED).filter((t) => !flat.some((f) => f.layout === t.layout && f.quad.points.every((p, i) => p === t.quad.points[i])));
  const perspective = decodeAny(dark, blobs, slanted);
  if (perspective) return perspective;
  const tries = [...flat, ...slanted];
  if (tries.length === 0) {
    if (blobs.length === 0) return { ok: false, reason: 'Không thấy phiếu bầu trên ảnh (trang trắng, hoặc ảnh không phải phiếu bầu)' };
    return { ok: false, reason: NO_SQUARES };
  }
  // No code where this layout prints it: a ballot of another election (another list, another
  // place for the code) is told so when its code reads anywhere on the slip.
  for (const { layout, quad } of tries) {
    const ballot = layout.ballots[0] as BallotOnPage;
    const printed = ballot.corners.map(centreOf);
    for (const k of [0, 2]) {
      const toImage = homographyFrom(printed, [0, 1, 2, 3].map((i) => quad.points[(i + k) % 4] as Point));
      const text = toImage ? readQr(dark, toImage, ballot.slot, 2) : null;
      // Its own code read elsewhere: the corners were not where the code says (a slip cut into its corner squares).
      if (text !== null && layouts.some((l) => l.qrText === text.trim())) return { ok: false, reason: NO_SQUARES };
      if (text !== null && parseBallotQrText(text) !== null) return { ok: false, reason: OTHER_ELECTION };
    }
  }
  if (flat.length === 0) return { ok: false, reason: SLANTED_PHOTO };
  return { ok: false, reason: 'Không đọc được mã QR của phiếu (mã bị mờ, bẩn hay che khuất, hoặc không phải phiếu in từ chương trình này)' };
}

type Try = { layout: BallotLayout; quad: NonNullable<ReturnType<typeof bestQuad>> };

/** Of the quadrilaterals of squares, and the ways each can be matched to the printed corners (upside down, turned), the first whose QR code reads. */
function decodeAny(dark: Darkness, blobs: readonly SquareBlob[], tries: readonly Try[]): Location | null {
  for (const { layout, quad } of tries) {
    const centres = quad.points.map((p) => refineCentre(dark, p));
    const ballot = layout.ballots[0] as BallotOnPage;
    const printed = ballot.corners.map(centreOf);
    const wantWide = printed[1]!.x - printed[0]!.x > printed[3]!.y - printed[0]!.y;
    // The four ways round; those whose long side lies as printed, upright first.
    const ways = [0, 2, 1, 3].filter((k) => {
      const a = centres[k % 4]!;
      const b = centres[(k + 1) % 4]!;
      const c = centres[(k + 2) % 4]!;
      return Math.hypot(b.x - a.x, b.y - a.y) > Math.hypot(c.x - b.x, c.y - b.y) === wantWide;
    });
    for (const k of ways) {
      const image = [0, 1, 2, 3].map((i) => centres[(i + k) % 4] as Point);
      const toImage = homographyFrom(printed, image);
      if (!toImage) continue;
      // Decoded; or, too blurred to decode, module for module the code this election prints.
      const text = readQr(dark, toImage, ballot.qr) ?? (qrAgreement(dark, toImage, ballot.qr, layout.qrText, QR_MODULE, QR_QUIET) >= 0.9 ? layout.qrText : null);
      if (text === null) continue;
      if (anotherSlip(blobs, quad.points, toImage, ballot)) return { ok: false, reason: 'Trên ảnh có hơn một phiếu (thấy thêm ô vuông góc của phiếu khác, có thể hai phiếu chồng lên nhau): mỗi ảnh quét một phiếu' };
      const up = image[0] as Point;
      const right = image[1] as Point;
      const angle = (Math.atan2(right.y - up.y, right.x - up.x) * 180) / Math.PI;
      return { ok: true, found: { layout, toImage, qrText: text, upsideDown: Math.abs(angle) > 90, squares: quad.points, keystone: keystoneOf(image) } };
    }
  }
  return null;
}

/** What the reader looked for and did not find, in words a committee can act on. */
const NO_SQUARES =
  'Không tìm thấy bốn ô vuông đen đặc (cạnh 5 mm, cách mép phiếu 5 mm) ở bốn góc phiếu: phiếu bị che, gấp hay mất góc, ảnh bị cắt mất góc, ảnh chụp nghiêng quá nhiều, hoặc không phải phiếu bầu in từ chương trình này. Hãy đặt phiếu phẳng trên mặt kính máy quét, không che góc, rồi quét lại';
/** Squares found only as a trapezoid, and no code read: a photo taken at a slant. */
export const SLANTED_PHOTO = 'Ảnh chụp nghiêng: không đọc được phiếu (bốn góc phiếu không còn là hình chữ nhật). Hãy đặt phiếu phẳng và quét bằng máy quét, hoặc chụp thẳng từ trên xuống';

const OTHER_ELECTION = 'Phiếu của một cuộc bầu khác (đại hội, cuộc bầu, danh sách hoặc vòng bầu khác): không tính vào cuộc bầu này';

/**
 * Squares of the corners' size besides the four: the corners of another slip. Not those inside the
 * QR code (its finder patterns) nor inside the table of names: a box filled in solid, or a square
 * blot in it, is a voter's mark.
 */
function anotherSlip(blobs: readonly SquareBlob[], corners: readonly SquareBlob[], toImage: Homography, ballot: BallotOnPage): boolean {
  const side = corners.reduce((s, p) => s + p.side, 0) / 4;
  const own = [ballot.qr, ballot.table].map((r) => quad(toImage, r));
  return blobs.some((p) => !corners.includes(p) && p.side > side * 0.7 && p.side < side * 1.4 && !own.some((q) => insideQuad(q, p)));
}

function quad(toImage: Homography, r: Rect): Point[] {
  return [
    apply(toImage, { x: r.x, y: r.y }),
    apply(toImage, { x: r.x + r.width, y: r.y }),
    apply(toImage, { x: r.x + r.width, y: r.y + r.height }),
    apply(toImage, { x: r.x, y: r.y + r.height }),
  ];
}

/** Whether a point lies inside a convex quadrilateral (its corners in order, either way round). */
function insideQuad(q: readonly Point[], p: Point): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i] as Point;
    const b = q[(i + 1) % 4] as Point;
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** Whether the QR text is that of the expected election; the Vietnamese reason when not. */
export function checkQr(text: string, layout: BallotLayout, electionHash: string): string | null {
  const parsed = parseBallotQrText(text);
  if (parsed === null) return 'Mã QR trên ảnh không phải mã của phiếu bầu in từ chương trình này';
  if (!electionHash.startsWith(parsed.hashPrefix)) return OTHER_ELECTION;
  if (parsed.perSheet !== layout.perSheet) return `Phiếu in ${parsed.perSheet} phiếu một tờ nhưng khớp với bố cục ${layout.perSheet} phiếu một tờ: không đọc được`;
  return null;
}
