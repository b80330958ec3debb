/**
 * Scanning conditions, seeded: a flatbed at 150/200/300 dpi, skew, JPEG quality, noise, uneven light,
 * 1-bit office scans, 2- and 4-up slips cut crooked, a fold, a stain, a phone photo (keystone,
 * shadow, lower resolution), and the rescan of a paper already scanned.
 */
import sharp from 'sharp';
import { PAPER_DPI, type Paper, type PaperDefects } from './paper';
import type { Rng } from './rng';
import { capture, place, type Light } from './warp';

export type Encoding = { type: 'png' } | { type: 'jpeg'; quality: number } | { type: 'bilevel'; threshold: number; container: 'tiff' | 'png' };

export interface ScanParams {
  /** pixels per inch of paper in the capture */
  dpi: number;
  rotation: number;
  keystone: number;
  keystoneEdge: 'top' | 'bottom' | 'left' | 'right';
  marginMm: number;
  shiftMm: [number, number];
  background: [number, number, number];
  /** how white the paper comes out (1 = 255) */
  white: number;
  light: Light;
  noise: number;
  blur: number;
  encoding: Encoding;
  /** a scanner records its dpi in the file; a phone does not */
  recordsDpi: boolean;
}

export type ConditionKey = 'phang-300' | 'phang-200' | 'phang-150' | 'nghieng' | 'jpeg-thap' | 'nhieu' | 'sang-khong-deu' | 'den-trang' | 'cat-2' | 'cat-4' | 'gap-doi' | 'vet-ban' | 'dien-thoai' | 'quet-lai';

export interface Condition {
  key: ConditionKey;
  label: string;
  perSheet: 1 | 2 | 4;
  defects: (rng: Rng) => PaperDefects;
  scan: (rng: Rng) => ScanParams;
}

function flatbed(rng: Rng, dpi: number, over: Partial<ScanParams> = {}): ScanParams {
  return {
    dpi,
    rotation: rng.range(-1, 1),
    keystone: 0,
    keystoneEdge: 'top',
    marginMm: rng.range(2, 8),
    shiftMm: [rng.range(0, 4), rng.range(0, 4)],
    background: [244, 244, 242],
    white: rng.range(0.94, 0.99),
    light: { angle: rng.range(0, 2 * Math.PI), depth: rng.range(0, 0.05) },
    noise: rng.range(1.5, 4),
    blur: rng.range(0, 0.5),
    encoding: rng.chance(0.3) ? { type: 'png' } : { type: 'jpeg', quality: rng.int(80, 92) },
    recordsDpi: true,
    ...over,
  };
}

function phone(rng: Rng): ScanParams {
  return {
    dpi: rng.range(110, 150),
    rotation: rng.range(-3, 3),
    keystone: rng.range(0.02, 0.06),
    keystoneEdge: rng.pick(['top', 'bottom', 'left', 'right'] as const),
    marginMm: rng.range(8, 20),
    shiftMm: [rng.range(0, 6), rng.range(0, 6)],
    background: rng.pick([[112, 86, 60], [70, 70, 74], [150, 140, 125]] as [number, number, number][]),
    white: rng.range(0.85, 0.95),
    light: { angle: rng.range(0, 2 * Math.PI), depth: rng.range(0.08, 0.2), shadow: { angle: rng.range(0, 2 * Math.PI), at: rng.range(0.3, 0.8), softness: rng.range(6, 40), depth: rng.range(0.2, 0.4) } },
    noise: rng.range(3, 6),
    blur: rng.range(0.5, 0.9),
    encoding: { type: 'jpeg', quality: rng.int(78, 90) },
    recordsDpi: false,
  };
}

const none = (): PaperDefects => ({});

