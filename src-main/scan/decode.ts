import sharp, { type Metadata } from 'sharp';
import type { Grey } from './image';

/** Images larger than this are refused before they are decoded (A4 at 600 dpi is 35 Mpx). */
export const MAX_INPUT_PIXELS = 60_000_000;
/** Files larger than this are refused unread. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export type Decoded = { ok: true; image: Grey; original: { width: number; height: number; format: string } } | { ok: false; reason: string };

const READABLE = new Set(['png', 'jpeg', 'tiff']);

/**
 * The image's bytes as a grey picture, no larger than `maxSide` pixels on its longer side (the
 * reader needs no more than about 190 dpi). PNG, JPEG and TIFF of one page; anything else (a
 * TIFF of several pages, a damaged or truncated file, one too large) is refused with the reason
 * in Vietnamese.
 */
export async function decodeImage(bytes: Uint8Array, maxSide: number): Promise<Decoded> {
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, reason: `Tệp ảnh quá lớn (${Math.round(bytes.length / 1024 / 1024)} MB, tối đa ${MAX_INPUT_BYTES / 1024 / 1024} MB)` };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: 'Tệp không phải ảnh PNG, JPEG hay TIFF, hoặc ảnh đã hỏng' };
  }
  if (!meta.format || !READABLE.has(meta.format)) return { ok: false, reason: `Ảnh dạng ${meta.format ?? 'không rõ'}: chỉ đọc ảnh PNG, JPEG hoặc TIFF` };
  // A file of several pages is refused whole, naming them: reading its first page alone would drop the others without a word.
  if ((meta.pages ?? 1) > 1) return { ok: false, reason: `Tệp ảnh có ${meta.pages} trang: mỗi tệp chỉ được là ảnh của một phiếu. Hãy đặt máy quét lưu mỗi trang thành một tệp riêng rồi quét lại các phiếu này` };
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width * height > MAX_INPUT_PIXELS) return { ok: false, reason: `Ảnh quá lớn (${width}×${height} điểm ảnh, tối đa ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh)` };
  if (width < 200 || height < 200) return { ok: false, reason: `Ảnh quá nhỏ (${width}×${height} điểm ảnh): hãy quét ở 150–300 dpi` };
  const factor = Math.min(1, maxSide / Math.max(width, height));
  try {
    const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' }).autoOrient().greyscale();
    const resized = factor < 1 ? pipeline.resize(Math.round(width * factor), Math.round(height * factor), { kernel: 'linear' }) : pipeline;
    const { data, info } = await resized.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) return { ok: false, reason: 'Không đọc được ảnh' };
    return { ok: true, image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }, original: { width, height, format: meta.format } };
  } catch {
    return { ok: false, reason: 'Ảnh bị hỏng hoặc không trọn vẹn (tệp bị cắt ngang): không đọc được' };
  }
}
