import sharp from 'sharp';
import type { ScanBox, ScanImage } from '../../shared/api/scan-views';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import { marginLabels, type MarginLabel } from '../../shared/scan/picture-labels';
import type { ScanReading } from '../../shared/scan/reading';
import { decodeImage } from '../scan/decode';
import { darknessAgainstPaper } from '../scan/image';
import { locateBallot } from '../scan/locate';
import { textMarkup } from '../scan/template';
import { warpRegion } from '../scan/warp';
import { readersTransform } from './scan-placement';

/** The longest side of the picture shown to a person, in pixels: about the scan's own resolution, so that zooming in shows what the scanner saw. */
const SHOWN_SIDE = 2600;
/** At most this many pixels a point (about 290 dpi). */
const MAX_SCALE = 4;

/**
 * The picture a person decides on: the scanned ballot straightened onto its printed layout with
 * the transform the reader found (phone photos too: the transform carries the perspective), so
 * that the rows of the layout lie exactly on it and the doubtful ones can be framed. A reading
 * from before the transform was kept is located again as the reader locates. An image on which no
 * ballot is found is shown as it is, and says so (`straightened: false`).
 */
export async function scanPicture(bytes: Uint8Array, layouts: readonly BallotLayout[], reading: ScanReading | null, doubts: ReadonlyMap<string, string>): Promise<ScanImage | null> {
  const decoded = await decodeImage(bytes, SHOWN_SIDE);
  if (!decoded.ok) return null;
  const { image } = decoded;
  const perSheet = reading?.placement?.perSheet;
  const layout = layouts.find((l) => l.perSheet === perSheet);
  const stored = layout ? readersTransform(reading, image.width, image.height) : null;
  const found = stored && layout ? { layout, toImage: stored } : (() => {
    const located = locateBallot(darknessAgainstPaper(image), layouts);
    return located.ok ? { layout: located.found.layout, toImage: located.found.toImage } : null;
  })();
  if (!found) {
    const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } }).resize({ width: 1400, height: 1400, fit: 'inside', withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
    return { mimeType: 'image/png', data: new Uint8Array(data), width: info.width, height: info.height, straightened: false, rows: [] };
  }
  const ballot = found.layout.ballots[0] as BallotOnPage;
  const { slot } = ballot;
  const scale = Math.min(MAX_SCALE, SHOWN_SIDE / Math.max(slot.width, slot.height));
  // Ink as darkness (0 paper … 1 black), so that what lies outside the image comes out as paper.
  const ink = new Float32Array(image.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = 1 - (image.data[i] as number) / 255;
  const warped = warpRegion({ width: image.width, height: image.height, data: ink }, found.toImage, slot, scale);
  const grey = Buffer.alloc(warped.data.length);
  for (let i = 0; i < grey.length; i++) grey[i] = Math.round(255 * (1 - (warped.data[i] as number)));
  const png = await sharp(grey, { raw: { width: warped.width, height: warped.height, channels: 1 } }).png().toBuffer();
  const box = (r: Rect): ScanBox => ({ x: Math.round((r.x - slot.x) * scale), y: Math.round((r.y - slot.y) * scale), width: Math.round(r.width * scale), height: Math.round(r.height * scale) });
  const rows = ballot.names.map((name) => ({
    id: name.id,
    number: name.number,
    row: box(name.rowRect),
    name: box(name.nameRect),
    boxes: [name.agreeBox, name.disagreeBox].filter((b): b is Rect => b !== undefined).map(box),
    doubtful: doubts.has(name.id),
    reason: doubts.get(name.id) ?? null,
  }));
  return { mimeType: 'image/png', data: new Uint8Array(png), width: warped.width, height: warped.height, straightened: true, rows };
}

/** The labels of the picture's doubtful rows, in its margins (shared/scan/picture-labels.ts). */
export function pictureLabels(picture: ScanImage): { left: number; right: number; labels: MarginLabel[] } {
  return marginLabels(picture, picture.rows.filter((r) => r.doubtful).map((r) => ({ id: r.id, number: r.number, row: r.row, reason: r.reason ?? '' })));
}

/**
 * The picture as a PNG file for a person working at the command line, as the screen shows it: the
 * rows outlined, the doubtful ones in a thick frame with their label and reason beside them in a
 * margin, never over a name.
 */
export async function pictureWithRowsPng(picture: ScanImage): Promise<Uint8Array> {
  const { left, right, labels } = pictureLabels(picture);
  const width = left + picture.width + right;
  const frame = (r: ScanBox, doubtful: boolean) =>
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${doubtful ? 'rgba(255,170,0,0.18)' : 'none'}" stroke="${doubtful ? '#c05a00' : '#9a9a9a'}" stroke-width="${doubtful ? 5 : 1}"/>`;
  // The label's words as the bundled font's outlines (the same on every system), in pixels.
  const label = (l: MarginLabel) =>
    `<line x1="${l.from.x}" y1="${l.from.y}" x2="${l.to.x}" y2="${l.to.y}" stroke="#c05a00" stroke-width="3"/>` +
    l.lines.map((line, i) => textMarkup(line, l.x, l.y + i * l.lineHeight, i === 0 ? l.fontSize : l.fontSize * 0.9).replace('fill="black"', `fill="${i === 0 ? '#a04800' : '#222222'}"`)).join('');
  const margins = [...(left > 0 ? [`<rect x="${-left}" y="0" width="${left}" height="${picture.height}" fill="#f4f1ea"/>`] : []), ...(right > 0 ? [`<rect x="${picture.width}" y="0" width="${right}" height="${picture.height}" fill="#f4f1ea"/>`] : [])];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${picture.height}" viewBox="${-left} 0 ${width} ${picture.height}">${margins.join('')}${picture.rows.map((r) => frame(r.row, r.doubtful)).join('')}${labels.map(label).join('')}</svg>`;
  const extended = await sharp(picture.data).extend({ left, right, background: '#ffffff' }).png().toBuffer();
  const png = await sharp(extended).composite([{ input: Buffer.from(svg), top: 0, left: 0 }]).png().toBuffer();
  return new Uint8Array(png);
}
