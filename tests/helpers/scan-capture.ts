import sharp from 'sharp';
import { apply, homographyFrom } from '../../src-main/scan/homography';
import { between } from './scan-marks';
import type { PaperImage } from './scan-paper';
import type { ScanParams } from './scan-scanner';

/**
 * How a paper picture becomes an image file: a flatbed scanner (scan-scanner.ts's distortions, and
 * an office scanner's 1-bit mode), or a phone photo (perspective, a shadow, a table around it).
 */

/** An office scanner's settings beyond the flatbed's: 1-bit (every pixel black or white at `threshold`), as PNG or CCITT G4 TIFF; the lid's colour round the slip. */
export interface OfficeParams {
  bits?: 1;
  threshold?: number;
  tiff?: boolean;
  lid?: string;
}

type Random = () => number;

function gaussian(random: Random): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The flatbed: the paper resampled to the scan's resolution, laid on the glass (shift, turn), blurred, lit unevenly, grainy, then written as the scanner writes it. */
export async function flatbedScan(paper: PaperImage, params: ScanParams, random: Random, office: OfficeParams = {}): Promise<Uint8Array> {
  const ppp = (params.dpi / 72) * params.scale;
  const width = Math.max(1, Math.round(paper.view.width * ppp));
  const height = Math.max(1, Math.round(paper.view.height * ppp));
  const px = (pt: number) => Math.max(0, Math.round((pt * params.dpi) / 72));
  let image = sharp(await sharp(paper.png).resize(width, height, { kernel: 'linear' }).png().toBuffer()).extend({ left: px(params.shift.x), top: px(params.shift.y), right: px(12), bottom: px(12), background: office.lid ?? '#ffffff' });
  if (params.rotation !== 0) image = sharp(await image.png().toBuffer()).rotate(params.rotation, { background: office.lid ?? '#ffffff' });
  if (params.blur >= 0.3) image = sharp(await image.png().toBuffer()).blur(params.blur);
  const { data, info } = await image.greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height);
  const angle = random() * 2 * Math.PI;
  const ax = Math.cos(angle);
  const ay = Math.sin(angle);
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const t = ((x / info.width - 0.5) * ax + (y / info.height - 0.5) * ay + 0.71) / 1.42;
      const v = (data[(y * info.width + x) * info.channels] as number) * (1 - params.light * t) * 0.97 + (params.noise > 0 ? params.noise * gaussian(random) : 0);
      out[y * info.width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return writeImage(out, info.width, info.height, params.jpeg, office);
}

async function writeImage(grey: Buffer, width: number, height: number, jpeg: number | null, office: OfficeParams): Promise<Uint8Array> {
  const raw = sharp(grey, { raw: { width, height, channels: 1 } });
  if (office.bits === 1) {
    const cut = raw.threshold(office.threshold ?? 150);
    return new Uint8Array(office.tiff ? await cut.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer() : await cut.png({ palette: true, colours: 2 }).toBuffer());
  }
  return new Uint8Array(jpeg === null ? await raw.png().toBuffer() : await raw.jpeg({ quality: jpeg }).toBuffer());
}

/** A phone photo of a paper lying on a table. */
export interface PhotoParams {
  /** The paper's resolution in the photo, dots per inch of paper. */
  dpi: number;
  /** Keystone: one edge of the paper this much shorter than the opposite one (0.04: 4 %), the phone held at a slant. */
  keystone: number;
  /** Which edge is the far one (the shorter). */
  farEdge: 'top' | 'bottom' | 'left' | 'right';
  rotation: number;
  /** A shadow (the phone, a hand) over part of the paper: how much darker, the angle and place of its edge, and how soft the edge is (pixels). */
  shadow: { depth: number; angle: number; offset: number; softness: number } | null;
  /** The table's grey around the paper. */
  table: number;
  blur: number;
  noise: number;
  jpeg: number;
}

export function randomPhoto(random: Random, keystone = between(random, 0, 0.06)): PhotoParams {
  return {
    dpi: between(random, 110, 180),
    keystone,
    farEdge: (['top', 'bottom', 'left', 'right'] as const)[Math.floor(random() * 4)] as PhotoParams['farEdge'],
    rotation: between(random, -6, 6),
    shadow: random() < 0.6 ? { depth: between(random, 0.15, 0.4), angle: between(random, 0, 2 * Math.PI), offset: between(random, -0.3, 0.3), softness: between(random, 2, 25) } : null,
    table: between(random, 60, 150),
    blur: between(random, 0.3, 1),
    noise: between(random, 2, 6),
    jpeg: Math.round(between(random, 70, 92)),
  };
}

