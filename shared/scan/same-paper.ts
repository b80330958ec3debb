/**
 * "The same paper twice" (issue 17, item 2): a scanned paper's marks as a compact string (the
 * reader writes it from the ink it found in the rows beyond the blank ballot, aligned on the printed
 * layout: src-main/scan/descriptor.ts), and the pure comparison of two of them. Two scans of one
 * paper (a rescan after a jam: another shift, rotation, resolution, noise or compression) give
 * nearly the same string; two voters who struck the same names give strokes that differ by a point
 * or more somewhere (where a stroke starts and ends, its height, slope and shape).
 *
 * The string: `m1/<per sheet>/<row>@<first column>:<base64url>/…`, one part per row with ink. Each
 * row is cut into columns `MARK_COLUMN` points wide (from the row's left border); for every column
 * from the first with ink to the last, two bytes: the top and the bottom of the ink in that column
 * (in `MARK_HEIGHT_UNIT` points from the row's top), or 255, 255 when the column has none.
 */
export const MARKS_DESCRIPTOR_VERSION = 'm1';
/** The width of a column of the descriptor, in points. */
export const MARK_COLUMN = 2;
/** The unit of the heights in the descriptor, in points. */
export const MARK_HEIGHT_UNIT = 0.25;
const NONE = 255;

/** One row's ink: for each column from `first`, the top and bottom of the ink (in height units), or null. */
export interface RowMarks {
  row: number;
  first: number;
  columns: ({ top: number; bottom: number } | null)[];
}

export interface MarksDescriptor {
  perSheet: number;
  rows: RowMarks[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += (B64[(n >> 18) & 63] as string) + (B64[(n >> 12) & 63] as string);
    if (b !== undefined) out += B64[(n >> 6) & 63] as string;
    if (c !== undefined) out += B64[n & 63] as string;
  }
  return out;
}

function fromBase64Url(text: string): number[] | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    if (chunk.length === 1) return null;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64.indexOf(chunk[k] as string) : 0;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return bytes;
}

/** The descriptor as the string kept with a scan: rows without ink left out, each row from its first column with ink to its last. */
export function formatMarksDescriptor(descriptor: MarksDescriptor): string {
  const rows = descriptor.rows.flatMap((r) => {
    const first = r.columns.findIndex((c) => c !== null);
    if (first < 0) return [];
    let last = r.columns.length - 1;
    while (r.columns[last] === null) last--;
    const bytes = r.columns.slice(first, last + 1).flatMap((c) => (c === null ? [NONE, NONE] : [Math.min(NONE - 1, c.top), Math.min(NONE - 1, c.bottom)]));
    return [`${r.row}@${r.first + first}:${toBase64Url(bytes)}`];
  });
  return [MARKS_DESCRIPTOR_VERSION, String(descriptor.perSheet), ...rows].join('/');
}

/** The string read back; null when it is not a descriptor of this version. */
export function parseMarksDescriptor(text: string): MarksDescriptor | null {
  const [version, perSheet, ...parts] = text.split('/');
  if (version !== MARKS_DESCRIPTOR_VERSION || perSheet === undefined || !/^[124]$/.test(perSheet)) return null;
  const rows: RowMarks[] = [];
  for (const part of parts) {
    const match = /^(\d{1,3})@(\d{1,4}):([A-Za-z0-9_-]*)$/.exec(part);
    if (!match) return null;
    const bytes = fromBase64Url(match[3] as string);
    if (bytes === null || bytes.length % 2 !== 0) return null;
    const columns: RowMarks['columns'] = [];
    for (let i = 0; i < bytes.length; i += 2) columns.push(bytes[i] === NONE ? null : { top: bytes[i] as number, bottom: bytes[i + 1] as number });
    rows.push({ row: Number(match[1]), first: Number(match[2]), columns });
  }
  return { perSheet: Number(perSheet), rows };
}

