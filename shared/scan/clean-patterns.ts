import type { Mark } from '../domain';

/**
 * Confident only on a clean pattern (issue 17, item 1). The reader measures, in every row of a
 * scanned ballot, the ink the blank ballot does not have, zone by zone (src-main/scan/zones.ts);
 * this pure function says what those measures mean. A name is read with confidence only when its
 * row shows one of the clean patterns:
 *   - nothing at all (format A: kept; format B: neither box);
 *   - format A: one stroke through the name band across the whole name, and nothing else;
 *   - format B: a mark inside exactly one box, nothing on the name, nothing on the line between
 *     the boxes (both boxes marked is for the committee: RULES R3 counts no vote, but the voter
 *     may have changed their mind).
 * Anything else makes the name uncertain, with the reasons (`NameDoubt`) a person is shown: the
 * committee judges writing, circles, partial strikes and the like (RULES R3 rulings are never the
 * machine's).
 */

export interface BoxInk {
  definite: number;
  faint: number;
  core?: number;
  byLine?: number;
}

/** What the reader measured in one row (points, square points, shares), kept with the image as evidence. */
export interface ZoneMeasures {
  /** Share of the name's width crossed by one stroke through the name band (definite ink; the strike, or in format B a line through the name). */
  crossed: number;
  /** The stroke's height (points; 90th percentile of its columns): one line, or two close lines, is low; writing or a scribble is high. */
  strokeHeight: number;
  /** Share of the stroke's columns where its ink stands well above its usual height: letters or a mark over the stroke. */
  bumps?: number;
  /** Points of the stroke, where it runs on past the name, unlike the rest of it (gaps, more lines, taller ink): writing that follows on from the stroke's end in its line. */
  ends?: number;
  /** Ink in the row beyond the stroke and the boxes' marks (square points of definite ink): writing, a tick, a second shape. */
  stray: number;
  /** Faint ink in the row away from the stroke and clear of the print (square points): writing too light or small to be definite ink. */
  faintStray?: number;
  /** Share of the name's columns with ink both above and below the name's letters: a circle or a box drawn round it. */
  around: number;
  /** Share of the name's width crossed by faint ink (pencil, a light pen), looked for clear of the print. */
  faint: number;
  /** How strongly a faint line runs along the name (summed darkness of its pixel lines). */
  line: number;
  /**
   * Format B: the share of each box's inside inked (definite, and with faint ink counted), of its
   * core (the inside less a margin: a mark is there, not only at the box's edges), and the share of
   * the box's ink lying by the line between the two boxes.
   */
  agree?: BoxInk;
  disagree?: BoxInk;
  /** Format B: definite ink on the name's cells (square points), and astride the line between the boxes. Format A, `edges`: ink just beyond the row's top or bottom line, where it is not clear which row it belongs to. */
  nameInk?: number;
  border?: number;
  edges?: number;
}

export const NAME_DOUBTS = ['faint', 'partial', 'writing', 'circle', 'stroke_shape', 'mark_beside', 'name_ink', 'border', 'across_boxes', 'both_boxes', 'box_unclear', 'out_of_row', 'two_lines'] as const;
export type NameDoubt = (typeof NAME_DOUBTS)[number];

/** Why a name waits for a person, as the review and the command line say it. */
export const NAME_DOUBT_LABELS: Record<NameDoubt, string> = {
  faint: 'nét mờ, máy không chắc là có gạch hay không',
  partial: 'chỉ gạch một phần tên (không gạch cả họ và tên)',
  writing: 'có chữ viết hoặc nét vẽ thêm trong dòng tên',
  circle: 'tên bị khoanh tròn hoặc đóng khung',
  stroke_shape: 'nét gạch không rõ ràng (nhiều nét, nét rối hoặc nét dày)',
  mark_beside: 'có dấu hoặc nét vẽ trong dòng tên nhưng không phải nét gạch ngang',
  name_ink: 'có nét trên tên (gạch hoặc đánh dấu vào tên thay vì vào ô)',
  border: 'dấu nằm trên đường kẻ giữa hai ô',
  across_boxes: 'một dấu chạy qua cả hai ô',
  both_boxes: 'đánh dấu cả hai ô',
  box_unclear: 'dấu trong ô không rõ (nét mờ, rất nhỏ hoặc chỉ ở sát mép ô)',
  out_of_row: 'nét chạy ra ngoài dòng (dấu tràn sang dòng khác, bóng đổ hoặc nếp gấp)',
  two_lines: 'tên in trên hai dòng, máy không đo được nét gạch',
};

