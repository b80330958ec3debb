/**
 * RULES R4 items 3 and 6 where papers are typed: a paper that would make the papers entered more
 * than the papers returned (the election's `ballotsReturned`, or a team's share when declared) is
 * refused at Enter, and so is a stack larger than the papers returned (or, before they are
 * declared, than the people summoned). Nothing is stored; the operator is told the figures and the
 * two ways out.
 */

/** What the new paper (or stack) is checked against. */
export interface PaperFigures {
  /** Papers in the stack (1 for one paper). */
  adding: number;
  /** Papers counted in the election so far: entered, plus the teams' hand-counted totals. */
  counted: number;
  /** The election's declared papers returned, or null. */
  returned: number | null;
  /** The people summoned to the congress or meeting (the limit of a stack before `returned` is declared). */
  summoned: number;
  /** The team the paper is entered for, when it has a declared share. */
  team: { name: string; counted: number; received: number } | null;
}

export type PaperOverLimit =
  | { kind: 'returned'; counted: number; limit: number; adding: number }
  | { kind: 'team'; team: string; counted: number; limit: number; adding: number }
  | { kind: 'summoned'; limit: number; adding: number };

/** The limit the paper would break, the election's first, or null when it fits. */
export function paperOverLimit(figures: PaperFigures): PaperOverLimit | null {
  const { adding, counted, returned, summoned, team } = figures;
  if (returned !== null && counted + adding > returned) return { kind: 'returned', counted, limit: returned, adding };
  if (team !== null && team.counted + adding > team.received) return { kind: 'team', team: team.name, counted: team.counted, limit: team.received, adding };
  if (returned === null && adding > summoned) return { kind: 'summoned', limit: summoned, adding };
  return null;
}

/** "phiếu này", or "chồng 12 phiếu này". */
function thesePapers(adding: number): string {
  return adding > 1 ? `chồng ${adding} phiếu này` : 'phiếu này';
}

/** The figures, in one line: "Đã nhập 5 / 5 phiếu thu vào". */
export function overLimitFigures(over: PaperOverLimit): string {
  if (over.kind === 'returned') return `Đã nhập ${over.counted} / ${over.limit} phiếu thu vào`;
  if (over.kind === 'team') return `${over.team}: đã nhập ${over.counted} / ${over.limit} phiếu được giao`;
  return `Chồng ${over.adding} phiếu, nhiều hơn số người được triệu tập (${over.limit})`;
}

/** Why the paper is not stored, with the figures and the two ways out. */
export function overLimitMessage(over: PaperOverLimit): string {
  if (over.kind === 'summoned') return `${overLimitFigures(over)}: chưa lưu. Kiểm tra lại số tờ của chồng phiếu.`;
  const total = over.counted + over.adding;
  const figure = over.kind === 'returned' ? 'số phiếu thu vào' : `số phiếu giao cho ${over.team}`;
  return `${overLimitFigures(over)}: ${thesePapers(over.adding)} sẽ thành ${total} phiếu, nhiều hơn ${figure}, nên chưa lưu. Nếu có phiếu bị nhập hai lần, tìm và hủy phiếu đó; nếu ${figure} ghi sai, chủ tịch đoàn sửa lại số này.`;
}

/** RULES R4.6 for a team's hand-counted totals: its papers returned cannot be more than the election's (or, undeclared, than the people summoned). */
export function teamTotalOverLimit(teamReturned: number, returned: number | null, summoned: number): string | null {
  if (returned !== null && teamReturned > returned) return `Số phiếu thu vào của tổ (${teamReturned}) nhiều hơn số phiếu thu vào của cả cuộc bầu (${returned})`;
  if (returned === null && teamReturned > summoned) return `Số phiếu thu vào của tổ (${teamReturned}) nhiều hơn số người được triệu tập (${summoned})`;
  return null;
}
