import sharp from 'sharp';

/** How the simulated scanner distorts a ballot. */
export interface ScanParams {
  dpi: number;
  /** Degrees, clockwise; add 180 for a slip fed upside down. */
  rotation: number;
  /** Printed size against the true size (a printer's "fit to page"). */
  scale: number;
  /** Where the slip lies on the glass, in points of white around it (left, top). */
  shift: { x: number; y: number };
  /** Gaussian blur σ in pixels (0: none). */
  blur: number;
  /** Gaussian noise σ in grey levels. */
  noise: number;
  /** Uneven light: the far side this much darker (0–0.4). */
  light: number;
  /** JPEG quality, or null for PNG. */
  jpeg: number | null;
}

export const CLEAN: ScanParams = { dpi: 150, rotation: 0, scale: 1, shift: { x: 12, y: 12 }, blur: 0, noise: 0, light: 0, jpeg: null };

/** Distortions drawn at random within the ranges: rotation ±3°, scale 97–103 %, shift, blur, noise, uneven light, JPEG 50–90. */
export function randomScan(random: () => number): ScanParams {
  const between = (a: number, b: number) => a + (b - a) * random();
  return {
    dpi: random() < 0.7 ? 150 : 200,
    rotation: between(-3, 3),
    scale: between(0.97, 1.03),
    shift: { x: between(4, 30), y: between(4, 30) },
    blur: random() < 0.5 ? between(0.3, 1.2) : 0,
    noise: between(0, 10),
    light: between(0, 0.3),
    jpeg: random() < 0.8 ? Math.round(between(50, 90)) : null,
  };
}

/** A standard normal deviate (Box–Muller) from the seeded generator. */
function gaussian(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The image file a scanner would write for the SVG of one slip (its view: the slip, in points). */
export async function scanSvg(svg: string, slip: { width: number; height: number }, params: ScanParams, random: () => number): Promise<Uint8Array> {
  const ppp = (params.dpi / 72) * params.scale;
  const width = Math.round(slip.width * ppp);
  const height = Math.round(slip.height * ppp);
  const sized = svg.replace(/width="\d+" height="\d+"/, `width="${width}" height="${height}"`);
  const px = (pt: number) => Math.max(0, Math.round((pt * params.dpi) / 72));
  let image = sharp(Buffer.from(sized)).flatten({ background: '#ffffff' }).extend({ left: px(params.shift.x), top: px(params.shift.y), right: px(12), bottom: px(12), background: '#ffffff' });
  if (params.rotation !== 0) image = sharp(await image.png().toBuffer()).rotate(params.rotation, { background: '#ffffff' });
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
  const raw = sharp(out, { raw: { width: info.width, height: info.height, channels: 1 } });
  return new Uint8Array(params.jpeg === null ? await raw.png().toBuffer() : await raw.jpeg({ quality: params.jpeg }).toBuffer());
}
