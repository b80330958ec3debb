import type { GridCell } from './grid';
import type { SheetView } from './view';
import { headerKind, personName } from './vocabulary';

/** A candidate's name in a header, as read (converted from a legacy encoding where needed). */
export interface HeaderName {
  position: number;
  cell: string;
  name: string;
  number: number | null;
  original: string | null;
  encoding: GridCell['encoding'];
  encodingSource: GridCell['encodingSource'];
}

/** A line of a view holding the candidates' names: the header of a table. */
export interface NameLine {
  line: number;
  names: HeaderName[];
}

function headerName(view: SheetView, line: number, position: number, cell: GridCell | undefined, forced: boolean): HeaderName | null {
  if (!cell || cell.text.length < 3 || !cell.text.includes(' ')) {
    if (!forced || !cell || cell.text === '' || cell.formula !== null) return null;
  }
  if (cell.formula !== null && !forced) return null;
  const parsed = personName(cell.text);
  const name = parsed ?? (forced && headerKind(cell.text) === null && !/^\d+$/.test(cell.text) ? { name: cell.text, number: null } : null);
  if (!name) return null;
  return { position, cell: view.cellName(line, position), name: name.name, number: name.number, original: cell.original, encoding: cell.encoding, encodingSource: cell.encodingSource };
}

/** Text that sits between two names of a header is a name too, even one that does not look it. */
function fillBetween(view: SheetView, line: number, names: HeaderName[]): HeaderName[] {
  if (names.length < 2) return names;
  const first = (names[0] as HeaderName).position;
  const last = (names[names.length - 1] as HeaderName).position;
  const byPosition = new Map(names.map((n) => [n.position, n]));
  const out: HeaderName[] = [];
  for (const position of view.filled(line)) {
    if (position < first || position > last) continue;
    const known = byPosition.get(position);
    if (known) {
      out.push(known);
      continue;
    }
    // Only a word or words: not a mark, a number or a formula that a data cell might hold.
    const text = view.text(line, position);
    if (text.length < 3 || !/^\p{L}/u.test(text) || /\d/.test(text)) continue;
    const extra = headerName(view, line, position, view.cell(line, position), true);
    if (extra) out.push(extra);
  }
  return out;
}

/**
 * The lines of a view that name candidates: two names or more, or one name beside a "STT" or
 * "Họ và tên" header (a single-candidate ballot). `forcedLine`: the user said which line it is.
 */
export function findNameLines(view: SheetView, forcedLine: number | null): NameLine[] {
  if (forcedLine !== null) {
    const names: HeaderName[] = [];
    for (const position of view.filled(forcedLine)) {
      const found = headerName(view, forcedLine, position, view.cell(forcedLine, position), true);
      if (found) names.push(found);
    }
    return names.length > 0 ? [{ line: forcedLine, names }] : [];
  }
  const lines: NameLine[] = [];
  for (const line of view.lines) {
    const names: HeaderName[] = [];
    let keyword = false;
    for (const position of view.filled(line)) {
      const cell = view.cell(line, position);
      const text = cell?.text ?? '';
      if (text === '') continue;
      const found = headerName(view, line, position, cell, false);
      if (found) names.push(found);
      else if (!keyword && text.length >= 2 && typeof cell?.value !== 'number') {
        const kind = headerKind(text);
        keyword = kind === 'number' || kind === 'name';
      }
    }
    if (names.length >= 2 || (names.length === 1 && keyword)) lines.push({ line, names: fillBetween(view, line, names) });
  }
  return lines;
}
