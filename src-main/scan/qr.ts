import jsQR from 'jsqr';
import QRCode from 'qrcode';
import type { Rect } from '../../shared/scan/layout';
import { apply, type Homography } from './homography';
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
  const decode = (grey: (d: number) => number) => {
    const rgba = new Uint8ClampedArray(patch.width * patch.height * 4);
    for (let i = 0; i < patch.data.length; i++) {
      const v = grey(patch.data[i] as number);
      rgba[4 * i] = v;
      rgba[4 * i + 1] = v;
      rgba[4 * i + 2] = v;
      rgba[4 * i + 3] = 255;
    }
    return jsQR(rgba, patch.width, patch.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
  const direct = decode((d) => 255 - Math.round(255 * Math.min(1, d * 1.3)));
  if (direct !== null) return direct;
  // A blurred scan leaves the modules grey: cut at the code's own middle grey (its modules are about half dark).
  const sorted = Float32Array.from(patch.data).sort();
  const cut = ((sorted[Math.floor(sorted.length * 0.1)] as number) + (sorted[Math.floor(sorted.length * 0.9)] as number)) / 2;
  return cut > 0.08 ? decode((d) => (d > cut ? 0 : 255)) : null;
}

/**
 * For a code too blurred to decode: the share of its modules that agree with the code `text`
 * would print, read at each module's centre (the layout says where every module stands). The
 * code of another election agrees on about two thirds (the fixed patterns and chance), its own on
 * nearly all.
 */
export function qrAgreement(dark: Darkness, toImage: Homography, box: Rect, text: string, module: number, quiet: number): number {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const samples: number[] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const at = apply(toImage, { x: box.x + (quiet + c + 0.5) * module, y: box.y + (quiet + r + 0.5) * module });
      samples.push(sampleAt(dark, at.x, at.y));
    }
  }
  let dark1 = 0;
  let n1 = 0;
  let light = 0;
  let n0 = 0;
  samples.forEach((v, i) => (data[i] ? ((dark1 += v), n1++) : ((light += v), n0++)));
  const cut = (dark1 / Math.max(1, n1) + light / Math.max(1, n0)) / 2;
  if (dark1 / Math.max(1, n1) - light / Math.max(1, n0) < 0.15) return 0;
  return samples.filter((v, i) => (v > cut) === Boolean(data[i])).length / samples.length;
}

function sampleAt(dark: Darkness, x: number, y: number): number {
  const ix = Math.floor(x - 0.5);
  const iy = Math.floor(y - 0.5);
  if (ix < 0 || iy < 0 || ix + 1 >= dark.width || iy + 1 >= dark.height) return 0;
  const tx = x - 0.5 - ix;
  const ty = y - 0.5 - iy;
  const i = iy * dark.width + ix;
  const d = dark.data;
  return (d[i] as number) * (1 - tx) * (1 - ty) + (d[i + 1] as number) * tx * (1 - ty) + (d[i + dark.width] as number) * (1 - tx) * ty + (d[i + dark.width + 1] as number) * tx * ty;
}