export const CONDITIONS: Record<ConditionKey, Condition> = {
  'phang-300': { key: 'phang-300', label: 'máy quét phẳng 300 dpi', perSheet: 1, defects: none, scan: (r) => flatbed(r, 300) },
  'phang-200': { key: 'phang-200', label: 'máy quét phẳng 200 dpi', perSheet: 1, defects: none, scan: (r) => flatbed(r, 200) },
  'phang-150': { key: 'phang-150', label: 'máy quét phẳng 150 dpi', perSheet: 1, defects: none, scan: (r) => flatbed(r, 150) },
  nghieng: { key: 'nghieng', label: 'đặt lệch 2–4°', perSheet: 1, defects: none, scan: (r) => flatbed(r, 200, { rotation: (r.chance(0.5) ? 1 : -1) * r.range(2, 4) }) },
  'jpeg-thap': { key: 'jpeg-thap', label: 'JPEG chất lượng thấp (25–45)', perSheet: 1, defects: none, scan: (r) => flatbed(r, 200, { encoding: { type: 'jpeg', quality: r.int(25, 45) } }) },
  nhieu: { key: 'nhieu', label: 'nhiễu hạt', perSheet: 1, defects: none, scan: (r) => flatbed(r, 200, { noise: r.range(10, 18) }) },
  'sang-khong-deu': { key: 'sang-khong-deu', label: 'sáng không đều', perSheet: 1, defects: none, scan: (r) => flatbed(r, 200, { light: { angle: r.range(0, 2 * Math.PI), depth: r.range(0.25, 0.4) } }) },
  'den-trang': {
    key: 'den-trang', label: 'quét đen trắng 1 bit', perSheet: 1, defects: none,
    scan: (r) => flatbed(r, r.pick([200, 300]), { blur: 0.6, encoding: { type: 'bilevel', threshold: r.int(150, 175), container: r.chance(0.5) ? 'tiff' : 'png' } }),
  },
  'cat-2': { key: 'cat-2', label: '2 phiếu một tờ, cắt lệch', perSheet: 2, defects: none, scan: (r) => flatbed(r, r.pick([200, 300])) },
  'cat-4': { key: 'cat-4', label: '4 phiếu một tờ, cắt lệch', perSheet: 4, defects: none, scan: (r) => flatbed(r, r.pick([200, 300])) },
  'gap-doi': { key: 'gap-doi', label: 'nếp gấp', perSheet: 1, defects: (r) => ({ fold: r.chance(0.6) ? 'ngang' : 'doc' }), scan: (r) => flatbed(r, 200) },
  'vet-ban': { key: 'vet-ban', label: 'vết bẩn (cà phê, nước chè)', perSheet: 1, defects: () => ({ stain: true }), scan: (r) => flatbed(r, 200) },
  'dien-thoai': { key: 'dien-thoai', label: 'chụp bằng điện thoại', perSheet: 1, defects: none, scan: phone },
  'quet-lai': { key: 'quet-lai', label: 'quét lại cùng một tờ', perSheet: 1, defects: none, scan: (r) => flatbed(r, r.pick([200, 300])) },
};

export interface ScannedImage {
  bytes: Buffer;
  ext: 'png' | 'jpg' | 'tif';
}

/** One capture of a paper under the given conditions, encoded as the scanner or phone writes it. */
export async function scanPaper(paper: Paper, params: ScanParams, rng: Rng): Promise<ScannedImage> {
  const factor = params.dpi / PAPER_DPI;
  const width = Math.max(1, Math.round(paper.width * factor));
  const height = Math.max(1, Math.round(paper.height * factor));
  const data = await sharp(paper.data, { raw: { width: paper.width, height: paper.height, channels: 3 } }).resize(width, height, { kernel: 'lanczos3' }).raw().toBuffer();
  const cut = paper.cut.map(([x, y]): [number, number] => [x * (width / paper.width), y * (height / paper.height)]);
  const mm = params.dpi / 25.4;
  const placement = place(width, height, params.rotation, params.keystone, params.keystoneEdge, params.marginMm * mm, [params.shiftMm[0] * mm, params.shiftMm[1] * mm]);
  const shot = capture({ data, width, height, cut }, placement, params.background, params.white, params.light, params.noise, rng);
  let image = sharp(shot.data, { raw: { width: shot.width, height: shot.height, channels: 3 } });
  if (params.blur >= 0.3) image = image.blur(params.blur);
  if (params.recordsDpi) image = image.withDensity(Math.round(params.dpi));
  const enc = params.encoding;
  if (enc.type === 'jpeg') return { bytes: await image.jpeg({ quality: enc.quality }).toBuffer(), ext: 'jpg' };
  if (enc.type === 'png') return { bytes: await image.png({ compressionLevel: 4 }).toBuffer(), ext: 'png' };
  const grey = await image.greyscale().threshold(enc.threshold).raw().toBuffer({ resolveWithObject: true });
  const bilevel = sharp(grey.data, { raw: { width: grey.info.width, height: grey.info.height, channels: grey.info.channels } }).extractChannel(0).toColourspace('b-w');
  const withDpi = params.recordsDpi ? bilevel.withDensity(Math.round(params.dpi)) : bilevel;
  if (enc.container === 'tiff') return { bytes: await withDpi.tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer(), ext: 'tif' };
  return { bytes: await withDpi.png({ palette: true, colours: 2 }).toBuffer(), ext: 'png' };
}
