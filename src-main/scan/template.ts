import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { BallotOnPage, PrintedLine, Rect } from '../../shared/scan/layout';
import { registerFonts } from '../pdf/fonts';
import { PAD_X } from '../pdf/table';
import type { Darkness } from './image';

/**
 * The blank ballot the scanner compares a scan against, drawn FROM THE LAYOUT: an SVG of the
 * table's rows (borders, numbers, names as the outlines of the bundled font's glyphs, placed as
 * PDFKit placed them) rendered by sharp. Not from the PDF: sharp (libvips) cannot rasterise PDF,
 * and pdftoppm is not on Windows; the layout and the font are all a machine needs, offline.
 */

interface Glyphs {
  unitsPerEm: number;
  ascent: number;
  layout(text: string): Laid;
}

type Face = PrintedLine['face'];
const faces = new Map<Face, Glyphs>();

/** A face as fontkit reads it (through PDFKit, which lays the ballot's text out with it). */
function faceOf(style: Face = 'regular'): Glyphs {
  let face = faces.get(style);
  if (face === undefined) {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerFonts(doc);
    doc.font(style);
    face = (doc as unknown as { _font: { font: Glyphs } })._font.font;
    faces.set(style, face);
  }
  return face;
}

type Laid = { glyphs: { path: { toSVG(): string } }[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[]; spaces: boolean[] };

/**
 * The glyphs of a line as PDFKit lays them out: word by word, each word with the space after it
 * laid out on its own (so no kerning across a space), as its EmbeddedFont.layout does; laid out
 * in one run, "Thị An" would stand a fraction of a point off the printed "An". `spaces` marks the
 * last glyph of each word that ends in a space (where a justified line adds its word spacing).
 */
function layLine(text: string, style: Face = 'regular'): Laid {
  const font = faceOf(style);
  const out: Laid = { glyphs: [], positions: [], spaces: [] };
  for (const word of text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []) {
    const run = font.layout(word);
    out.glyphs.push(...run.glyphs);
    out.positions.push(...run.positions);
    out.spaces.push(...run.glyphs.map((_, i) => i === run.glyphs.length - 1 && /[ \t]$/.test(word)));
  }
  return out;
}

/** SVG path data of a line of text whose line box starts at (x, y), in points. */
function textPath(text: string, x: number, y: number, size: number, style: Face = 'regular', wordSpacing = 0): string {
  const font = faceOf(style);
  const run = layLine(text, style);
  const k = size / font.unitsPerEm;
  const baseline = y + font.ascent * k;
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const at = run.positions[i] as { xAdvance: number; xOffset: number; yOffset: number };
    const d = glyph.path.toSVG();
    if (d) parts.push(`<path transform="translate(${(x + (pen + at.xOffset) * k).toFixed(3)} ${(baseline - at.yOffset * k).toFixed(3)}) scale(${k.toFixed(6)} ${(-k).toFixed(6)})" d="${d}"/>`);
    pen += at.xAdvance + (run.spaces[i] ? wordSpacing / k : 0);
  });
  return parts.join('');
}

function textWidth(text: string, size: number): number {
  const font = faceOf('regular');
  return (layLine(text).positions.reduce((s, p) => s + p.xAdvance, 0) * size) / font.unitsPerEm;
}

/** SVG elements of the rows of one ballot (borders, numbers, names), in page points. */
export function rowsMarkup(ballot: BallotOnPage, fontSize: number): string {
  const lines: string[] = [];
  const texts: string[] = [];
  const rect = (r: Rect) => lines.push(`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"/>`);
  for (const name of ballot.names) {
    rect(name.rowRect);
    const nameCellX = name.nameRect.x - PAD_X;
    lines.push(`<line x1="${nameCellX}" y1="${name.rowRect.y}" x2="${nameCellX}" y2="${name.rowRect.y + name.rowRect.height}"/>`);
    if (name.agreeBox) rect(name.agreeBox);
    if (name.disagreeBox) rect(name.disagreeBox);
    const number = String(name.number);
    const numberX = name.rowRect.x + (nameCellX - name.rowRect.x - textWidth(number, fontSize)) / 2;
    texts.push(textPath(number, numberX, name.nameRect.y, fontSize));
    texts.push(textPath(name.name, name.nameRect.x, name.nameRect.y, fontSize));
  }
  return `<g fill="none" stroke="black" stroke-width="0.6">${lines.join('')}</g><g fill="black">${texts.join('')}</g>`;
}

