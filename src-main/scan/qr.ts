import jsQR from 'jsqr';
import type { Rect } from '../../shared/scan/layout';
import type { Homography } from './homography';
import type { Darkness } from './image';
import { warpRegion } from './warp';

/**
 * The text of the QR code standing in `box` (ballot points), read through the transform, or null.
 * The code is resampled upright at 3 pixels a point (4.5 pixels a module) and handed to jsQR;
 * `scale` lower to look over a whole slip.
 */
export function readQr(dark: Darkness, toImage: Homography, box: Rect, scale = 3): string | null {
  const margin = box.width * 0.1;
  const region = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const patch = warpRegion(dark, toImage, region, scale);
  const rgba = new Uint8ClampedArray(patch.width * patch.height * 4);
  for (let i = 0; i < patch.data.length; i++) {
    const v = 255 - Math.round(255 * Math.min(1, (patch.data[i] as number) * 1.3));
    rgba[4 * i] = v;
    rgba[4 * i + 1] = v;
    rgba[4 * i + 2] = v;
    rgba[4 * i + 3] = 255;
  }
  const found = jsQR(rgba, patch.width, patch.height, { inversionAttempts: 'dontInvert' });
  return found ? found.data : null;
}
