import sharp from 'sharp';
import { A4 } from '../../src-main/pdf/ballot-layout';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';
import { ballotMarkup } from './scan-ballot';
import { between } from './scan-marks';
import type { PrintedBallots } from './scan-print';

/**
 * A marked ballot paper as a grey picture, before any scanner: the print (drawn from the layout, or
 * the real PDF), the voter's marks, and what happens to paper: cut crooked from a sheet of 2 or 4
 * (a sliver of the next ballot may show, the background beyond the cut), folded, stained.
 */
export interface PaperOptions {
  /** The real print (scan-print.ts); otherwise the ballot is drawn from its layout. */
  printed?: PrintedBallots;
  /** Cut crooked: each cut line moved (points: left, top, right, bottom; more is a larger slip) and the slip turned (degrees); beyond the paper, `background` (a white lid, a black lid). */
  cut?: { offsets: [number, number, number, number]; turn: number; background: string };
  /** Folded (voters fold the paper for the box): the fold across (`horizontal`) or down, at this share of the slip, its shadow's darkness, one side a little darker. */
  fold?: { horizontal: boolean; at: number; shadow: number; side: number };
  /** A stain (tea, a finger): its centre as shares of the slip, its radius (points), its darkness, a ring or a blot. */
  stain?: { x: number; y: number; r: number; darkness: number; ring: boolean };
}

export interface PaperImage {
  png: Buffer;
  /** The part of the page the picture shows, in points, and its pixels a point. */
  view: Rect;
  ppp: number;
}

/** Pixels a point of the paper picture (about 290 dpi: finer than any scanner of the bench). */
export const PAPER_PPP = 4;

/** The paper of ballot `index` of the layout's sheet with `marks` (SVG, page points) on it. */
export async function paperImage(layout: BallotLayout, marks: string, options: PaperOptions = {}, index = 0): Promise<PaperImage> {
  const ballot = layout.ballots[index] as BallotOnPage;
  const { slot } = ballot;
  const margin = options.cut ? 12 : 0;
  const view = { x: slot.x - margin, y: slot.y - margin, width: slot.width + 2 * margin, height: slot.height + 2 * margin };
  const ppp = PAPER_PPP;
  const w = Math.round(view.width * ppp);
  const h = Math.round(view.height * ppp);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}">`;
  const conditions = conditionMarkup(slot, options);
  let base: Buffer;
  if (options.printed) {
    const page = options.printed.page(ppp);
    const left = Math.round(view.x * ppp);
    const top = Math.round(view.y * ppp);
    const pad = { left: Math.max(0, -left), top: Math.max(0, -top), right: Math.max(0, left + w - Math.round(A4.width * ppp)), bottom: Math.max(0, top + h - Math.round(A4.height * ppp)) };
    const padded = await sharp(page).extend({ ...pad, background: '#ffffff' }).png().toBuffer();
    const cropped = await sharp(padded).extract({ left: left + pad.left, top: top + pad.top, width: w, height: h }).png().toBuffer();
    base = await sharp(cropped).composite([{ input: Buffer.from(`${open}${marks}</svg>`), blend: 'multiply' }]).greyscale().png().toBuffer();
  } else {
    const sheet = layout.ballots.map((b) => ballotMarkup(layout, b)).join('') + cutLines(layout);
    base = await sharp(Buffer.from(`${open}<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="white"/>${sheet}${marks}</svg>`)).greyscale().png().toBuffer();
  }
  if (conditions !== '') base = await sharp(base).composite([{ input: Buffer.from(`${open}${conditions}</svg>`), blend: 'multiply' }]).greyscale().png().toBuffer();
  if (options.cut) base = await sharp(base).composite([{ input: Buffer.from(`${open}${beyondCut(view, slot, options.cut)}</svg>`) }]).greyscale().png().toBuffer();
  return { png: base, view, ppp };
}

/** The dashed cut lines the sheet prints between its ballots. */
function cutLines(layout: BallotLayout): string {
  if (layout.perSheet === 1) return '';
  const { width, height } = A4;
  const dash = 'stroke="#555555" stroke-width="0.6" stroke-dasharray="6 4"';
  return `<line x1="0" y1="${height / 2}" x2="${width}" y2="${height / 2}" ${dash}/>${layout.perSheet === 4 ? `<line x1="${width / 2}" y1="0" x2="${width / 2}" y2="${height}" ${dash}/>` : ''}`;
}

