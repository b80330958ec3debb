import type { ZoneMeasures } from '../../shared/scan/clean-patterns';
import type { NameLayout } from '../../shared/scan/layout';
import type { RowInk } from './row-ink';
import { findStroke } from './stroke';
import { STRIKE_GAP } from './thresholds';

/**
 * The zones of a row and the ink in each (issue 17, item 1): the printed name, the band a strike
 * runs through, the row's margins before and after the name; in format B each box and the line
 * between them. What the measures mean is shared/scan/clean-patterns.ts.
 */

/** How far (points) beyond a row's line ink is too near to tell which row it belongs to. */
const EDGE = 2.5;

/** Faint ink along the name: the share of it crossed (clear of the print's halo, gaps over letters closed), and how strongly a faint line runs along it. */
export function faintAlong(ink: RowInk, name: NameLayout, fontSize: number): { faint: number; line: number } {
  const s = ink.scale;
  const px = (x: number) => Math.max(0, Math.min(ink.width, Math.round((x - ink.rect.x) * s)));
  const py = (y: number) => Math.max(0, Math.min(ink.height, Math.round((y - ink.rect.y) * s)));
  const x0 = px(name.nameRect.x - 1);
  const x1 = px(name.nameRect.x + name.nameRect.width + 1);
  const y0 = py(name.rowRect.y + 1.2);
  const y1 = py(name.rowRect.y + name.rowRect.height - 1.2);
  const core0 = py(name.nameRect.y + 0.3 * fontSize);
  const core1 = py(name.nameRect.y + 0.85 * fontSize);
  const gap = Math.round(STRIKE_GAP * s);
  const hits = new Uint8Array(ink.width);
  let last = -1;
  for (let x = x0; x < x1; x++) {
    let hit = false;
    for (let y = y0; y < y1 && !hit; y++) if (ink.faint[y * ink.width + x]) hit = true;
    if (!hit) continue;
    if (last >= 0 && x - last - 1 <= gap) hits.fill(1, last, x);
    hits[x] = 1;
    last = x;
  }
  let seen = 0;
  let crossed = 0;
  for (let x = x0; x < x1; x++) {
    let open = false;
    for (let y = core0; y < core1 && !open; y++) if (!ink.printWide[y * ink.width + x]) open = true;
    if (!open) continue;
    seen++;
    if (hits[x]) crossed++;
  }
  return { faint: seen === 0 ? 0 : crossed / seen, line: lineStrength(ink, x0, x1, y0, y1, Math.round(1.2 * s)) };
}

/**
 * How strongly a faint line runs along columns x0…x1: the darkness of each pixel line averaged over
 * what the blank leaves white (clear of the print's halo), less the band's usual level, summed over
 * `window` lines each way, at its largest. Averaged along the line, a strike far fainter than any
 * one pixel shows stands out of the grain.
 */
