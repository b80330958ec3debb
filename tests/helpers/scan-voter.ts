import type { Mark } from '../../shared/domain';
import type { BallotLayout, BallotOnPage, NameLayout, Rect } from '../../shared/scan/layout';
import { randomInt } from './random';

/** What the voter meant for a name; `ambiguous` when no reading of it is right (a person must decide). */
export type Intent = 'struck' | 'kept' | Mark | 'ambiguous';

export type StrikeStyle = 'straight' | 'wavy' | 'double' | 'faint' | 'partial';
export type BoxStyle = 'x' | 'tick' | 'sloppy';

export interface Voted {
  /** SVG elements drawn over the ballot (page points). */
  marks: string;
  intent: Map<string, Intent>;
  /** How each name was marked (for the bench's figures per kind of mark). */
  styles: Map<string, string>;
}

const PENS = ['#0d1b6e', '#111111', '#1a237e', '#222244'];

type Random = () => number;
const between = (random: Random, a: number, b: number) => a + (b - a) * random();
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function stroke(d: string, color: string, width: number): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width.toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** A strike through a name, in one of the ways voters strike (faint: a light pencil; partial: part of the name only). */
export function strikeMarkup(random: Random, name: NameLayout, style: StrikeStyle, fontSize: number, penOverride?: string): string {
  const cellRight = name.rowRect.x + name.rowRect.width - 3;
  let x0 = name.nameRect.x - between(random, 1, 8);
  let x1 = Math.min(cellRight, name.nameRect.x + name.nameRect.width + between(random, 1, 10));
  if (style === 'partial') {
    const share = between(random, 0.55, 0.9);
    if (random() < 0.5) x1 = name.nameRect.x + name.nameRect.width * share;
    else x0 = name.nameRect.x + name.nameRect.width * (1 - share);
  }
  const mid = name.nameRect.y + fontSize * between(random, 0.45, 0.7);
  const slope = between(random, -1.5, 1.5);
  const pen = penOverride ?? (style === 'faint' ? pick(random, ['#8a8a8a', '#9a9a9a', '#a8a8a8']) : pick(random, PENS));
  const width = style === 'faint' ? between(random, 0.6, 1) : between(random, 0.7, 1.8);
  const line = (dy: number) => {
    if (style !== 'wavy') return `M${x0.toFixed(2)} ${(mid + dy).toFixed(2)} L${x1.toFixed(2)} ${(mid + dy + slope).toFixed(2)}`;
    const amp = between(random, 0.8, 2);
    const period = between(random, 7, 14);
    const pts: string[] = [];
    for (let x = x0; x <= x1; x += 1.5) pts.push(`${x.toFixed(2)} ${(mid + dy + slope * ((x - x0) / (x1 - x0)) + amp * Math.sin(((x - x0) / period) * 2 * Math.PI)).toFixed(2)}`);
    return `M${pts.join(' L')}`;
  };
  const d = style === 'double' ? `${line(-between(random, 0.8, 1.6))} ${line(between(random, 0.8, 1.6))}` : line(0);
  return stroke(d, pen, width);
}

/** A small tick beside a kept name (in the name's cell, right of the name). */
export function tickBeside(random: Random, name: NameLayout): string | null {
  const room = name.rowRect.x + name.rowRect.width - (name.nameRect.x + name.nameRect.width);
  if (room < 24) return null;
  const x = name.nameRect.x + name.nameRect.width + between(random, 8, Math.min(room - 12, 40));
  const y = name.rowRect.y + name.rowRect.height * 0.6;
  return stroke(`M${x} ${y} L${x + 3} ${y + 3} L${x + 9} ${y - 5}`, pick(random, PENS), between(random, 0.8, 1.4));
}

/** A mark in a box: an X, a tick, or a sloppy X (larger, off centre). */
export function boxMarkup(random: Random, box: Rect, style: BoxStyle): string {
  const cx = box.x + box.width / 2 + between(random, -0.15, 0.15) * box.width;
  const cy = box.y + box.height / 2 + between(random, -0.1, 0.1) * box.height;
  const r = Math.min(box.width, box.height) * (style === 'sloppy' ? between(random, 0.45, 0.6) : between(random, 0.25, 0.38));
  const pen = pick(random, PENS);
  const width = between(random, 0.8, 1.8);
  if (style === 'tick') return stroke(`M${cx - r} ${cy} L${cx - r * 0.3} ${cy + r * 0.8} L${cx + r * 1.1} ${cy - r}`, pen, width);
  const wobble = () => between(random, -0.15, 0.15) * r;
  return stroke(`M${cx - r + wobble()} ${cy - r} L${cx + r + wobble()} ${cy + r} M${cx + r + wobble()} ${cy - r} L${cx - r + wobble()} ${cy + r}`, pen, width);
}

