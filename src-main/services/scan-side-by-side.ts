import sharp, { type OverlayOptions } from 'sharp';
import type { ScanImage } from '../../shared/api/scan-views';
import { textMarkup } from '../scan/template';

/** Two (or more) pictures side by side, each with a line of words above it, as one PNG (the same letters on every system: the bundled font's outlines). */
export async function sideBySidePng(parts: readonly { picture: ScanImage; title: string }[]): Promise<Uint8Array> {
  const gap = 40;
  const size = Math.max(18, Math.round(Math.max(...parts.map((p) => p.picture.width)) / 36));
  const header = Math.round(size * 2);
  const width = parts.reduce((sum, p) => sum + p.picture.width, 0) + gap * (parts.length - 1);
  const height = header + Math.max(...parts.map((p) => p.picture.height));
  let x = 0;
  const layers: OverlayOptions[] = [];
  const titles: string[] = [];
  for (const part of parts) {
    layers.push({ input: Buffer.from(part.picture.data), left: x, top: header });
    titles.push(textMarkup(part.title, x + 4, Math.round(size * 0.4), size));
    x += part.picture.width + gap;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${header}">${titles.join('')}</svg>`;
  layers.push({ input: Buffer.from(svg), left: 0, top: 0 });
  const png = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite(layers).png().toBuffer();
  return new Uint8Array(png);
}
