import type { Mark } from '../../shared/domain';
import type { BallotLayout, BallotOnPage, NameLayout, Rect } from '../../shared/scan/layout';
import { randomInt } from './random';
import { between, borderTick, circleAround, handwriting, lineThroughName, markOverName, partialStrike, pencilAttributes, PENCILS, PENS, pick, REMARKS, signature, solidBox, stroke, tickBeside, writingBeside } from './scan-marks';

export { tickBeside } from './scan-marks';

/** What the voter meant for a name; `ambiguous` when no reading of it is right (a person must decide). */
export type Intent = 'struck' | 'kept' | Mark | 'ambiguous';

export type StrikeStyle = 'straight' | 'wavy' | 'double' | 'faint' | 'partial' | 'pencil';
export type BoxStyle = 'x' | 'tick' | 'sloppy' | 'solid';

/** Marks a committee must judge (issue 17, items 1 and 2); each puts one name (or box row) of the paper beyond a clean reading. */
export const ODD_MARKS_A = ['writing', 'circle', 'circle-struck', 'surname', 'half', 'tick-beside'] as const;
export const ODD_MARKS_B = ['border-tick', 'line-through-name', 'over-name', 'across'] as const;
export type OddMark = (typeof ODD_MARKS_A)[number] | (typeof ODD_MARKS_B)[number];

export interface Voted {
  /** SVG elements drawn over the ballot (page points). */
  marks: string;
  /** Something beyond the names a person must see (a signature, a remark outside the rows): the paper must never be counted unseen. */
  needsPerson?: string;
  intent: Map<string, Intent>;
  /** How each name was marked (for the bench's figures per kind of mark). */
  styles: Map<string, string>;
}

type Random = () => number;

/** A strike through a name, in one of the ways voters strike (faint: a light pencil; partial: part of the name only; pencil: graphite). */
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
  const pen = penOverride ?? (style === 'faint' ? pick(random, ['#8a8a8a', '#9a9a9a', '#a8a8a8']) : style === 'pencil' ? pick(random, PENCILS) : pick(random, PENS));
  const width = style === 'faint' ? between(random, 0.6, 1) : style === 'pencil' ? between(random, 0.7, 1.2) : between(random, 0.7, 1.8);
  const line = (dy: number) => {
    if (style !== 'wavy') return `M${x0.toFixed(2)} ${(mid + dy).toFixed(2)} L${x1.toFixed(2)} ${(mid + dy + slope).toFixed(2)}`;
    const amp = between(random, 0.8, 2);
    const period = between(random, 7, 14);
    const pts: string[] = [];
    for (let x = x0; x <= x1; x += 1.5) pts.push(`${x.toFixed(2)} ${(mid + dy + slope * ((x - x0) / (x1 - x0)) + amp * Math.sin(((x - x0) / period) * 2 * Math.PI)).toFixed(2)}`);
    return `M${pts.join(' L')}`;
  };
  const d = style === 'double' ? `${line(-between(random, 0.8, 1.6))} ${line(between(random, 0.8, 1.6))}` : line(0);
  return stroke(d, pen, width, style === 'pencil' ? pencilAttributes(random) : '');
}

/**
 * A mark in a box: an X, a tick, a sloppy X (larger, off centre), or the box filled in solid.
 * `contained`: the mark stays inside its box (a clean voter), otherwise a sloppy X may run over.
 */
export function boxMarkup(random: Random, box: Rect, style: BoxStyle, contained = false, penOverride?: string): string {
  const pen = penOverride ?? pick(random, PENS);
  if (style === 'solid') return solidBox(random, box, pen);
  const cx = box.x + box.width / 2 + between(random, -0.15, 0.15) * box.width;
  const cy = box.y + box.height / 2 + between(random, -0.1, 0.1) * box.height;
  const most = contained ? Math.min(cx - box.x, box.x + box.width - cx, cy - box.y, box.y + box.height - cy) - 2.5 : Infinity;
  const r = Math.min(most, Math.min(box.width, box.height) * (style === 'sloppy' ? between(random, 0.45, 0.6) : between(random, 0.25, 0.38)));
  const width = between(random, 0.8, 1.8);
  if (style === 'tick') return stroke(`M${cx - r} ${cy} L${cx - r * 0.3} ${cy + r * 0.8} L${cx + r * (contained ? 1 : 1.1)} ${cy - r}`, pen, width);
  const wobble = () => between(random, -0.15, 0.15) * r;
  return stroke(`M${cx - r + wobble()} ${cy - r} L${cx + r + wobble()} ${cy + r} M${cx + r + wobble()} ${cy - r} L${cx - r + wobble()} ${cy + r}`, pen, width);
}