/** The photo: the paper through a perspective (keystone), turned, on a table, a shadow across it, soft and grainy, as JPEG. */
export async function phonePhoto(paper: PaperImage, params: PhotoParams, random: Random): Promise<Uint8Array> {
  const s = params.dpi / 72;
  const pw = paper.view.width * s;
  const ph = paper.view.height * s;
  const W = Math.round(Math.max(pw, ph) * 1.25);
  const H = Math.round(Math.max(pw, ph) * 1.25 * (ph > pw ? 1 : 0.8));
  // The paper's corners in the photo: a trapezoid (its far edge shorter), turned about the centre.
  const k = params.keystone / 2;
  let quad = [
    { x: -pw / 2, y: -ph / 2 },
    { x: pw / 2, y: -ph / 2 },
    { x: pw / 2, y: ph / 2 },
    { x: -pw / 2, y: ph / 2 },
  ];
  const squeeze = (p: { x: number; y: number }, edge: PhotoParams['farEdge']) => {
    if (edge === 'top') return { x: p.x * (1 - (k * (0.5 - p.y / ph)) * 2), y: p.y };
    if (edge === 'bottom') return { x: p.x * (1 - (k * (0.5 + p.y / ph)) * 2), y: p.y };
    if (edge === 'left') return { x: p.x, y: p.y * (1 - (k * (0.5 - p.x / pw)) * 2) };
    return { x: p.x, y: p.y * (1 - (k * (0.5 + p.x / pw)) * 2) };
  };
  const a = (params.rotation * Math.PI) / 180;
  quad = quad.map((p) => squeeze(p, params.farEdge)).map((p) => ({ x: W / 2 + p.x * Math.cos(a) - p.y * Math.sin(a), y: H / 2 + p.x * Math.sin(a) + p.y * Math.cos(a) }));
  const toPaper = homographyFrom(quad, [
    { x: 0, y: 0 },
    { x: pw, y: 0 },
    { x: pw, y: ph },
    { x: 0, y: ph },
  ]);
  if (!toPaper) throw new Error('no perspective');
  // The paper at the photo's scale (blurred as a lens would), sampled through the perspective.
  const small = await sharp(paper.png).resize(Math.round(pw), Math.round(ph), { kernel: 'linear' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const src = small.data;
  const sw = small.info.width;
  const sh = small.info.height;
  const out = Buffer.alloc(W * H);
  const shadow = params.shadow;
  const sx = shadow ? Math.cos(shadow.angle) : 0;
  const sy = shadow ? Math.sin(shadow.angle) : 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const p = apply(toPaper, { x: x + 0.5, y: y + 0.5 });
      let v: number;
      const ix = p.x - 0.5;
      const iy = p.y - 0.5;
      const x0 = Math.floor(ix);
      const y0 = Math.floor(iy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= sw || y0 + 1 >= sh) v = params.table + 8 * Math.sin(x / 37) * Math.cos(y / 53);
      else {
        const tx = ix - x0;
        const ty = iy - y0;
        const i = y0 * sw + x0;
        v = (src[i] as number) * (1 - tx) * (1 - ty) + (src[i + 1] as number) * tx * (1 - ty) + (src[i + sw] as number) * (1 - tx) * ty + (src[i + sw + 1] as number) * tx * ty;
        v *= 0.93;
      }
      if (shadow) {
        const d = (x - W / 2) * sx + (y - H / 2) * sy - shadow.offset * Math.min(W, H);
        const t = 1 / (1 + Math.exp(-d / Math.max(0.5, shadow.softness / 4)));
        v *= 1 - shadow.depth * t;
      }
      out[y * W + x] = Math.max(0, Math.min(255, Math.round(v + params.noise * gaussian(random))));
    }
  }
  const blurred = params.blur >= 0.3 ? await sharp(out, { raw: { width: W, height: H, channels: 1 } }).blur(params.blur).extractChannel(0).raw().toBuffer() : out;
  return new Uint8Array(await sharp(blurred, { raw: { width: W, height: H, channels: 1 } }).jpeg({ quality: params.jpeg }).toBuffer());
}
