import sharp from 'sharp';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import type { ScanReading } from '../../shared/scan/reading';
import { decodeImage } from '../scan/decode';
import { warpRegion } from '../scan/warp';
import { readersTransform } from './scan-placement';

/** Pixels a point of a row's crop: enough to see a stroke, small enough for hundreds of papers. */
const CROP_SCALE = 2.5;

export interface RowCrop {
  id: string;
  mimeType: 'image/png';
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * The rows of some names on one scanned paper, each straightened with the transform the reader
 * found (issue 17, item 8: the committee looks at those rows on every scanned paper in one pass).
 * The image is decoded at about the size the reader read it. Null when the reading kept no
 * transform (a record from before, or from a congress file).
 */
export async function rowCrops(bytes: Uint8Array, layouts: readonly BallotLayout[], reading: ScanReading, ids: readonly string[]): Promise<RowCrop[] | null> {
  const placement = reading.placement;
  const layout = layouts.find((l) => l.perSheet === placement?.perSheet);
  if (!placement?.image || !layout) return null;
  const decoded = await decodeImage(bytes, Math.max(placement.image.width, placement.image.height));
  if (!decoded.ok) return null;
  const { image } = decoded;
  const toImage = readersTransform(reading, image.width, image.height);
  if (!toImage) return null;
  const ink = new Float32Array(image.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = 1 - (image.data[i] as number) / 255;
  const dark = { width: image.width, height: image.height, data: ink };
  const ballot = layout.ballots[0] as BallotOnPage;
  const crops: RowCrop[] = [];
  for (const id of ids) {
    const name = ballot.names.find((n) => n.id === id);
    if (!name) continue;
    const row: Rect = { x: name.rowRect.x - 2, y: name.rowRect.y - 2, width: name.rowRect.width + 4, height: name.rowRect.height + 4 };
    const warped = warpRegion(dark, toImage, row, CROP_SCALE);
    const grey = Buffer.alloc(warped.data.length);
    for (let i = 0; i < grey.length; i++) grey[i] = Math.round(255 * (1 - (warped.data[i] as number)));
    const png = await sharp(grey, { raw: { width: warped.width, height: warped.height, channels: 1 } }).png().toBuffer();
    crops.push({ id, mimeType: 'image/png', data: new Uint8Array(png), width: warped.width, height: warped.height });
  }
  return crops;
}