/** A voter's habits forced (the bench's sweeps and conditions). */
export interface VoterHabit {
  /** Every strike in one style, or in one pen. */
  strike?: StrikeStyle;
  pen?: string;
  /** Only clean marks: whole strikes (straight, wavy, double) and nothing else (format A); one mark inside one box, or both boxes, or none (format B). */
  clean?: boolean;
  /** One name marked so, for a person to judge, besides clean marks elsewhere. */
  odd?: OddMark;
  /** Format B: every box marked so. */
  box?: BoxStyle;
  /** Format A: how many names kept (else 1 to N at random, now and then N + 1 or none). */
  keep?: number;
  /** Format A: exactly these names struck (by id), the others kept. */
  struckIds?: readonly string[];
  /** Outside the rows: a signature, or a remark ("Nhất trí"), somewhere on the paper (over the printed text too). */
  outside?: 'signature' | 'remark';
}

/** Where on the paper, outside the rows, a voter signs or writes a remark: over the instruction, under the table, beside the title, in the bottom margin. */
function outsideMark(random: Random, ballot: BallotOnPage, fontSize: number, kind: 'signature' | 'remark'): string {
  const { slot, table } = ballot;
  const bottom = Math.max(...ballot.printed.map((r) => r.y + r.height));
  const spots = [
    { x: table.x + table.width * between(random, 0.1, 0.5), y: table.y + table.height + between(random, 4, 14) },
    { x: slot.x + slot.width * between(random, 0.25, 0.55), y: (bottom + slot.y + slot.height - 20) / 2 },
    { x: slot.x + slot.width * between(random, 0.55, 0.7), y: table.y - between(random, 12, 20) },
    { x: slot.x + slot.width * between(random, 0.2, 0.4), y: bottom - between(random, 4, 14) },
  ];
  const at = pick(random, spots);
  const pen = pick(random, PENS);
  if (kind === 'signature') return signature(random, at.x, at.y, between(random, 28, 50), pen);
  return handwriting(random, pick(random, REMARKS), at.x, at.y - fontSize * 0.6, Math.max(7, fontSize * between(random, 0.8, 1.1)), pen);
}

function cleanStrike(random: Random): StrikeStyle {
  const r = random();
  return r < 0.5 ? 'straight' : r < 0.75 ? 'wavy' : 'double';
}

/** Which names a format-A voter keeps. */
function keptNames(random: Random, names: readonly NameLayout[], seats: number, habit: VoterHabit): Set<string> {
  if (habit.struckIds) return new Set(names.filter((n) => !habit.struckIds?.includes(n.id)).map((n) => n.id));
  const roll = random();
  const keep = habit.keep ?? (roll < 0.04 ? Math.min(names.length, seats + 1) : roll < 0.06 ? 0 : randomInt(random, 1, Math.min(seats, names.length)));
  const order = names.map((n) => ({ n, k: random() })).sort((a, b) => a.k - b.k);
  return new Set(order.slice(0, keep).map((o) => o.n.id));
}

/**
 * Format A: keeps between 1 and N names (now and then more, or none), strikes the rest; the
 * habitual voter ticks some kept names and strikes some names only in part or faintly; the clean
 * voter strikes whole names and nothing else. `habit.odd` marks one name for a person to judge.
 */
export function voteFormatA(random: Random, layout: BallotLayout, ballot: BallotOnPage = layout.ballots[0] as BallotOnPage, habit: VoterHabit = {}): Voted {
  const names = ballot.names;
  const kept = keptNames(random, names, layout.election.seats, habit);
  const intent = new Map<string, Intent>();
  const styles = new Map<string, string>();
  const marks: string[] = [];
  const struck = names.filter((n) => !kept.has(n.id));
  const oddNeedsStrike = habit.odd === 'writing' || habit.odd === 'surname' || habit.odd === 'half' || habit.odd === 'circle-struck';
  const oddTarget = habit.odd === undefined ? undefined : oddNeedsStrike ? pick(random, struck.length > 0 ? struck : names) : pick(random, kept.size > 0 ? names.filter((n) => kept.has(n.id)) : names);
  for (const name of names) {
    if (name === oddTarget) {
      marks.push(oddMarkA(random, name, habit.odd as OddMark, layout.fontSize, habit));
      intent.set(name.id, 'ambiguous');
      styles.set(name.id, habit.odd as string);
      continue;
    }
    if (kept.has(name.id)) {
      intent.set(name.id, 'kept');
      const tick = !habit.clean && random() < 0.1 ? tickBeside(random, name) : null;
      if (tick) marks.push(tick);
      intent.set(name.id, tick ? 'ambiguous' : 'kept');
      styles.set(name.id, tick ? 'tick' : 'kept');
      continue;
    }
    const r = random();
    const style: StrikeStyle = habit.strike ?? (habit.clean ? cleanStrike(random) : r < 0.45 ? 'straight' : r < 0.67 ? 'wavy' : r < 0.85 ? 'double' : r < 0.93 ? 'partial' : 'faint');
    intent.set(name.id, 'struck');
    styles.set(name.id, style);
    marks.push(strikeMarkup(random, name, style, layout.fontSize, habit.pen));
  }
  if (habit.outside) marks.push(outsideMark(random, ballot, layout.fontSize, habit.outside));
  return { marks: marks.join(''), intent, styles, ...(habit.outside ? { needsPerson: habit.outside } : {}) };
}

