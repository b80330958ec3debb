/**
 * The labels of the rows a person must decide, BESIDE the straightened ballot (issue 17, item 4):
 * in a margin to the right of the picture, each at the height of its row with a line to it, never
 * over a name. The screen (SVG text) and the command's picture (glyph outlines) place them from here.
 */

export interface LabelledRow {
  id: string;
  /** The name's number on the ballot. */
  number: number;
  /** The row on the picture, in its pixels. */
  row: { x: number; y: number; width: number; height: number };
  /** Why the machine was unsure of it, in Vietnamese. */
  reason: string;
}

export interface MarginLabel {
  id: string;
  /** The label's top-left corner and its lines, in the picture's pixels (the margin starts at the picture's right edge). */
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** The line from the row's right edge to the label. */
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Characters a line of a label holds. */
const LINE_CHARACTERS = 30;

/** Words wrapped to lines of at most `width` characters (a longer word stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The first line of a row's label. */
export function labelTitle(row: Pick<LabelledRow, 'number'>): string {
  return `Dòng ${row.number}: chưa chắc`;
}

/**
 * The margins' widths and each label's place, for a picture `width` × `height` pixels. A row of the
 * left column of a two-column ballot is labelled in a margin on the left (its line never crosses
 * the other column); every other row on the right. Labels keep their rows' order, each as near its
 * row's middle as the ones above it allow, inside the picture's height when they fit.
 */
export function marginLabels(picture: { width: number; height: number }, rows: readonly LabelledRow[]): { left: number; right: number; labels: MarginLabel[] } {
  if (rows.length === 0) return { left: 0, right: 0, labels: [] };
  const rowHeight = rows.reduce((sum, r) => sum + r.row.height, 0) / rows.length;
  const fontSize = Math.max(12, Math.round(rowHeight * 0.42));
  const lineHeight = Math.round(fontSize * 1.25);
  const margin = Math.round(fontSize * (LINE_CHARACTERS * 0.55 + 3));
  const onLeft = (r: LabelledRow) => r.row.x + r.row.width < picture.width / 2;
  const side = (which: readonly LabelledRow[], x: number, anchor: (r: LabelledRow) => number, end: (r: LabelledRow) => number) => stack(picture.height, which, { x, fontSize, lineHeight, anchor, end });
  const left = rows.filter(onLeft);
  const right = rows.filter((r) => !onLeft(r));
  const padding = Math.round(fontSize * 2);
  return {
    left: left.length > 0 ? margin : 0,
    right: right.length > 0 ? margin : 0,
    labels: [
      // On the left the line meets the end of the label's first line (its width reckoned at half an em a character).
      ...side(left, -margin + Math.round(fontSize * 0.5), (r) => r.row.x, (r) => -margin + Math.round(fontSize * (0.9 + 0.52 * labelTitle(r).length))),
      ...side(right, picture.width + padding, (r) => r.row.x + r.row.width, () => picture.width + padding - Math.round(fontSize * 0.4)),
    ],
  };
}

/** The labels of one margin, stacked down it. `anchor`: where a row's line starts; `end`: where it meets its label. */
function stack(height: number, rows: readonly LabelledRow[], at: { x: number; fontSize: number; lineHeight: number; anchor(r: LabelledRow): number; end(r: LabelledRow): number }): MarginLabel[] {
  const gap = Math.round(at.fontSize * 0.6);
  const placed = [...rows]
    .sort((a, b) => a.row.y - b.row.y)
    .map((row) => {
      const lines = [labelTitle(row), ...wrapWords(row.reason, LINE_CHARACTERS)];
      return { row, lines, height: lines.length * at.lineHeight };
    });
  let bottom = -Infinity;
  const tops = placed.map((p) => {
    const middle = p.row.row.y + p.row.row.height / 2;
    const top = Math.max(middle - p.height / 2, bottom + gap, 0);
    bottom = top + p.height;
    return top;
  });
  // Pushed below the picture's foot: the labels move up together, as far as the top allows.
  const over = bottom - height;
  const shift = over > 0 ? Math.min(over, tops[0] ?? 0) : 0;
  return placed.map((p, i) => {
    const y = Math.round((tops[i] as number) - shift);
    return {
      id: p.row.id,
      x: at.x,
      y,
      lines: p.lines,
      fontSize: at.fontSize,
      lineHeight: at.lineHeight,
      from: { x: at.anchor(p.row), y: Math.round(p.row.row.y + p.row.row.height / 2) },
      to: { x: at.end(p.row), y: Math.round(y + at.lineHeight / 2) },
    };
  });
}
