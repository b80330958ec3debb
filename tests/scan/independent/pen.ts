/**
 * A hand with a pen: SVG strokes in PDF points, as a person draws them (tremor, slight curve,
 * overshoot), for ballpoint, felt pen, red pen and pencil. Pure string building, no I/O.
 */
import type { Rng } from './rng';

export interface Pen {
  kind: 'bi-xanh' | 'bi-den' | 'but-da' | 'bi-do' | 'but-chi';
  colour: string;
  width: number;
  opacity: number;
}

export function choosePen(rng: Rng, kind?: Pen['kind']): Pen {
  const chosen = kind ?? rng.pick(['bi-xanh', 'bi-xanh', 'bi-xanh', 'bi-den', 'but-da', 'bi-do', 'but-chi'] as const);
  switch (chosen) {
    case 'bi-xanh': return { kind: chosen, colour: rng.pick(['#1d3a8a', '#22409b', '#183070']), width: rng.range(0.6, 0.95), opacity: 0.95 };
    case 'bi-den': return { kind: chosen, colour: '#1b1b1f', width: rng.range(0.6, 0.9), opacity: 0.95 };
    case 'but-da': return { kind: chosen, colour: rng.pick(['#0f1f5c', '#111111']), width: rng.range(1.2, 1.8), opacity: 1 };
    case 'bi-do': return { kind: chosen, colour: '#b3261e', width: rng.range(0.7, 1.0), opacity: 0.95 };
    case 'but-chi': return { kind: chosen, colour: '#4a4a4a', width: rng.range(0.7, 1.0), opacity: 0.85 };
  }
}

type Point = [number, number];

const fmt = (n: number): string => n.toFixed(2);

function pathOf(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`).join(' ');
}

function stroke(d: string, pen: Pen, widthFactor = 1): string {
  return `<path d="${d}" fill="none" stroke="${pen.colour}" stroke-width="${fmt(pen.width * widthFactor)}" stroke-linecap="round" stroke-linejoin="round" opacity="${pen.opacity}"/>`;
}

/** A hand-drawn straight stroke: a gentle bow and a little tremor along its length. */
export function handLine(rng: Rng, pen: Pen, from: Point, to: Point, tremor = 0.35): string {
  const steps = 14;
  const bow = rng.range(-1, 1) * Math.hypot(to[0] - from[0], to[1] - from[1]) * 0.012;
  const nx = -(to[1] - from[1]);
  const ny = to[0] - from[0];
  const len = Math.hypot(nx, ny) || 1;
  let drift = 0;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    drift = drift * 0.6 + rng.normal() * tremor * 0.5;
    const off = bow * Math.sin(Math.PI * t) + (i === 0 || i === steps ? 0 : drift);
    points.push([from[0] + (to[0] - from[0]) * t + (nx / len) * off, from[1] + (to[1] - from[1]) * t + (ny / len) * off]);
  }
  return stroke(pathOf(points), pen);
}

/** A wavy stroke (sóng): the pen goes up and down as it crosses the name. */
export function wavyLine(rng: Rng, pen: Pen, from: Point, to: Point, amplitude: number): string {
  const length = to[0] - from[0];
  const waves = Math.max(2, Math.round(length / rng.range(8, 14)));
  const points: Point[] = [];
  const steps = waves * 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    points.push([from[0] + length * t, from[1] + (to[1] - from[1]) * t + amplitude * Math.sin(2 * Math.PI * waves * t) + rng.normal() * 0.15]);
  }
  return stroke(pathOf(points), pen);
}

/** A loop drawn round a rectangle (a circle round a name), not quite closed, as a hand draws it. */
export function loopAround(rng: Rng, pen: Pen, cx: number, cy: number, rx: number, ry: number): string {
  const start = rng.range(0, 2 * Math.PI);
  const sweep = 2 * Math.PI * rng.range(1.02, 1.12);
  const points: Point[] = [];
  let wobble = 0;
  for (let i = 0; i <= 40; i++) {
    const a = start + (sweep * i) / 40;
    wobble = wobble * 0.7 + rng.normal() * 0.03;
    points.push([cx + rx * (1 + wobble) * Math.cos(a), cy + ry * (1 + wobble) * Math.sin(a)]);
  }
  return stroke(pathOf(points), pen);
}

/** A tick (dấu ✓): a short stroke down, then a long one up to the right. */
export function tick(rng: Rng, pen: Pen, x: number, y: number, size: number): string {
  const a: Point = [x - size * 0.45, y - size * 0.05];
  const b: Point = [x - size * 0.1 + rng.range(-0.5, 0.5), y + size * 0.4];
  const c: Point = [x + size * 0.55, y - size * 0.5 + rng.range(-0.8, 0.8)];
  return stroke(pathOf([a, [(a[0] + b[0]) / 2 + rng.range(-0.3, 0.3), (a[1] + b[1]) / 2], b, [(b[0] + c[0]) / 2, (b[1] + c[1]) / 2 + rng.range(-0.4, 0.4)], c]), pen);
}

/** An X: two hand strokes crossing inside the given rectangle (with its margins). */
export function cross(rng: Rng, pen: Pen, x: number, y: number, width: number, height: number): string {
  const j = (): number => rng.range(-0.06, 0.06);
  return (
    handLine(rng, pen, [x + width * j(), y + height * (0 + j())], [x + width * (1 + j()), y + height * (1 + j())], 0.2) +
    handLine(rng, pen, [x + width * (1 + j()), y + height * j()], [x + width * j(), y + height * (1 + j())], 0.2)
  );
}

/** A box filled in: dense zigzag strokes (or, with a marker, a solid patch). */
export function fill(rng: Rng, pen: Pen, x: number, y: number, width: number, height: number, solid: boolean): string {
  if (solid) return `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" fill="${pen.colour}" opacity="0.92"/>`;
  const points: Point[] = [];
  const rows = Math.max(4, Math.round(height / Math.max(pen.width * 0.9, 0.9)));
  for (let i = 0; i <= rows; i++) {
    const yy = y + (height * i) / rows;
    points.push(i % 2 === 0 ? [x + rng.range(-0.6, 0.8), yy] : [x + width + rng.range(-0.8, 0.6), yy]);
  }
  return stroke(pathOf(points), pen, 1.6);
}