/** The fold's shadow and the stain, in SVG over the paper. */
function conditionMarkup(slot: Rect, options: PaperOptions): string {
  const parts: string[] = [];
  const { fold, stain } = options;
  if (fold) {
    const grey = (d: number) => Math.round(255 * (1 - d));
    const g = `g${Math.round(fold.at * 1000)}`;
    const at = fold.horizontal ? slot.y + slot.height * fold.at : slot.x + slot.width * fold.at;
    const band = 5;
    const [x1, y1, x2, y2] = fold.horizontal ? ['0', '0', '0', '1'] : ['0', '0', '1', '0'];
    parts.push(`<defs><linearGradient id="${g}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="white"/><stop offset="0.55" stop-color="rgb(${grey(fold.shadow)},${grey(fold.shadow)},${grey(fold.shadow)})"/><stop offset="1" stop-color="white"/></linearGradient></defs>`);
    const side = `fill="rgb(${grey(fold.side)},${grey(fold.side)},${grey(fold.side)})"`;
    parts.push(
      fold.horizontal
        ? `<rect x="${slot.x - 20}" y="${at}" width="${slot.width + 40}" height="${slot.y + slot.height - at + 20}" ${side}/><rect x="${slot.x - 20}" y="${at - band / 2}" width="${slot.width + 40}" height="${band}" fill="url(#${g})"/>`
        : `<rect x="${at}" y="${slot.y - 20}" width="${slot.x + slot.width - at + 20}" height="${slot.height + 40}" ${side}/><rect x="${at - band / 2}" y="${slot.y - 20}" width="${band}" height="${slot.height + 40}" fill="url(#${g})"/>`,
    );
  }
  if (stain) {
    const cx = slot.x + slot.width * stain.x;
    const cy = slot.y + slot.height * stain.y;
    const tone = `rgb(${Math.round(255 * (1 - stain.darkness))},${Math.round(255 * (1 - stain.darkness * 1.15))},${Math.round(255 * (1 - stain.darkness * 1.5))})`;
    parts.push(
      stain.ring
        ? `<ellipse cx="${cx}" cy="${cy}" rx="${stain.r}" ry="${stain.r * 0.92}" fill="none" stroke="${tone}" stroke-width="${(stain.r * 0.12).toFixed(2)}" stroke-opacity="0.8"/>`
        : `<ellipse cx="${cx}" cy="${cy}" rx="${stain.r}" ry="${stain.r * 0.8}" fill="${tone}" fill-opacity="0.8"/>`,
    );
  }
  return parts.join('');
}

/** What lies beyond a crooked cut: the background, over everything outside the slip. */
function beyondCut(view: Rect, slot: Rect, cut: NonNullable<PaperOptions['cut']>): string {
  const [l, t, r, b] = cut.offsets;
  const corners = [
    { x: slot.x - l, y: slot.y - t },
    { x: slot.x + slot.width + r, y: slot.y - t },
    { x: slot.x + slot.width + r, y: slot.y + slot.height + b },
    { x: slot.x - l, y: slot.y + slot.height + b },
  ];
  const cx = slot.x + slot.width / 2;
  const cy = slot.y + slot.height / 2;
  const a = (cut.turn * Math.PI) / 180;
  const turned = corners.map((p) => ({ x: cx + (p.x - cx) * Math.cos(a) - (p.y - cy) * Math.sin(a), y: cy + (p.x - cx) * Math.sin(a) + (p.y - cy) * Math.cos(a) }));
  const outer = `M${view.x} ${view.y} H${view.x + view.width} V${view.y + view.height} H${view.x} Z`;
  const inner = `M${turned.map((p) => `${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(' L')} Z`;
  return `<path d="${outer} ${inner}" fill-rule="evenodd" fill="${cut.background}"/>`;
}

/** A crooked cut drawn at random: each line up to `most` points off (never into the ballot's corner squares), turned up to 1.5°. */
export function randomCut(random: () => number, most: number, background: string): NonNullable<PaperOptions['cut']> {
  const off = () => between(random, -most, most);
  return { offsets: [off(), off(), off(), off()], turn: between(random, -1.5, 1.5), background };
}
