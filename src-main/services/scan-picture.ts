import sharp from 'sharp';
import type { ScanBox, ScanImage } from '../../shared/api/scan-views';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import { decodeImage } from '../scan/decode';
import { darknessAgainstPaper } from '../scan/image';
import { locateBallot } from '../scan/locate';
import { warpRegion } from '../scan/warp';

/** The longest side of the picture shown to a person, in pixels. */
const SHOWN_SIDE = 1400;

/**
 * The picture a person decides on: the scanned ballot straightened onto its printed layout (found
 * from its corner squares as the reader finds it), so that the rows of the layout lie exactly on
 * it and the doubtful ones can be marked. An image on which no ballot is found is shown as it is.
 */
export async function scanPicture(bytes: Uint8Array, layouts: readonly BallotLayout[], doubtful: ReadonlySet<string>): Promise<ScanImage | null> {
  const decoded = await decodeImage(bytes, 2400);
  if (!decoded.ok) return null;
  const located = locateBallot(darknessAgainstPaper(decoded.image), layouts);
  if (!located.ok) {
    const { data, info } = await sharp(decoded.image.data, { raw: { width: decoded.image.width, height: decoded.image.height, channels: 1 } }).resize({ width: SHOWN_SIDE, height: SHOWN_SIDE, fit: 'inside', withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
    return { mimeType: 'image/png', data: new Uint8Array(data), width: info.width, height: info.height, straightened: false, rows: [] };
  }
  const { layout, toImage } = located.found;
  const ballot = layout.ballots[0] as BallotOnPage;
  const { slot } = ballot;
  const scale = Math.min(3, SHOWN_SIDE / Math.max(slot.width, slot.height));
  // Ink as darkness (0 paper … 1 black), so that what lies outside the image comes out as paper.
  const { image } = decoded;
  const ink = new Float32Array(image.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = 1 - (image.data[i] as number) / 255;
  const warped = warpRegion({ width: image.width, height: image.height, data: ink }, toImage, slot, scale);
  const grey = Buffer.alloc(warped.data.length);
  for (let i = 0; i < grey.length; i++) grey[i] = Math.round(255 * (1 - (warped.data[i] as number)));
  const png = await sharp(grey, { raw: { width: warped.width, height: warped.height, channels: 1 } }).png().toBuffer();
  const box = (r: Rect): ScanBox => ({ x: Math.round((r.x - slot.x) * scale), y: Math.round((r.y - slot.y) * scale), width: Math.round(r.width * scale), height: Math.round(r.height * scale) });
  const rows = ballot.names.map((name) => ({
    id: name.id,
    row: box(name.rowRect),
    boxes: [name.agreeBox, name.disagreeBox].filter((b): b is Rect => b !== undefined).map(box),
    doubtful: doubtful.has(name.id),
  }));
  return { mimeType: 'image/png', data: new Uint8Array(png), width: warped.width, height: warped.height, straightened: true, rows };
}

/**
 * The picture as a PNG file for a person working at the command line: the rows outlined, the
 * doubtful ones in a thick red frame (the screen draws the same frames over the picture).
 */
export async function pictureWithRowsPng(picture: ScanImage): Promise<Uint8Array> {
  const frame = (r: ScanBox, doubtful: boolean) =>
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${doubtful ? 'rgba(220,0,0,0.08)' : 'none'}" stroke="${doubtful ? '#d00000' : '#9a9a9a'}" stroke-width="${doubtful ? 5 : 1}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}">${picture.rows.map((r) => frame(r.row, r.doubtful)).join('')}</svg>`;
  const png = await sharp(picture.data).composite([{ input: Buffer.from(svg), top: 0, left: 0 }]).png().toBuffer();
  return new Uint8Array(png);
}