/** A line of the bundled font's regular face as SVG paths, its line box's top-left at (x, y). */
export function textMarkup(text: string, x: number, y: number, size: number, style: Face = 'regular'): string {
  return `<g fill="black">${textPath(text, x, y, size, style)}</g>`;
}

/** The SVG of the rows of one ballot, with `region` (ballot points) as its view. */
export function rowsSvg(ballot: BallotOnPage, fontSize: number, region: Rect, scale: number): string {
  const w = Math.round(region.width * scale);
  const h = Math.round(region.height * scale);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${region.x} ${region.y} ${(w / scale).toFixed(4)} ${(h / scale).toFixed(4)}">`,
    `<rect x="${region.x}" y="${region.y}" width="${region.width + 10}" height="${region.height + 10}" fill="white"/>`,
    rowsMarkup(ballot, fontSize),
    '</svg>',
  ].join('');
}

/** The SVG of the ballot's print beyond its rows: its lines of text and its rules (the layout's `lines`, `rules`), with `region` (ballot points) as its view. */
export function printedSvg(ballot: BallotOnPage, region: Rect, scale: number): string {
  const w = Math.round(region.width * scale);
  const h = Math.round(region.height * scale);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${region.x} ${region.y} ${(w / scale).toFixed(4)} ${(h / scale).toFixed(4)}">`,
    `<rect x="${region.x}" y="${region.y}" width="${region.width + 10}" height="${region.height + 10}" fill="white"/>`,
    printedMarkup(ballot),
    '</svg>',
  ].join('');
}

/** SVG elements of the ballot's lines of text and rules beyond its rows, in page points. */
export function printedMarkup(ballot: BallotOnPage): string {
  const texts = (ballot.lines ?? []).map((l) => textPath(l.text, l.x, l.y, l.size, l.face, l.wordSpacing ?? 0)).join('');
  const rules = (ballot.rules ?? []).map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"/>`).join('');
  return `<g fill="black">${texts}${rules}</g>`;
}

/** An SVG rendered to darkness (0 paper … 1 black). */
export async function renderSvg(svg: string): Promise<Darkness> {
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = 1 - (data[i * info.channels] as number) / 255;
  return { width: info.width, height: info.height, data: out };
}

/** The blank rows as darkness (0 paper … 1 black), `scale` pixels a point. */
export async function renderRows(ballot: BallotOnPage, fontSize: number, region: Rect, scale: number): Promise<Darkness> {
  const svg = rowsSvg(ballot, fontSize, region, scale);
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = 1 - (data[i * info.channels] as number) / 255;
  return { width: info.width, height: info.height, data: out };
}

/** Where the blank has print, widened by `radius` pixels (a scan is never placed to the pixel). */
export function printMask(template: Darkness, radius: number, threshold = 0.15): Uint8Array {
  const { width, height, data } = template;
  const a = new Uint8Array(width * height);
  for (let i = 0; i < a.length; i++) a[i] = (data[i] as number) > threshold ? 1 : 0;
  const b = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let on = 0;
      for (let dx = -radius; dx <= radius && !on; dx++) {
        const xx = x + dx;
        if (xx >= 0 && xx < width && a[y * width + xx]) on = 1;
      }
      b[y * width + x] = on;
    }
  }
  const c = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let on = 0;
      for (let dy = -radius; dy <= radius && !on; dy++) {
        const yy = y + dy;
        if (yy >= 0 && yy < height && b[yy * width + x]) on = 1;
      }
      c[y * width + x] = on;
    }
  }
  return c;
}