function oddMarkA(random: Random, name: NameLayout, odd: OddMark, fontSize: number, habit: VoterHabit): string {
  const pen = habit.pen ?? pick(random, PENS);
  switch (odd) {
    case 'writing':
      return strikeMarkup(random, name, cleanStrike(random), fontSize, pen) + writingBeside(random, name, fontSize, pen);
    case 'circle':
      return circleAround(random, name, pen);
    case 'circle-struck':
      return strikeMarkup(random, name, 'straight', fontSize, pen) + circleAround(random, name, pen);
    case 'surname':
    case 'half':
      return partialStrike(random, name, fontSize, odd, pen);
    case 'tick-beside':
      return tickBeside(random, name, pen) ?? writingBeside(random, name, fontSize, pen);
    default:
      throw new Error(`${odd} is a mark of format B`);
  }
}

/** Format B, one name: its mark and what the voter meant. */
function markB(random: Random, name: NameLayout, habit: VoterHabit): { mark: string; intent: Intent; style: string } {
  const agree = name.agreeBox as Rect;
  const disagree = name.disagreeBox as Rect;
  const r = random();
  const style: BoxStyle = habit.box ?? pick(random, ['x', 'x', 'tick', 'sloppy'] as const);
  const contained = habit.clean === true;
  if (r < 0.62) return { mark: boxMarkup(random, agree, style, contained, habit.pen), intent: 'agree', style };
  if (r < 0.88) return { mark: boxMarkup(random, disagree, style, contained, habit.pen), intent: 'disagree', style };
  // Both boxes: RULES R3 gives the name no vote, but the voter may have changed their mind: the committee judges (issue 17).
  if (r < 0.92 && !habit.clean) return { mark: boxMarkup(random, agree, 'x', contained, habit.pen) + boxMarkup(random, disagree, 'x', contained, habit.pen), intent: 'ambiguous', style: 'both' };
  if (r < 0.92) return { mark: boxMarkup(random, agree, style, contained, habit.pen), intent: 'agree', style };
  if (r < 0.95 || habit.clean) return { mark: '', intent: 'none', style: 'none' };
  if (r < 0.975) return { mark: oddMarkB(random, name, 'across', 10), intent: 'ambiguous', style: 'across' };
  return { mark: oddMarkB(random, name, 'over-name', 10), intent: 'ambiguous', style: 'over-name' };
}

function oddMarkB(random: Random, name: NameLayout, odd: OddMark, fontSize: number): string {
  const agree = name.agreeBox as Rect;
  const disagree = name.disagreeBox as Rect;
  switch (odd) {
    case 'border-tick':
      return borderTick(random, name);
    case 'line-through-name':
      return lineThroughName(random, name, fontSize);
    case 'over-name':
      return markOverName(random, name);
    case 'across': {
      const y0 = agree.y + agree.height * 0.2;
      const y1 = agree.y + agree.height * 0.8;
      const x0 = agree.x + agree.width * 0.4;
      const x1 = disagree.x + disagree.width * 0.6;
      return stroke(`M${x0} ${y0} L${x1} ${y1} M${x1} ${y0} L${x0} ${y1}`, pick(random, PENS), 1.2);
    }
    default:
      throw new Error(`${odd} is a mark of format A`);
  }
}

/** Format B: X, tick or sloppy X in one box; now and then neither; the habitual voter also marks both boxes, one X across both, an X over the name. */
export function voteFormatB(random: Random, layout: BallotLayout, ballot: BallotOnPage = layout.ballots[0] as BallotOnPage, habit: VoterHabit = {}): Voted {
  const intent = new Map<string, Intent>();
  const styles = new Map<string, string>();
  const marks: string[] = [];
  const oddTarget = habit.odd === undefined ? undefined : pick(random, ballot.names);
  for (const name of ballot.names) {
    if (name === oddTarget) {
      marks.push(oddMarkB(random, name, habit.odd as OddMark, layout.fontSize));
      intent.set(name.id, 'ambiguous');
      styles.set(name.id, habit.odd as string);
      continue;
    }
    const { mark, intent: meant, style } = markB(random, name, habit);
    marks.push(mark);
    intent.set(name.id, meant);
    styles.set(name.id, style);
  }
  if (habit.outside) marks.push(outsideMark(random, ballot, layout.fontSize, habit.outside));
  return { marks: marks.join(''), intent, styles, ...(habit.outside ? { needsPerson: habit.outside } : {}) };
}

export { between, pick };