/** Handwritten words in the pen's colour (a slanted hand; the glyphs come from the system's font). */
export function handwriting(rng: Rng, pen: Pen, text: string, x: number, baseline: number, size: number): string {
  const angle = rng.range(-6, 4);
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<text x="${fmt(x)}" y="${fmt(baseline)}" font-family="DejaVu Sans, sans-serif" font-style="italic" font-size="${fmt(size)}" fill="${pen.colour}" opacity="${pen.opacity}" transform="rotate(${fmt(angle)} ${fmt(x)} ${fmt(baseline)})">${escaped}</text>`;
}

/** Rough width of handwriting of `text` at `size` (italic sans: about 0.55 em a character). */
export function handwritingWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

/** A signature: a tall first letter, then looping cursive strokes of varying height, and a flourish under them. */
export function signature(rng: Rng, pen: Pen, x: number, y: number, width: number, height: number): string {
  const loops = rng.int(4, 7);
  const steps = loops * 18;
  const total = loops * 2 * Math.PI;
  const advance = (width * 0.8) / total;
  const phase = rng.range(0, 6);
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * total;
    const tall = i < 18 ? 1.5 : 0.55 + 0.35 * Math.sin(t / 2.3 + phase);
    points.push([x + advance * t + advance * 2.2 * Math.cos(t), y + height * 0.5 - height * 0.32 * tall * Math.sin(t) + rng.normal() * 0.1]);
  }
  const under: Point[] = [[x + width * rng.range(0, 0.1), y + height * 0.9], [x + width * rng.range(0.9, 1), y + height * rng.range(0.7, 0.85)]];
  return stroke(pathOf(points), pen) + handLine(rng, pen, under[0] as Point, under[1] as Point, 0.5);
}
