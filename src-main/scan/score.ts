import type { NameScore, ScanThresholds } from '../../shared/scan/reading';
import type { NameLayout, Rect } from '../../shared/scan/layout';
import type { Darkness } from './image';
import { STRIKE_GAP } from './thresholds';

/** The scan and the blank, over the same region of the ballot at the same scale. */
export interface Compared {
  region: Rect;
  scale: number;
  scan: Darkness;
  /** 1 where the blank has print (widened by a pixel): ink there is the ballot's own. */
  print: Uint8Array;
  /**
   * The same widened further: faint ink is looked for only here, clear of the print, where a
   * blurred or compressed scan leaves no grey halo round the letters.
   */
  printWide: Uint8Array;
}

function box(c: Compared, r: Rect): { x0: number; x1: number; y0: number; y1: number } {
  const { region, scale, scan } = c;
  return {
    x0: Math.max(0, Math.round((r.x - region.x) * scale)),
    x1: Math.min(scan.width, Math.round((r.x + r.width - region.x) * scale)),
    y0: Math.max(0, Math.round((r.y - region.y) * scale)),
    y1: Math.min(scan.height, Math.round((r.y + r.height - region.y) * scale)),
  };
}

/**
 * Of the columns of `r` where a strike could be seen (the blank leaves some white in `core`, the
 * band a strike goes through), the share crossed by ink the blank does not have. Gaps in the ink
 * up to `gap` pixels are closed: they are where the strike passes over a letter's stroke.
 */
export function crossedShare(c: Compared, r: Rect, level: number, gap: number, core: Rect = r, print = c.print): number {
  const { x0, x1, y0, y1 } = box(c, r);
  const inner = box(c, core);
  if (x1 <= x0) return 0;
  const w = c.scan.width;
  const hits = new Uint8Array(x1 - x0);
  let last = -1;
  for (let x = x0; x < x1; x++) {
    let hit = false;
    for (let y = y0; y < y1 && !hit; y++) {
      const i = y * w + x;
      if (!print[i] && (c.scan.data[i] as number) > level) hit = true;
    }
    if (!hit) continue;
    if (last >= 0 && x - last - 1 <= gap) hits.fill(1, last - x0, x - x0);
    hits[x - x0] = 1;
    last = x;
  }
  let seen = 0;
  let crossed = 0;
  for (let x = x0; x < x1; x++) {
    let open = false;
    for (let y = inner.y0; y < inner.y1 && !open; y++) if (!print[y * w + x]) open = true;
    if (!open) continue;
    seen++;
    if (hits[x - x0]) crossed++;
  }
  return seen === 0 ? 0 : crossed / seen;
}

/** Of the pixels of `r` the blank leaves white, the share inked. */
export function inkedShare(c: Compared, r: Rect, level: number, print = c.print): number {
  const { x0, x1, y0, y1 } = box(c, r);
  const w = c.scan.width;
  let white = 0;
  let inked = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * w + x;
      if (print[i]) continue;
      white++;
      if ((c.scan.data[i] as number) > level) inked++;
    }
  }
  return white === 0 ? 0 : inked / white;
}

/**
 * How strongly a faint line runs along `r`: the darkness of each pixel line averaged over what the
 * blank leaves white (clear of the print's halo), less the band's usual level, summed over a
 * window of `window` lines, at its largest. Averaging along the line finds a strike far fainter
 * than any one pixel shows, where noise and halos average out.
 */
export function lineStrength(c: Compared, r: Rect, window: number): number {
  const { x0, x1, y0, y1 } = box(c, r);
  const w = c.scan.width;
  const rows: number[] = [];
  for (let y = y0; y < y1; y++) {
    let sum = 0;
    let n = 0;
    for (let x = x0; x < x1; x++) {
      const i = y * w + x;
      if (c.printWide[i]) continue;
      sum += c.scan.data[i] as number;
      n++;
    }
    rows.push(n >= 3 ? sum / n : Number.NaN);
  }
  const known = rows.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (known.length === 0) return 0;
  const usual = known[Math.floor(known.length / 2)] as number;
  let best = 0;
  for (let y = 0; y < rows.length; y++) {
    let sum = 0;
    for (let d = -window; d <= window; d++) {
      const v = rows[y + d];
      if (v !== undefined && !Number.isNaN(v)) sum += Math.max(0, v - usual);
    }
    if (sum > best) best = sum;
  }
  return best;
}

/** The grain of the scan: the spread of darkness over the paper the blank leaves white (median absolute deviation, as a standard deviation). */
export function paperNoise(c: Compared): number {
  const values: number[] = [];
  for (let i = 0; i < c.scan.data.length; i += 7) if (!c.printWide[i]) values.push(c.scan.data[i] as number);
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] as number;
  const deviations = values.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  return 1.4826 * (deviations[Math.floor(deviations.length / 2)] as number);
}

const inset = (r: Rect, dx: number, dy: number): Rect => ({ x: r.x + dx, y: r.y + dy, width: r.width - 2 * dx, height: r.height - 2 * dy });

/** The band a strike through a name crosses: the name's width, the row's height inside its borders. */
function strikeBand(name: NameLayout): Rect {
  return { x: name.nameRect.x - 1, y: name.rowRect.y + 1.2, width: name.nameRect.width + 2, height: name.rowRect.height - 2.4 };
}

/** The measures of one name (format A: the strike; format B: the boxes, and an X over the name). */
export function scoreName(c: Compared, name: NameLayout, fontSize: number, t: ScanThresholds): Omit<NameScore, 'reading'> {
  const gap = STRIKE_GAP * c.scale;
  const band = strikeBand(name);
  const core = { x: band.x, y: name.nameRect.y + 0.3 * fontSize, width: band.width, height: 0.55 * fontSize };
  const strike = { definite: crossedShare(c, band, t.definiteInk, gap, core), faint: crossedShare(c, band, t.faintInk, gap, core, c.printWide), line: lineStrength(c, band, Math.round(1.2 * c.scale)) };
  if (!name.agreeBox || !name.disagreeBox) {
    const rest = { x: name.rowRect.x + 1, y: band.y, width: name.rowRect.width - 2, height: band.height };
    return { id: name.id, strike, rowInk: crossedShare(c, rest, t.definiteInk, 0) };
  }
  const inside = (r: Rect) => inset(r, 2, 2);
  const agree = { definite: inkedShare(c, inside(name.agreeBox), t.definiteInk), faint: inkedShare(c, inside(name.agreeBox), t.faintInk, c.printWide) };
  const disagree = { definite: inkedShare(c, inside(name.disagreeBox), t.definiteInk), faint: inkedShare(c, inside(name.disagreeBox), t.faintInk, c.printWide) };
  // One X across both boxes crosses the line between them: ink right beside it on both sides.
  const border = name.disagreeBox.x;
  const y = name.rowRect.y + 2;
  const h = name.rowRect.height - 4;
  const left = inkedShare(c, { x: border - 3, y, width: 3, height: h }, t.definiteInk);
  const right = inkedShare(c, { x: border, y, width: 3, height: h }, t.definiteInk);
  return { id: name.id, strike, agree, disagree, acrossBoxes: left > 0.02 && right > 0.02 };
}
