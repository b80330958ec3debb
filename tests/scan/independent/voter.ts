/**
 * A voter marking one printed ballot: the SVG of their ink (PDF points, page coordinates) and the
 * truth about every name. One kind of special mark per paper, on an otherwise clean paper, so
 * that each finding is traced to its mark.
 */
import type { BallotTruth, MarkKind, NameTruth } from './kinds';
import { validUnderR3 } from './kinds';
import { bottom, centerY, right, writingSpot, type LayoutBallot, type LayoutName, type Rect } from './layout';
import { choosePen, cross, fill, handLine, handwriting, handwritingWidth, loopAround, signature, tick, wavyLine, type Pen } from './pen';
import type { Rng } from './rng';

export interface MarkedBallot {
  svg: string;
  truth: BallotTruth;
}

interface Paper {
  ballot: LayoutBallot;
  format: 'A' | 'B';
  seats: number;
  lineHeight: number;
}

type StrikeStyle = 'A-thang' | 'A-luon' | 'A-doi' | 'A-chi';
type BoxStyle = 'B-x' | 'B-tick' | 'B-to';

const WRITE_INS = ['Lê Văn Tám', 'Phạm Thị Hoa', 'Nguyễn Văn Tư', 'Trần Thị Mai'];
const OUTSIDE_WORDS = ['Nhất trí', 'Đồng ý tất cả', 'Tôi bầu đủ', 'Đề nghị xem lại'];

/** The lines a printed name occupies (a long name may wrap onto two). */
function nameLines(name: LayoutName, lineHeight: number): Rect[] {
  const count = Math.max(1, Math.round(name.nameRect.height / lineHeight));
  const h = name.nameRect.height / count;
  return Array.from({ length: count }, (_, i) => ({ x: name.nameRect.x, y: name.nameRect.y + i * h, width: name.nameRect.width, height: h }));
}

/** A clean strike through the whole printed name, from just before its first letter to past its last. */
function strikeName(rng: Rng, pen: Pen, style: StrikeStyle, name: LayoutName, lineHeight: number): string {
  return nameLines(name, lineHeight)
    .map((line) => {
      const y = centerY(line) + line.height * rng.range(-0.12, 0.18);
      const slope = line.height * rng.range(-0.12, 0.12);
      const x0 = line.x - rng.range(1, 5);
      const x1 = Math.max(right(line) + 0.5, Math.min(right(line) + rng.range(2, 14), right(name.rowRect) - 2));
      if (style === 'A-luon') return wavyLine(rng, pen, [x0, y], [x1, y + slope], rng.range(0.8, 1.6));
      if (style === 'A-doi') {
        const gap = rng.range(1.1, 1.8);
        return handLine(rng, pen, [x0, y - gap], [x1, y - gap + slope]) + handLine(rng, pen, [x0 + rng.range(-2, 2), y + gap], [x1 + rng.range(-3, 2), y + gap + slope]);
      }
      return handLine(rng, pen, [x0, y], [x1, y + slope]);
    })
    .join('');
}

/** A strike over only part of the name: the surname, or one half of it. */
function partialStrike(rng: Rng, pen: Pen, name: LayoutName, which: 'surname' | 'half'): string {
  const r = name.nameRect;
  const y = centerY(r) + r.height * rng.range(-0.1, 0.15);
  if (which === 'surname') {
    const surname = name.name.split(' ')[0] ?? name.name;
    const share = (surname.length + 0.3) / name.name.length;
    return handLine(rng, pen, [r.x - rng.range(1, 3), y], [r.x + r.width * share + rng.range(0.5, 2), y + rng.range(-0.8, 0.8)]);
  }
  if (rng.chance(0.5)) return handLine(rng, pen, [r.x - rng.range(1, 3), y], [r.x + r.width * rng.range(0.4, 0.52), y + rng.range(-0.8, 0.8)]);
  return handLine(rng, pen, [r.x + r.width * rng.range(0.5, 0.62), y], [right(r) + rng.range(2, 8), y + rng.range(-0.8, 0.8)]);
}

/** Words written in the row, right of the name (smaller when the row is narrow), never outside the row. */
function writeInRow(rng: Rng, pen: Pen, name: LayoutName, text: string, fontSize: number): string {
  const start = right(name.nameRect) + rng.range(5, 12);
  const room = right(name.rowRect) - 3 - start;
  let size = Math.min(fontSize * rng.range(0.85, 1.1), room / (text.length * 0.55));
  if (size >= 5.5) return handwriting(rng, pen, text, start, centerY(name.nameRect) + size * 0.35, size);
  size = Math.min(fontSize * 0.7, (name.rowRect.width * 0.5) / (text.length * 0.55));
  const x = right(name.rowRect) - 3 - handwritingWidth(text, size);
  return handwriting(rng, pen, text, x, name.rowRect.y + size * 0.95, size);
}

