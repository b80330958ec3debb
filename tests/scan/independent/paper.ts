/**
 * The physical paper: the printed sheet rendered by pdftoppm at 300 dpi (as a printer would put it
 * on paper), one ballot cut out of it (crooked, as scissors cut), the voter's ink drawn on it, and
 * what happens to paper: a fold, a stain. Coordinates: `PAPER_DPI` pixels.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { BallotLayout, Rect } from './layout';
import type { Rng } from './rng';

export const PAPER_DPI = 300;
const PX = PAPER_DPI / 72;
const MM = PAPER_DPI / 25.4;

export interface Raster {
  data: Buffer;
  width: number;
  height: number;
}

/** A cut-out ballot: the paper around it, and the cut (a quadrilateral TL, TR, BR, BL in its pixels). */
export interface Paper extends Raster {
  cut: [number, number][];
}

export interface PaperDefects {
  /** a crease across the paper where it was folded in half */
  fold?: 'ngang' | 'doc';
  /** a coffee or tea stain */
  stain?: boolean;
}

const sheets = new Map<string, Raster>();

/** The first page of a printed ballots PDF at 300 dpi, RGB (rendered once per file). */
export async function renderSheet(pdf: string): Promise<Raster> {
  const cached = sheets.get(pdf);
  if (cached) return cached;
  const png = `${pdf}.300.png`;
  if (!existsSync(png)) execFileSync('pdftoppm', ['-r', String(PAPER_DPI), '-png', '-singlefile', '-f', '1', '-l', '1', pdf, png.replace(/\.png$/, '')]);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const raster = { data, width: info.width, height: info.height };
  if (sheets.size >= 4) sheets.delete(sheets.keys().next().value as string);
  sheets.set(pdf, raster);
  return raster;
}

/**
 * Cuts ballot `slot` out of the sheet: a 1-up ballot is the whole sheet; a 2- or 4-up ballot is cut
 * along its slot with each corner off by up to `jitterMm` (in or out), so the cut is not square and
 * may keep a bit of the neighbour's margin or of the dashed cut line.
 */
function cutRegion(layout: BallotLayout, slot: Rect, sheet: Raster, rng: Rng, jitterMm: number): { region: Rect; cut: [number, number][] } {
  if (layout.perSheet === 1) {
    return { region: { x: 0, y: 0, width: sheet.width, height: sheet.height }, cut: [[0, 0], [sheet.width, 0], [sheet.width, sheet.height], [0, sheet.height]] };
  }
  const margin = Math.ceil(4 * MM);
  const x0 = Math.max(0, Math.floor(slot.x * PX) - margin);
  const y0 = Math.max(0, Math.floor(slot.y * PX) - margin);
  const x1 = Math.min(sheet.width, Math.ceil((slot.x + slot.width) * PX) + margin);
  const y1 = Math.min(sheet.height, Math.ceil((slot.y + slot.height) * PX) + margin);
  const region = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const j = (): number => rng.range(-jitterMm, jitterMm) * MM;
  const sx = slot.x * PX - x0;
  const sy = slot.y * PX - y0;
  const sw = slot.width * PX;
  const sh = slot.height * PX;
  const clampX = (v: number): number => Math.min(region.width, Math.max(0, v));
  const clampY = (v: number): number => Math.min(region.height, Math.max(0, v));
  const cut: [number, number][] = [[sx + j(), sy + j()], [sx + sw + j(), sy + j()], [sx + sw + j(), sy + sh + j()], [sx + j(), sy + sh + j()]].map(([x, y]) => [clampX(x as number), clampY(y as number)]);
  return { region, cut };
}