export function lineStrength(ink: RowInk, x0: number, x1: number, y0: number, y1: number, window: number): number {
  const rows: number[] = [];
  for (let y = y0; y < y1; y++) {
    let sum = 0;
    let n = 0;
    for (let x = x0; x < x1; x++) {
      const i = y * ink.width + x;
      if (ink.printWide[i]) continue;
      sum += ink.dark[i] as number;
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

/** Of the pixels of a zone (points) the blank leaves white, the share inked: definite ink, and faint ink clear of the print's halo. */
export function inkShare(ink: RowInk, zone: { x0: number; x1: number; y0: number; y1: number }): { definite: number; faint: number } {
  const s = ink.scale;
  const x0 = Math.max(0, Math.round((zone.x0 - ink.rect.x) * s));
  const x1 = Math.min(ink.width, Math.round((zone.x1 - ink.rect.x) * s));
  const y0 = Math.max(0, Math.round((zone.y0 - ink.rect.y) * s));
  const y1 = Math.min(ink.height, Math.round((zone.y1 - ink.rect.y) * s));
  let white = 0;
  let definite = 0;
  let whiteWide = 0;
  let faint = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * ink.width + x;
      if (!ink.print[i]) {
        white++;
        if (ink.definite[i]) definite++;
      }
      if (!ink.printWide[i]) {
        whiteWide++;
        if (ink.faint[i]) faint++;
      }
    }
  }
  return { definite: white === 0 ? 0 : definite / white, faint: whiteWide === 0 ? 0 : faint / whiteWide };
}

/** Square points of definite ink in a zone (points). */
export function inkArea(ink: RowInk, zone: { x0: number; x1: number; y0: number; y1: number }): number {
  const s = ink.scale;
  const x0 = Math.max(0, Math.round((zone.x0 - ink.rect.x) * s));
  const x1 = Math.min(ink.width, Math.round((zone.x1 - ink.rect.x) * s));
  const y0 = Math.max(0, Math.round((zone.y0 - ink.rect.y) * s));
  const y1 = Math.min(ink.height, Math.round((zone.y1 - ink.rect.y) * s));
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (ink.definite[y * ink.width + x]) n++;
  return n / (s * s);
}

/** The thresholds the measures need (the stroke's highest). */
export interface ZoneSettings {
  strokeHeight: number;
}

/** Format A: the stroke through the name, the ink beside it, the faint ink along it. */
export function measureStrikeRow(ink: RowInk, name: NameLayout, fontSize: number, settings: ZoneSettings, rowAbove = true): ZoneMeasures {
  const row = name.rowRect;
  const stroke = findStroke(ink, name, fontSize, { x0: row.x + 0.8, x1: row.x + row.width - 0.8 }, settings.strokeHeight);
  const s = ink.scale;
  // Just beyond the row's top and bottom lines: writing or a mark of this row that runs over them, or the next row's, too near to tell whose (above the first row is the table's header).
  const beyond = (y0: number, y1: number) => inkArea(ink, { x0: row.x + 0.8, x1: row.x + row.width - 0.8, y0, y1 });
  const edges = (rowAbove ? beyond(row.y - EDGE, row.y - 0.7) : 0) + beyond(row.y + row.height + 0.7, row.y + row.height + EDGE);
  return { edges, crossed: stroke.crossed, strokeHeight: stroke.strokeHeight, bumps: stroke.bumps, ends: stroke.ends, stray: stroke.strayPixels / (s * s), faintStray: stroke.faintStray, around: stroke.around, ...faintAlong(ink, name, fontSize) };
}

/** Format B: the boxes (their inside, their core), the name's cells, the lines between the name and the boxes and between the boxes. */
export function measureBoxRow(ink: RowInk, name: NameLayout, fontSize: number, settings: ZoneSettings): ZoneMeasures {
  const row = name.rowRect;
  const agree = name.agreeBox as NonNullable<NameLayout['agreeBox']>;
  const disagree = name.disagreeBox as NonNullable<NameLayout['disagreeBox']>;
  const top = row.y + 0.8;
  const bottom = row.y + row.height - 0.8;
  const onName = findStroke(ink, name, fontSize, { x0: row.x + 0.8, x1: agree.x - 1.2 }, settings.strokeHeight);
  const faint = faintAlong(ink, name, fontSize);
  const side = (x0: number, x1: number) => inkArea(ink, { x0, x1, y0: top, y1: bottom });
  // Ink on both sides of a line crosses it (a mark astride the line); on one side only, it belongs to that side's cell.
  const crossing = (x: number) => Math.min(side(x - LINE_SIDE, x - 0.7), side(x + 0.7, x + LINE_SIDE));
  const right = disagree.x + disagree.width;
  return {
    crossed: onName.crossed,
    strokeHeight: onName.strokeHeight,
    stray: crossing(agree.x) + side(right + 0.7, right + LINE_SIDE + 2),
    around: onName.around,
    faint: faint.faint,
    line: faint.line,
    agree: boxInk(ink, agree, row, disagree.x),
    disagree: boxInk(ink, disagree, row, disagree.x),
    nameInk: inkArea(ink, { x0: row.x + 0.8, x1: agree.x - 1.6, y0: top, y1: bottom }),
    border: crossing(disagree.x),
  };
}

/** How far (points) either side of a line ink is looked for to see whether a mark crosses it. */
const LINE_SIDE = 2;
/** A box's core: its inside less this much (points) all round; a mark is in its core, not only at its edges. */
const BOX_CORE = 3;

/** A box's ink: the share of its inside and of its core inked, and how much of its ink lies by the line between the two boxes. */
function boxInk(ink: RowInk, box: { x: number; width: number }, row: { y: number; height: number }, border: number): NonNullable<ZoneMeasures['agree']> {
  const inside = { x0: box.x + 1.6, x1: box.x + box.width - 1.6, y0: row.y + 1.6, y1: row.y + row.height - 1.6 };
  const share = inkShare(ink, inside);
  const core = inkShare(ink, { x0: inside.x0 + BOX_CORE, x1: inside.x1 - BOX_CORE, y0: inside.y0 + BOX_CORE, y1: inside.y1 - BOX_CORE });
  const all = inkArea(ink, inside);
  const byLine = inkArea(ink, { ...inside, x0: Math.max(inside.x0, border - 3), x1: Math.min(inside.x1, border + 3) });
  return { definite: share.definite, faint: share.faint, core: core.definite, byLine: all === 0 ? 0 : byLine / all };
}