function boxMark(rng: Rng, pen: Pen, style: BoxStyle, box: Rect): string {
  const mx = box.width * rng.range(0.15, 0.3);
  const my = box.height * rng.range(0.12, 0.25);
  const inner = { x: box.x + mx + rng.range(-2, 2), y: box.y + my, width: box.width - 2 * mx, height: box.height - 2 * my };
  if (style === 'B-tick') {
    const size = Math.min(inner.width, inner.height) * rng.range(0.9, 1.15);
    return tick(rng, pen, box.x + box.width / 2 + rng.range(-3, 3), centerY(box) + rng.range(-1.5, 1.5), size);
  }
  if (style === 'B-to') return fill(rng, pen, inner.x, inner.y, inner.width, inner.height, rng.chance(0.25));
  return cross(rng, pen, inner.x, inner.y, inner.width, inner.height);
}

function formatBRowMarks(rng: Rng, pen: Pen, style: BoxStyle, name: LayoutName, truth: NameTruth): string {
  if (truth === 'agree' && name.agreeBox) return boxMark(rng, pen, style, name.agreeBox);
  if (truth === 'disagree' && name.disagreeBox) return boxMark(rng, pen, style, name.disagreeBox);
  return '';
}

/** The clean choices of a voter: format A strikes enough names for a valid paper (now and then too few, or all). */
function cleanChoices(rng: Rng, paper: Paper): NameTruth[] {
  const count = paper.ballot.names.length;
  if (paper.format === 'A') {
    const least = count - paper.seats;
    const roll = rng.next();
    const strikes = roll < 0.86 ? least + (rng.chance(0.6) ? 0 : rng.int(1, Math.min(4, paper.seats - 1))) : roll < 0.96 || count > 20 ? rng.int(0, least - 1) : count;
    const order = [...Array(count).keys()];
    for (let i = count - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const struck = new Set(order.slice(0, strikes));
    return paper.ballot.names.map((_, i) => (struck.has(i) ? 'struck' : 'kept'));
  }
  const choices = paper.ballot.names.map((): NameTruth => (count === 1 ? (rng.chance(0.8) ? 'agree' : 'disagree') : rng.pick(['agree', 'agree', 'agree', 'agree', 'disagree', 'disagree', 'none'] as const)));
  if (!choices.some((t) => t !== 'none')) choices[0] = 'agree';
  return choices;
}

function judgeMark(rng: Rng, pen: Pen, kind: MarkKind, name: LayoutName, paper: Paper, fontSize: number, style: StrikeStyle): string {
  const strike = (): string => strikeName(rng, pen, style, name, paper.lineHeight);
  const r = name.nameRect;
  switch (kind) {
    case 'A-giu-lai': return strike() + writeInRow(rng, pen, name, rng.pick(['giữ lại', 'Giữ lại', 'giữ']), fontSize);
    case 'A-khong-gach': return strike() + writeInRow(rng, pen, name, rng.pick(['không gạch', 'Không gạch', 'gạch nhầm']), fontSize);
    case 'A-ghi-ten': return strike() + writeInRow(rng, pen, name, rng.pick(WRITE_INS), fontSize);
    case 'A-khoanh': return (rng.chance(0.3) ? strike() : '') + loopAround(rng, pen, r.x + r.width / 2, centerY(r), r.width / 2 + rng.range(4, 9), r.height / 2 + rng.range(1.5, 3.5));
    case 'A-ho': return partialStrike(rng, pen, name, 'surname');
    case 'A-nua-ten': return partialStrike(rng, pen, name, 'half');
    default: return formatBJudgeMark(rng, pen, kind, name);
  }
}

function formatBJudgeMark(rng: Rng, pen: Pen, kind: MarkKind, name: LayoutName): string {
  const agree = name.agreeBox as Rect;
  const disagree = name.disagreeBox as Rect;
  const r = name.nameRect;
  switch (kind) {
    case 'B-bien': return tick(rng, pen, right(agree) + rng.range(-1.5, 1.5), centerY(agree) + rng.range(-1, 1), Math.min(agree.height * 0.8, 16));
    case 'B-gach-ten': return handLine(rng, pen, [r.x - rng.range(1, 4), centerY(r) + rng.range(-1, 2)], [right(r) + rng.range(3, 12), centerY(r) + rng.range(-1.5, 1.5)]) + (rng.chance(0.5) ? boxMark(rng, pen, 'B-x', disagree) : '');
    case 'B-de-ten': return cross(rng, pen, r.x + r.width * 0.15, r.y + 1, Math.min(r.width * 0.6, 40), r.height - 2);
    case 'B-hai-o': return boxMark(rng, pen, 'B-x', agree) + boxMark(rng, pen, 'B-x', disagree);
    case 'B-x-hai-o': {
      const x0 = agree.x + agree.width * rng.range(0.2, 0.45);
      const x1 = right(disagree) - disagree.width * rng.range(0.2, 0.45);
      return cross(rng, pen, x0, agree.y + agree.height * 0.15, x1 - x0, agree.height * 0.7);
    }
    default: throw new Error(`not a row mark: ${kind}`);
  }
}

/**
 * Marks one ballot. `kind` is a clean style, a judge mark (put on one or two names of an otherwise
 * clean paper), a mark outside the rows, or `trang` (nothing at all).
 */
export function markBallot(rng: Rng, paper: Paper, kind: MarkKind, fontSize: number): MarkedBallot {
  const names = paper.ballot.names;
  const pen = choosePen(rng, kind === 'A-chi' ? 'but-chi' : undefined);
  const strikeStyle: StrikeStyle = kind === 'A-luon' || kind === 'A-doi' || kind === 'A-chi' ? kind : 'A-thang';
  const boxStyle: BoxStyle = kind === 'B-tick' || kind === 'B-to' ? kind : 'B-x';
  const truths: NameTruth[] = kind === 'trang' ? names.map(() => (paper.format === 'A' ? 'kept' : 'none')) : cleanChoices(rng, paper);
  const judged = new Set<number>();
  if (kind.startsWith('A-') && !(['A-thang', 'A-luon', 'A-doi', 'A-chi'] as string[]).includes(kind)) judged.add(rng.int(0, names.length - 1));
  if (kind.startsWith('B-') && !(['B-x', 'B-tick', 'B-to'] as string[]).includes(kind)) judged.add(rng.int(0, names.length - 1));
  if (judged.size === 1 && names.length > 3 && rng.chance(0.3)) judged.add(rng.int(0, names.length - 1));
  let svg = '';
  names.forEach((name, i) => {
    if (judged.has(i)) {
      truths[i] = 'judge';
      svg += judgeMark(rng, pen, kind, name, paper, fontSize, strikeStyle);
    } else if (paper.format === 'A') {
      if (truths[i] === 'struck') svg += strikeName(rng, pen, strikeStyle, name, paper.lineHeight);
    } else svg += formatBRowMarks(rng, pen, boxStyle, name, truths[i] as NameTruth);
  });
  const ballotJudge = kind === 'ky-ten' || kind === 'ghi-chu';
  if (ballotJudge) svg += outsideMark(rng, pen, kind, paper.ballot, fontSize);
  const valid = validUnderR3(paper.format, truths, paper.seats);
  return {
    svg,
    truth: {
      kind,
      format: paper.format,
      names: Object.fromEntries(names.map((n, i) => [n.id, truths[i] as NameTruth])),
      ballotJudge,
      cleanValid: valid === true && !ballotJudge && kind !== 'trang',
    },
  };
}

function outsideMark(rng: Rng, pen: Pen, kind: MarkKind, ballot: LayoutBallot, fontSize: number): string {
  const spot = writingSpot(ballot);
  if (kind === 'ky-ten') {
    const width = Math.min(spot.width * 0.8, rng.range(55, 100));
    const height = Math.min(spot.height, rng.range(18, 30));
    return signature(rng, pen, spot.x + rng.range(0, spot.width - width), spot.y + rng.range(0, spot.height - height), width, height);
  }
  const text = rng.pick(OUTSIDE_WORDS);
  const size = Math.min(fontSize * rng.range(0.9, 1.2), spot.height * 0.8, spot.width / (text.length * 0.55));
  const x = spot.x + rng.range(0, Math.max(0, spot.width - handwritingWidth(text, size)));
  return handwriting(rng, pen, text, x, Math.min(bottom(spot) - 2, spot.y + size * 1.1 + rng.range(0, Math.max(0, spot.height - size * 1.3))), size);
}