/** The thresholds of the clean patterns (src-main/scan/thresholds.ts gives them; they are stored with the evidence). */
export interface PatternThresholds {
  /** Format A: struck when at least this share of the name is crossed by one stroke; nothing when at most `nothing`. */
  struck: number;
  nothing: number;
  /** Format A: the highest a stroke may be (points) to be one stroke (two close lines included). */
  strokeHeight: number;
  /** Share of the stroke's columns allowed to stand above its usual height (where it crosses a letter, at its ends). */
  bumps: number;
  /** Points of the stroke past the name allowed to be unlike the rest of it (its end, a hook of the pen). */
  ends: number;
  /** Square points of stray ink allowed in a row (a speck of dust, the grain of a 1-bit scan). */
  stray: number;
  /** Square points of faint ink allowed away from the stroke (the grain of a scan, a compressed file's halo). */
  faintStray: number;
  /** Share of the name's columns with ink above and below it from which the name is circled. */
  around: number;
  /** Faint ink: a name is kept only at or below `faint` crossed and `line` strength. */
  faint: number;
  line: number;
  /** Format B: a box is marked at or above `marked` of its inside and of its core inked, empty at or below `empty` (faint counted); a mark with more than `byLine` of its ink by the line between the boxes stands on that line. */
  byLine: number;
  marked: number;
  empty: number;
}

export interface NameVerdict {
  reading: 'struck' | 'kept' | Mark | 'uncertain';
  doubts: NameDoubt[];
}

const uncertain = (doubts: NameDoubt[]): NameVerdict => ({ reading: 'uncertain', doubts });

/** Format A: struck, kept, or uncertain with the reasons. */
export function readStrikePattern(m: ZoneMeasures, t: PatternThresholds, twoLines = false): NameVerdict {
  if (twoLines) return uncertain(['two_lines']);
  const doubts: NameDoubt[] = [];
  const stroke = m.crossed > t.nothing;
  const circled = m.around >= t.around;
  if (circled) doubts.push('circle');
  if ((m.stray > t.stray || (m.faintStray ?? 0) > t.faintStray) && !circled) doubts.push(stroke ? 'writing' : 'mark_beside');
  // Writing that follows on from the stroke's end in its line is followed as the stroke: it shows where the stroke runs past the name.
  if (stroke && (m.ends ?? 0) > t.ends) doubts.push('writing');
  if (stroke && m.crossed < t.struck) doubts.push('partial');
  if ((m.edges ?? 0) > t.stray) doubts.push('out_of_row');
  if (stroke && (m.strokeHeight > t.strokeHeight || (m.bumps ?? 0) > t.bumps)) doubts.push('stroke_shape');
  if (!stroke && (m.faint > t.faint || m.line > t.line)) doubts.push('faint');
  if (doubts.length > 0) return uncertain(unique(doubts));
  return { reading: stroke ? 'struck' : 'kept', doubts: [] };
}

/** Format B: one box marked cleanly, neither, or uncertain with the reasons. */
export function readBoxPattern(m: ZoneMeasures, t: PatternThresholds): NameVerdict {
  const box = (b: BoxInk | undefined): 'marked' | 'empty' | 'unsure' => {
    const v = b ?? { definite: 0, faint: 0 };
    if (v.definite >= t.marked && (v.core ?? v.definite) >= t.marked) return 'marked';
    return v.faint <= t.empty ? 'empty' : 'unsure';
  };
  const agree = box(m.agree);
  const disagree = box(m.disagree);
  const doubts: NameDoubt[] = [];
  if ((m.nameInk ?? 0) > t.stray || m.crossed > t.nothing || m.faint > t.faint) doubts.push('name_ink');
  const byLine = (b: BoxInk | undefined, state: string) => state === 'marked' && (b?.byLine ?? 0) > t.byLine;
  if ((m.border ?? 0) > t.stray || byLine(m.agree, agree) || byLine(m.disagree, disagree)) doubts.push(agree === 'marked' && disagree === 'marked' ? 'across_boxes' : 'border');
  if ((m.edges ?? 0) > t.stray) doubts.push('out_of_row');
  if (m.stray > t.stray) doubts.push('writing');
  if (agree === 'unsure' || disagree === 'unsure') doubts.push('box_unclear');
  // Both boxes marked is no clean pattern: the voter changed their mind, or means "no vote"; the committee says which.
  if (agree === 'marked' && disagree === 'marked' && !doubts.includes('across_boxes')) doubts.push('both_boxes');
  if (doubts.length > 0) return uncertain(unique(doubts));
  if (agree === 'marked') return { reading: 'agree', doubts: [] };
  if (disagree === 'marked') return { reading: 'disagree', doubts: [] };
  return { reading: 'none', doubts: [] };
}

function unique(doubts: NameDoubt[]): NameDoubt[] {
  return [...new Set(doubts)];
}

/** "3. Hồ Thị An: có chữ viết…; 5. …": the doubted names by their number on the ballot, with why. */
export function doubtsText(names: readonly { id: string; number: number; name: string }[], doubts: Readonly<Record<string, readonly NameDoubt[]>>): string {
  return names
    .filter((n) => (doubts[n.id]?.length ?? 0) > 0)
    .map((n) => `${n.number}. ${n.name}: ${(doubts[n.id] as NameDoubt[]).map((d) => NAME_DOUBT_LABELS[d]).join(', ')}`)
    .join('; ');
}
