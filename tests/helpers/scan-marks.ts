import type { NameLayout, Rect } from '../../shared/scan/layout';
import { textMarkup } from '../../src-main/scan/template';

/**
 * The marks voters make beyond the clean ones (issue 17, items 1 and 2), drawn in SVG over the
 * ballot (page points): writing beside a struck name, a circle round a name, a strike through part
 * of a name, a tick beside a name; in format B a tick on the border between the boxes, a line
 * through the name, a mark over the name, a box filled in solid; and a pencil's grainy stroke.
 */

type Random = () => number;
export const between = (random: Random, a: number, b: number): number => a + (b - a) * random();
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Ballpoint and felt pens (blue-black, black). */
export const PENS = ['#0d1b6e', '#111111', '#1a237e', '#222244'];
/** Pencils as a scanner sees them (graphite: grey, never black). */
export const PENCILS = ['#4a4a4a', '#5a5a5a', '#6a6a6a'];

export function stroke(d: string, color: string, width: number, extra = ''): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width.toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
}

/** A pencil line: grey, in short dashes of random length (the grain of graphite on paper). */
export function pencilAttributes(random: Random): string {
  const dashes = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? between(random, 0.8, 3) : between(random, 0.1, 0.5)).toFixed(2)).join(' ');
  return ` stroke-dasharray="${dashes}" stroke-opacity="${between(random, 0.75, 0.95).toFixed(2)}"`;
}

/** A line (or two) from x0 to x1 at height `mid` rising `slope`: the strike's path. */
export function strikePath(x0: number, x1: number, mid: number, slope: number): string {
  return `M${x0.toFixed(2)} ${mid.toFixed(2)} L${x1.toFixed(2)} ${(mid + slope).toFixed(2)}`;
}

/** The width of the first word of the name (the surname) as printed, in points (Vietnamese names start with the family name). */
export function surnameWidth(name: NameLayout): number {
  const words = name.name.split(' ');
  const share = (words[0] as string).length / name.name.length;
  return name.nameRect.width * share + 0.5;
}

/** Only the surname struck ("Đỗ"), or about half of the name: for a person (the instruction is to strike the whole name). */
export function partialStrike(random: Random, name: NameLayout, fontSize: number, kind: 'surname' | 'half', pen = pick(random, PENS)): string {
  const n = name.nameRect;
  const mid = n.y + fontSize * between(random, 0.45, 0.65);
  let x0 = n.x - between(random, 0.5, 4);
  let x1 = n.x + surnameWidth(name) + between(random, -0.5, 1.5);
  if (kind === 'half') {
    const share = between(random, 0.35, 0.6);
    if (random() < 0.5) x1 = n.x + n.width * share;
    else {
      x0 = n.x + n.width * (1 - share);
      x1 = n.x + n.width + between(random, 1, 6);
    }
  }
  return stroke(strikePath(x0, x1, mid, between(random, -0.8, 0.8)), pen, between(random, 0.8, 1.6));
}

/** Handwriting: the words in the bundled font's outlines, slanted, in the voter's pen, `size` points high. */
export function handwriting(random: Random, words: string, x: number, y: number, size: number, pen: string): string {
  const slant = between(random, -18, -8);
  const turn = between(random, -4, 4);
  const glyphs = textMarkup(words, 0, 0, size).replace('fill="black"', `fill="${pen}"`);
  return `<g transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${turn.toFixed(1)}) skewX(${slant.toFixed(1)})">${glyphs}</g>`;
}

export const WRITINGS = ['giữ lại', 'không gạch', 'giữ', 'đồng ý', 'bầu'] as const;

/** Writing beside a name, after it in its cell ("giữ lại" beside a struck name), smaller where the cell is narrow (never below 6 points: handwriting); where there is no room, running on over the cell's border, or now and then under the name across the row's line. */
export function writingBeside(random: Random, name: NameLayout, fontSize: number, pen = pick(random, PENS)): string {
  const words = pick(random, WRITINGS);
  const right = name.rowRect.x + name.rowRect.width - 2;
  const start = name.nameRect.x + name.nameRect.width + between(random, 3, 10);
  const room = right - start;
  const width = (size: number) => words.length * size * 0.45;
  const size = Math.max(6, Math.min(fontSize * between(random, 0.9, 1.2), room / (words.length * 0.45)));
  // No room in the cell: the writing runs on over its border, as it does on a narrow ballot.
  if (width(size) > room && random() < 0.3) return handwriting(random, words, name.nameRect.x + name.nameRect.width * between(random, 0.3, 0.6), name.rowRect.y + name.rowRect.height - size * 0.35, size, pen);
  return handwriting(random, words, start, name.nameRect.y + between(random, -0.2, 0.15) * fontSize, size, pen);
}

/** A circle (an ellipse, not quite closed or overlapping its start) round the name. */
export function circleAround(random: Random, name: NameLayout, pen = pick(random, PENS)): string {
  const n = name.nameRect;
  const cx = n.x + n.width / 2 + between(random, -2, 2);
  const cy = name.rowRect.y + name.rowRect.height / 2 + between(random, -1, 1);
  const rx = n.width / 2 + between(random, 3, 8);
  const ry = name.rowRect.height / 2 + between(random, -2, 1.5);
  const start = between(random, 0, 2 * Math.PI);
  const sweep = 2 * Math.PI * between(random, 0.95, 1.12);
  const points: string[] = [];
  for (let k = 0; k <= 48; k++) {
    const a = start + (sweep * k) / 48;
    const wobble = 1 + between(random, -0.03, 0.03);
    points.push(`${(cx + rx * wobble * Math.cos(a)).toFixed(2)} ${(cy + ry * wobble * Math.sin(a)).toFixed(2)}`);
  }
  return stroke(`M${points.join(' L')}`, pen, between(random, 0.8, 1.5));
}