/** Columns of ink a paper must have, over all its rows, for a comparison to mean anything (about 40 points of strokes). */
export const MIN_MARK_COLUMNS = 5;

/**
 * Points of difference at which two columns count as wholly different (ink in one and not the
 * other costs as much): a stroke a few points off is as different as one that is not there.
 */
const COLUMN_CAP = 6;

type Column = { top: number; bottom: number };

function columnDifference(a: Column, b: Column): number {
  return Math.min(COLUMN_CAP, ((Math.abs(a.top - b.top) + Math.abs(a.bottom - b.bottom)) / 2) * MARK_HEIGHT_UNIT);
}

/** How far apart two papers' marks are: the mean difference over the columns with ink in either, in points; null when there is too little ink to tell. */
export function marksDistance(a: MarksDescriptor, b: MarksDescriptor): number | null {
  if (a.perSheet !== b.perSheet) return COLUMN_CAP;
  const byRow = (d: MarksDescriptor) => new Map(d.rows.map((r) => [r.row, r]));
  const rowsA = byRow(a);
  const rowsB = byRow(b);
  const inked = (d: MarksDescriptor) => d.rows.reduce((n, r) => n + r.columns.filter((c) => c !== null).length, 0);
  if (inked(a) < MIN_MARK_COLUMNS || inked(b) < MIN_MARK_COLUMNS) return null;
  let cost = 0;
  let columns = 0;
  for (const row of new Set([...rowsA.keys(), ...rowsB.keys()])) {
    const ra = rowsA.get(row);
    const rb = rowsB.get(row);
    const at = (r: RowMarks | undefined, i: number) => (r === undefined ? null : (r.columns[i - r.first] ?? null));
    const from = Math.min(ra?.first ?? Infinity, rb?.first ?? Infinity);
    const to = Math.max(ra ? ra.first + ra.columns.length : -Infinity, rb ? rb.first + rb.columns.length : -Infinity);
    for (let i = from; i < to; i++) {
      const ca = at(ra, i);
      const cb = at(rb, i);
      if (ca === null && cb === null) continue;
      columns++;
      if (ca !== null && cb !== null) {
        cost += columnDifference(ca, cb);
        continue;
      }
      // Ink in one only: where the other's stroke ends a column sooner, or passes over a letter, it is its neighbour.
      const [inked, other] = ca !== null ? [ca, rb] : [cb as Column, ra];
      const near = [at(other, i - 1), at(other, i + 1)].filter((c): c is Column => c !== null);
      cost += near.length === 0 ? COLUMN_CAP : Math.min(...near.map((c) => columnDifference(inked, c)));
    }
  }
  return columns === 0 ? null : cost / columns;
}

/**
 * Mean difference (points) below which two scanned papers are taken for the same paper and wait
 * for a person: a rescan of one paper differs by about a tenth of a point; two voters' strokes
 * through the same names, by a point or more (`npm run bench -- scan` prints both).
 */
export const SAME_PAPER_DISTANCE = 0.45;

/**
 * How likely two scans are of the same paper, 0 … 1 (1: the same marks to a fraction of a point;
 * 0.5 at `SAME_PAPER_DISTANCE`); null when either string is not a descriptor, or either paper
 * carries too little ink to tell (a blank paper is like every other blank paper).
 */
export function samePaperLikelihood(a: string, b: string): number | null {
  const da = parseMarksDescriptor(a);
  const db = parseMarksDescriptor(b);
  if (da === null || db === null) return null;
  const distance = marksDistance(da, db);
  if (distance === null) return null;
  return 1 / (1 + (distance / SAME_PAPER_DISTANCE) ** 4);
}

/** Whether two scans are to be taken for the same paper (a person must say they are two). */
export function looksLikeSamePaper(a: string, b: string): boolean {
  const likelihood = samePaperLikelihood(a, b);
  return likelihood !== null && likelihood >= 0.5;
}
