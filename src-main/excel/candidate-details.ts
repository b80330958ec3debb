import { integerIn, type GridCell } from './grid';
import type { SheetView } from './view';
import { fold, headerKind, type HeaderKind } from './vocabulary';

/** What a candidate list says about a person besides the name. */
export interface CandidateDetails {
  birthYear?: number;
  birthDate?: string;
  gender?: 'nam' | 'nữ';
  position?: string;
  note?: string;
}

function yearOf(cell: GridCell | undefined): { year?: number; date?: string } {
  if (!cell) return {};
  if (cell.value instanceof Date && !Number.isNaN(cell.value.getTime())) return { year: cell.value.getUTCFullYear(), date: cell.value.toISOString().slice(0, 10) };
  const n = integerIn(cell);
  if (n !== null && n >= 1900 && n <= 2100) return { year: n };
  const date = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell.text);
  if (date) {
    const iso = `${date[3]}-${(date[2] as string).padStart(2, '0')}-${(date[1] as string).padStart(2, '0')}`;
    return Number.isNaN(Date.parse(iso)) ? {} : { year: Number(date[3]), date: iso };
  }
  return {};
}

const ATTRIBUTES: readonly HeaderKind[] = ['male', 'female', 'birth', 'gender', 'position', 'unit', 'note'];

/** What a line of a candidate list holds, from its headers: "Nam" under "Năm sinh" is the birth
 *  year of the men (the most specific header wins). */
export function attributeOf(view: SheetView, line: number, firstName: number): HeaderKind | null {
  const kinds = new Set<HeaderKind>();
  for (let position = 1; position < firstName; position++) {
    const kind = headerKind(view.shown(line, position));
    if (kind) kinds.add(kind);
  }
  return ATTRIBUTES.find((kind) => kinds.has(kind)) ?? null;
}

/** The details of each candidate (position along the name line) from the list's other lines. */
export function readDetails(view: SheetView, positions: readonly number[], lines: readonly { line: number; kind: HeaderKind }[]): CandidateDetails[] {
  return positions.map((p) => {
    const details: CandidateDetails = {};
    const parts: string[] = [];
    for (const { line, kind } of lines) {
      const cell = view.cell(line, p);
      const text = cell?.text ?? '';
      if (text === '') continue;
      if (kind === 'birth') {
        const { year, date } = yearOf(cell);
        if (year !== undefined) details.birthYear = year;
        if (date !== undefined) details.birthDate = date;
      } else if (kind === 'gender') {
        const g = fold(text);
        if (g === 'nam') details.gender = 'nam';
        else if (g === 'nu') details.gender = 'nữ';
      } else if (kind === 'male' || kind === 'female') {
        details.gender = kind === 'male' ? 'nam' : 'nữ';
        const { year, date } = yearOf(cell);
        if (year !== undefined) details.birthYear = year;
        if (date !== undefined) details.birthDate = date;
      } else if (kind === 'position' || kind === 'unit') {
        parts.push(text);
      } else if (kind === 'note') {
        details.note = text;
      }
    }
    if (parts.length > 0) details.position = parts.join(', ');
    return details;
  });
}