/** A small tick beside a name (in the name's cell, right of the name); null when the cell leaves no room. */
export function tickBeside(random: Random, name: NameLayout, pen = pick(random, PENS)): string | null {
  const room = name.rowRect.x + name.rowRect.width - (name.nameRect.x + name.nameRect.width);
  if (room < 24) return null;
  const x = name.nameRect.x + name.nameRect.width + between(random, 8, Math.min(room - 12, 40));
  const y = name.rowRect.y + name.rowRect.height * 0.6;
  return stroke(`M${x} ${y} L${x + 3} ${y + 3} L${x + 9} ${y - 5}`, pen, between(random, 0.8, 1.4));
}

/** Format B: a tick (or a short X) standing on the line between "Đồng ý" and "Không đồng ý". */
export function borderTick(random: Random, name: NameLayout, pen = pick(random, PENS)): string {
  const agree = name.agreeBox as Rect;
  const disagree = name.disagreeBox as Rect;
  const x = disagree.x + between(random, -2.5, 2.5);
  const cy = agree.y + agree.height * between(random, 0.4, 0.6);
  const r = Math.min(agree.height, agree.width) * between(random, 0.2, 0.3);
  if (random() < 0.5) return stroke(`M${x - r} ${cy} L${x - r * 0.3} ${cy + r * 0.8} L${x + r} ${cy - r}`, pen, between(random, 0.9, 1.5));
  return stroke(`M${x - r} ${cy - r} L${x + r} ${cy + r} M${x + r} ${cy - r} L${x - r} ${cy + r}`, pen, between(random, 0.9, 1.5));
}

/** Format B: a line through the printed name (as a voter of format A would strike it). */
export function lineThroughName(random: Random, name: NameLayout, fontSize: number, pen = pick(random, PENS)): string {
  const n = name.nameRect;
  const mid = n.y + fontSize * between(random, 0.45, 0.65);
  return stroke(strikePath(n.x - between(random, 1, 6), n.x + n.width + between(random, 1, 6), mid, between(random, -1, 1)), pen, between(random, 0.8, 1.6));
}

/** Format B: a mark over the name: an X across it, or a small tick or cross on it. */
export function markOverName(random: Random, name: NameLayout, pen = pick(random, PENS)): string {
  const n = name.nameRect;
  if (random() < 0.5) return stroke(`M${n.x} ${n.y} L${n.x + n.width} ${n.y + n.height} M${n.x + n.width} ${n.y} L${n.x} ${n.y + n.height}`, pen, between(random, 0.9, 1.4));
  const cx = n.x + n.width * between(random, 0.2, 0.8);
  const cy = n.y + n.height * 0.5;
  const r = n.height * between(random, 0.3, 0.45);
  return stroke(`M${cx - r} ${cy - r} L${cx + r} ${cy + r} M${cx + r} ${cy - r} L${cx - r} ${cy + r}`, pen, between(random, 0.9, 1.5));
}

/** Format B: a box filled in solid (a scribble that covers it), as a voter who "blacks out" the box they choose; now and then a solid blot, square, in the middle of the box. */
export function solidBox(random: Random, box: Rect, pen = pick(random, PENS)): string {
  const inset = between(random, 1.5, 3);
  if (random() < 0.4) return solidSquare(random, box, pen);
  const x = box.x + inset + between(random, -0.5, 0.5);
  const y = box.y + inset + between(random, -0.5, 0.5);
  const w = box.width - 2 * inset;
  const h = box.height - 2 * inset;
  return `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${w.toFixed(2)}" height="${h.toFixed(2)}" rx="${between(random, 0, 2).toFixed(1)}" fill="${pen}" fill-opacity="${between(random, 0.85, 1).toFixed(2)}"/>`;
}

/** A solid square blot in the middle of a box, as large as the box is high: to a scanner, the size and shape of a corner square. */
export function solidSquare(random: Random, box: Rect, pen = pick(random, PENS)): string {
  const side = box.height - 2 * between(random, 2.5, 3.5);
  const x = box.x + (box.width - side) / 2 + between(random, -2, 2);
  const y = box.y + (box.height - side) / 2;
  return `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${side.toFixed(2)}" height="${side.toFixed(2)}" fill="${pen}"/>`;
}

/** A signature: a few loops and a flourish, about `width` points wide, its left end at (x, y). */
export function signature(random: Random, x: number, y: number, width: number, pen = pick(random, PENS)): string {
  const parts: string[] = [`M${x.toFixed(1)} ${y.toFixed(1)}`];
  const loops = 3 + Math.floor(random() * 3);
  const step = width / loops;
  for (let i = 0; i < loops; i++) {
    const x0 = x + i * step;
    parts.push(`c ${(step * 0.3).toFixed(1)} ${(-between(random, 4, 9)).toFixed(1)} ${(step * 0.7).toFixed(1)} ${between(random, 4, 9).toFixed(1)} ${step.toFixed(1)} ${between(random, -2, 2).toFixed(1)}`);
    if (x0 < 0) break;
  }
  parts.push(`l ${between(random, -width * 0.8, -width * 0.3).toFixed(1)} ${between(random, 2, 5).toFixed(1)}`);
  return stroke(parts.join(' '), pen, between(random, 0.8, 1.4));
}

export const REMARKS = ['Nhất trí', 'Đồng ý tất cả', 'Đúng', 'Phiếu của tôi'] as const;
