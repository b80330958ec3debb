import sharp, { type OverlayOptions } from 'sharp';
import { textMarkup } from '../scan/template';
import type { RowCrop } from './scan-crops';

/** Crops a line of the sheet holds. */
const ACROSS = 3;

/**
 * The rows of one name on many papers as one PNG for the command line (issue 17, item 8): a title,
 * then the crops three across, each with its caption under it ("Phiếu số 12: gạch"), in the
 * bundled font's outlines (the same letters on every system).
 */
export async function cropSheetPng(title: string, tiles: readonly { caption: string; crop: RowCrop }[]): Promise<Uint8Array> {
  const width = Math.max(...tiles.map((t) => t.crop.width), 400);
  const height = Math.max(...tiles.map((t) => t.crop.height), 40);
  const size = 22;
  const gap = 16;
  const cell = { width: width + gap, height: height + size * 1.6 + gap };
  const head = Math.round(size * 2.4);
  const rows = Math.max(1, Math.ceil(tiles.length / ACROSS));
  const sheet = { width: Math.round(cell.width * ACROSS + gap), height: Math.round(head + cell.height * rows + gap) };
  const layers: OverlayOptions[] = [];
  const words: string[] = [textMarkup(title, gap, Math.round(size * 0.6), size * 1.1)];
  tiles.forEach((tile, i) => {
    const left = Math.round(gap + (i % ACROSS) * cell.width);
    const top = Math.round(head + Math.floor(i / ACROSS) * cell.height);
    layers.push({ input: Buffer.from(tile.crop.data), left, top });
    words.push(textMarkup(tile.caption, left, top + tile.crop.height + 4, size));
  });
  layers.push({ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${sheet.width}" height="${sheet.height}">${words.join('')}</svg>`), left: 0, top: 0 });
  const png = await sharp({ create: { width: sheet.width, height: sheet.height, channels: 3, background: '#ffffff' } }).composite(layers).png().toBuffer();
  return new Uint8Array(png);
}
