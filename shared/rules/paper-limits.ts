/**
 * RULES R4 item 3 where papers are typed: a paper that would make the papers entered more than
 * the papers returned (the election's `ballotsReturned`, or a team's share when declared) is
 * refused at Enter. Nothing is stored; the operator is told the figures and the two ways out. (A
 * single stack or team figure beyond the papers returned or, undeclared, the people summoned is
 * R4 item 6: shared/validation/paper-bounds.ts, checked before this.)
 */

/** What the new paper (or stack) is checked against. */
export interface PaperFigures {
  /** Papers in the stack (1 for one paper). */
  adding: number;
  /** Papers counted in the election so far: entered, plus the teams' hand-counted totals. */
  counted: number;
  /** The election's declared papers returned, or null. */
  returned: number | null;
  /** The team the paper is entered for, when it has a declared share. */
  team: { name: string; counted: number; received: number } | null;
}

export type PaperOverLimit =
  | { kind: 'returned'; counted: number; limit: number; adding: number }
  | { kind: 'team'; team: string; counted: number; limit: number; adding: number };

/** The limit the paper would break, the election's first, or null when it fits. */
export function paperOverLimit(figures: PaperFigures): PaperOverLimit | null {
  const { adding, counted, returned, team } = figures;
  if (returned !== null && counted + adding > returned) return { kind: 'returned', counted, limit: returned, adding };
  if (team !== null && team.counted + adding > team.received) return { kind: 'team', team: team.name, counted: team.counted, limit: team.received, adding };
  return null;
}

/** "phiếu này", or "chồng 12 phiếu này". */
function thesePapers(adding: number): string {
  return adding > 1 ? `chồng ${adding} phiếu này` : 'phiếu này';
}

/** The figures, in one line: "Đã nhập 5 / 5 phiếu thu vào". */
export function overLimitFigures(over: PaperOverLimit): string {
  if (over.kind === 'returned') return `Đã nhập ${over.counted} / ${over.limit} phiếu thu vào`;
  return `${over.team}: đã nhập ${over.counted} / ${over.limit} phiếu được giao`;
}

/** Why the paper is not stored, with the figures and the two ways out. */
export function overLimitMessage(over: PaperOverLimit): string {
  const total = over.counted + over.adding;
  const figure = over.kind === 'returned' ? 'số phiếu thu vào' : `số phiếu giao cho ${over.team}`;
  return `${overLimitFigures(over)}: ${thesePapers(over.adding)} sẽ thành ${total} phiếu, nhiều hơn ${figure}, nên chưa lưu. Nếu có phiếu bị nhập hai lần, tìm và hủy phiếu đó; nếu ${figure} ghi sai, chủ tịch đoàn sửa lại số này.`;
}
