import type { InvalidReason } from '../../shared/domain';
import { normalizeText } from '../../shared/text/normalize';
import { integerIn } from './grid';
import type { NameLine } from './name-lines';
import type { SheetView } from './view';
import { figureKind, fold, headerKind, invalidReasonOfLabel, teamLabel, type FigureKind, type HeaderKind } from './vocabulary';

/** What a position along the name line holds in every line of the table. */
export type Role =
  | { kind: HeaderKind | 'label'; header: string }
  | { kind: 'figure'; header: string; figure: FigureKind }
  | { kind: 'reason'; header: string; reason: InvalidReason };

function isIncreasingNumbers(view: SheetView, line: number, positions: readonly number[]): boolean {
  let previous = 0;
  let found = 0;
  for (const position of positions) {
    const n = integerIn(view.cell(line, position));
    if (n === null) continue;
    if (n <= previous) return false;
    previous = n;
    found++;
  }
  return found >= Math.max(1, Math.ceil(positions.length / 2));
}

function roleOf(header: string): Role | null {
  if (header === '') return null;
  const figure = figureKind(header);
  if (figure) return { kind: 'figure', header, figure };
  const kind = headerKind(header);
  if (kind) return { kind, header };
  // A breakdown of invalid ballots is a short label ("- Gạch hết tên"), never a sentence of hints.
  const reason = header.length <= 60 ? invalidReasonOfLabel(header) : null;
  if (reason) return { kind: 'reason', header, reason };
  return { kind: 'label', header };
}

export interface TableHeader {
  /** The name line, and the line of candidate numbers or given names that goes with it. */
  headerLines: number[];
  /** What each position other than the names holds ("STT", "Tổ", "Ghi chú", "Phiếu hợp lệ"…). */
  roles: Map<number, Role>;
  firstName: number;
  /** Where each line says what it is: its ballot number, its team, its label. */
  labelPosition: number | null;
  dataStart: number;
  dataLines: number[];
  /** The header cells read (`line:position`): not hints. */
  consumed: Set<string>;
}

/**
 * The header of a table: the name line, the line of candidate numbers above or below it (two
 * header lines), "Họ đệm" joined with "Tên", and the role of every other position, taken from the
 * header lines (merged headers count everywhere they span) or, for teams written over the ballots,
 * from the lines below.
 */
export function readHeader(view: SheetView, nameLine: NameLine, extent: { firstLine: number; lastLine: number }): TableHeader {
  const consumed = new Set<string>();
  const use = (line: number, position: number) => consumed.add(`${line}:${position}`);
  const candidates = nameLine.names;
  const positions = candidates.map((c) => c.position);
  const namePositions = new Set(positions);
  for (const p of positions) use(nameLine.line, p);

  // The candidate numbers above or below the names (two header lines).
  let numberLine: number | null = null;
  for (const line of [nameLine.line - 1, nameLine.line + 1]) {
    if (line >= extent.firstLine && line <= extent.lastLine && isIncreasingNumbers(view, line, positions)) {
      numberLine = line;
      break;
    }
  }
  const headerLines = numberLine === null ? [nameLine.line] : [nameLine.line, numberLine];
  // "Họ đệm" and "Tên" in two lines: the name is both.
  const joinedGiven = (() => {
    for (let position = 1; position < (positions[0] ?? 1); position++) {
      if (!/^(ho dem|ho va ten dem|ho va dem|ho)$/.test(fold(view.shown(nameLine.line, position)))) continue;
      const next = nameLine.line + 1;
      if (next <= extent.lastLine && /^ten$/.test(fold(view.shown(next, position)))) return next;
    }
    return null;
  })();
  if (joinedGiven !== null) {
    for (const candidate of candidates) {
      const given = view.text(joinedGiven, candidate.position);
      if (given !== '') candidate.name = normalizeText(`${candidate.name} ${given}`);
      use(joinedGiven, candidate.position);
    }
    headerLines.push(joinedGiven);
  }

  // Roles of the other positions, from the header lines (merged headers count everywhere they span).
  // The other header lines lend only headers they name ("STT", "Ghi chú"): a title above the
  // table that happens to sit in the same column is no header.
  const roles = new Map<number, Role>();
  const headerPositions = new Set(headerLines.flatMap((line) => [...view.filled(line), ...view.merged(line)]));
  for (const position of [...headerPositions].sort((a, b) => a - b)) {
    if (namePositions.has(position)) continue;
    for (const line of headerLines) {
      const role = roleOf(view.shown(line, position));
      if (role && (line === nameLine.line || role.kind !== 'label')) {
        roles.set(position, role);
        // A merged header shows on every header line; its text is in one of them.
        for (const header of headerLines) use(header, position);
        break;
      }
    }
  }
  const firstName = positions[0] ?? 1;
  // Teams written over the ballots ("Tổ 1" merged across the columns of its ballots).
  const dataStart = Math.max(...headerLines) + 1;
  const dataLines = view.lines.filter((line) => line >= dataStart && line <= extent.lastLine);
  for (const line of dataLines) {
    for (const position of view.filled(line)) {
      if (position >= firstName) break;
      if (!roles.has(position) && teamLabel(view.text(line, position)) !== null) roles.set(position, { kind: 'team', header: '' });
    }
  }
  const labelPosition = (() => {
    const before = [...roles.entries()].filter(([p, r]) => p < firstName && r.kind !== 'figure' && r.kind !== 'reason');
    return (before.find(([, r]) => r.kind === 'name') ?? before.find(([, r]) => r.kind === 'number') ?? before.find(([, r]) => r.kind !== 'team') ?? before[0])?.[0] ?? null;
  })();

  return { headerLines, roles, firstName, labelPosition, dataStart, dataLines, consumed };
}