function defectsSvg(rng: Rng, slot: Rect, defects: PaperDefects): string {
  let svg = '';
  if (defects.fold) {
    const horizontal = defects.fold === 'ngang';
    const at = horizontal ? slot.y + slot.height * rng.range(0.47, 0.53) : slot.x + slot.width * rng.range(0.47, 0.53);
    const shade = rng.range(8, 20) * (72 / 25.4);
    const side = rng.chance(0.5) ? 1 : -1;
    const gradient = `<linearGradient id="fold" x1="${horizontal ? 0 : side > 0 ? 0 : 1}" y1="${horizontal ? (side > 0 ? 0 : 1) : 0}" x2="${horizontal ? 0 : side > 0 ? 1 : 0}" y2="${horizontal ? (side > 0 ? 1 : 0) : 0}"><stop offset="0" stop-color="#000" stop-opacity="${rng.range(0.05, 0.09).toFixed(3)}"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>`;
    const band = horizontal
      ? `<rect x="${slot.x}" y="${side > 0 ? at : at - shade}" width="${slot.width}" height="${shade}" fill="url(#fold)"/>`
      : `<rect x="${side > 0 ? at : at - shade}" y="${slot.y}" width="${shade}" height="${slot.height}" fill="url(#fold)"/>`;
    const tilt = rng.range(-1.5, 1.5);
    const line = horizontal
      ? `<line x1="${slot.x}" y1="${at}" x2="${slot.x + slot.width}" y2="${at + tilt}" stroke="#000" stroke-opacity="${rng.range(0.12, 0.2).toFixed(3)}" stroke-width="0.6"/>`
      : `<line x1="${at}" y1="${slot.y}" x2="${at + tilt}" y2="${slot.y + slot.height}" stroke="#000" stroke-opacity="${rng.range(0.12, 0.2).toFixed(3)}" stroke-width="0.6"/>`;
    svg += `<defs>${gradient}</defs>${band}${line}`;
  }
  if (defects.stain) {
    const r = rng.range(15, 40) * (72 / 25.4) / 2;
    const cx = slot.x + slot.width * rng.range(0.2, 0.8);
    const cy = slot.y + slot.height * rng.range(0.3, 0.75);
    const tone = rng.pick(['#a0743c', '#8c6a3f', '#b08a55']);
    svg += `<defs><radialGradient id="stain"><stop offset="0" stop-color="${tone}" stop-opacity="${rng.range(0.1, 0.2).toFixed(3)}"/><stop offset="0.82" stop-color="${tone}" stop-opacity="${rng.range(0.15, 0.25).toFixed(3)}"/><stop offset="0.92" stop-color="${tone}" stop-opacity="${rng.range(0.3, 0.4).toFixed(3)}"/><stop offset="1" stop-color="${tone}" stop-opacity="0"/></radialGradient></defs>`;
    svg += `<ellipse cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" rx="${r.toFixed(1)}" ry="${(r * rng.range(0.75, 1)).toFixed(1)}" transform="rotate(${rng.range(0, 180).toFixed(0)} ${cx.toFixed(1)} ${cy.toFixed(1)})" fill="url(#stain)"/>`;
  }
  return svg;
}

/**
 * One marked ballot on paper: cut from the printed sheet, the voter's ink (`inkSvg`, PDF points in
 * page coordinates) drawn on it, then the paper's defects. The same Paper scanned twice is a rescan.
 */
export async function makePaper(pdf: string, layout: BallotLayout, slotIndex: number, inkSvg: string, defects: PaperDefects, rng: Rng, cutJitterMm = 2.2): Promise<Paper> {
  const sheet = await renderSheet(pdf);
  const ballot = layout.ballots[slotIndex];
  if (!ballot) throw new Error(`no ballot ${slotIndex} on the sheet`);
  const { region, cut } = cutRegion(layout, ballot.slot, sheet, rng, cutJitterMm);
  const scale = PX;
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${region.width}" height="${region.height}"><g transform="translate(${-region.x} ${-region.y}) scale(${scale})">${inkSvg}${defectsSvg(rng, ballot.slot, defects)}</g></svg>`;
  const { data, info } = await sharp(sheet.data, { raw: { width: sheet.width, height: sheet.height, channels: 3 } })
    .extract({ left: region.x, top: region.y, width: region.width, height: region.height })
    .composite([{ input: Buffer.from(overlay), top: 0, left: 0 }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, cut };
}
