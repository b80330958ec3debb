import type { Rect } from '../../shared/scan/layout';
import { apply, type Homography } from './homography';
import type { Darkness } from './image';

/**
 * The darkness of the image under a rectangle of the ballot, resampled at `scale` pixels a point:
 * for each output pixel, the ballot point it stands for is taken through the transform to the
 * image and read there (bilinear). Outside the image counts as paper.
 */
export function warpRegion(dark: Darkness, toImage: Homography, region: Rect, scale: number): Darkness {
  const width = Math.max(1, Math.round(region.width * scale));
  const height = Math.max(1, Math.round(region.height * scale));
  const out = new Float32Array(width * height);
  const src = dark.data;
  const sw = dark.width;
  const sh = dark.height;
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = toImage as [number, number, number, number, number, number, number, number, number];
  for (let y = 0; y < height; y++) {
    const py = region.y + (y + 0.5) / scale;
    for (let x = 0; x < width; x++) {
      const px = region.x + (x + 0.5) / scale;
      const w = h6 * px + h7 * py + h8;
      const ix = (h0 * px + h1 * py + h2) / w - 0.5;
      const iy = (h3 * px + h4 * py + h5) / w - 0.5;
      const x0 = Math.floor(ix);
      const y0 = Math.floor(iy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= sw || y0 + 1 >= sh) continue;
      const tx = ix - x0;
      const ty = iy - y0;
      const i = y0 * sw + x0;
      out[y * width + x] =
        (src[i] as number) * (1 - tx) * (1 - ty) + (src[i + 1] as number) * tx * (1 - ty) + (src[i + sw] as number) * (1 - tx) * ty + (src[i + sw + 1] as number) * tx * ty;
    }
  }
  return { width, height, data: out };
}

/** Whether the whole rectangle falls inside the image. */
export function insideImage(dark: Darkness, toImage: Homography, region: Rect): boolean {
  return [
    { x: region.x, y: region.y },
    { x: region.x + region.width, y: region.y },
    { x: region.x, y: region.y + region.height },
    { x: region.x + region.width, y: region.y + region.height },
  ].every((p) => {
    const q = apply(toImage, p);
    return q.x >= 0 && q.y >= 0 && q.x < dark.width && q.y < dark.height;
  });
}