/** Format A: keeps between 1 and N names (now and then more, or none), strikes the rest, ticks some kept names. */
/** A voter's habits forced (the bench's sweeps): every strike in one style, or in one pen. */
export interface VoterHabit {
  strike?: StrikeStyle;
  pen?: string;
}

export function voteFormatA(random: Random, layout: BallotLayout, ballot: BallotOnPage = layout.ballots[0] as BallotOnPage, habit: VoterHabit = {}): Voted {
  const names = ballot.names;
  const seats = layout.election.seats;
  const roll = random();
  const keep = roll < 0.04 ? Math.min(names.length, seats + 1) : roll < 0.06 ? 0 : randomInt(random, 1, Math.min(seats, names.length));
  const order = names.map((n) => ({ n, k: random() })).sort((a, b) => a.k - b.k);
  const kept = new Set(order.slice(0, keep).map((o) => o.n.id));
  const intent = new Map<string, Intent>();
  const styles = new Map<string, string>();
  const marks: string[] = [];
  for (const name of names) {
    if (kept.has(name.id)) {
      intent.set(name.id, 'kept');
      const tick = random() < 0.1 ? tickBeside(random, name) : null;
      if (tick) marks.push(tick);
      styles.set(name.id, tick ? 'tick' : 'kept');
      continue;
    }
    const r = random();
    const style: StrikeStyle = habit.strike ?? (r < 0.45 ? 'straight' : r < 0.67 ? 'wavy' : r < 0.85 ? 'double' : r < 0.93 ? 'partial' : 'faint');
    intent.set(name.id, 'struck');
    styles.set(name.id, style);
    marks.push(strikeMarkup(random, name, style, layout.fontSize, habit.pen));
  }
  return { marks: marks.join(''), intent, styles };
}

/** Format B: X, tick or sloppy X in one box; now and then both boxes, neither, one X across both, an X over the name. */
export function voteFormatB(random: Random, layout: BallotLayout, ballot: BallotOnPage = layout.ballots[0] as BallotOnPage): Voted {
  const intent = new Map<string, Intent>();
  const styles = new Map<string, string>();
  const marks: string[] = [];
  for (const name of ballot.names) {
    const agree = name.agreeBox as Rect;
    const disagree = name.disagreeBox as Rect;
    const r = random();
    const style: BoxStyle = pick(random, ['x', 'x', 'tick', 'sloppy'] as const);
    if (r < 0.62) {
      intent.set(name.id, 'agree');
      marks.push(boxMarkup(random, agree, style));
      styles.set(name.id, style);
    } else if (r < 0.88) {
      intent.set(name.id, 'disagree');
      marks.push(boxMarkup(random, disagree, style));
      styles.set(name.id, style);
    } else if (r < 0.92) {
      intent.set(name.id, 'both');
      marks.push(boxMarkup(random, agree, 'x'), boxMarkup(random, disagree, 'x'));
      styles.set(name.id, 'both');
    } else if (r < 0.95) {
      intent.set(name.id, 'none');
      styles.set(name.id, 'none');
    } else if (r < 0.975) {
      intent.set(name.id, 'ambiguous');
      const y0 = agree.y + agree.height * 0.2;
      const y1 = agree.y + agree.height * 0.8;
      const x0 = agree.x + agree.width * 0.4;
      const x1 = disagree.x + disagree.width * 0.6;
      marks.push(stroke(`M${x0} ${y0} L${x1} ${y1} M${x1} ${y0} L${x0} ${y1}`, pick(random, PENS), 1.2));
      styles.set(name.id, 'across');
    } else {
      intent.set(name.id, 'ambiguous');
      const n = name.nameRect;
      marks.push(stroke(`M${n.x} ${n.y} L${n.x + n.width} ${n.y + n.height} M${n.x + n.width} ${n.y} L${n.x} ${n.y + n.height}`, pick(random, PENS), 1.2));
      styles.set(name.id, 'over-name');
    }
  }
  return { marks: marks.join(''), intent, styles };
}
