import { groupedNumber } from '../limits';

/**
 * RULES R4 item 6: a stack (`count`) or a team's total larger than the ballots returned (or,
 * while returned is not declared, than the number summoned) is refused where it is typed or read,
 * never stored. One bound and one sentence for the api, the congress file and the workbook.
 */
export interface PaperBound {
  limit: number;
  /** What the limit is: the ballots returned as declared, or those summoned while it is not. */
  of: 'returned' | 'summoned';
}

export function paperBound(ballotsReturned: number | null | undefined, summoned: number): PaperBound {
  return ballotsReturned != null ? { limit: ballotsReturned, of: 'returned' } : { limit: summoned, of: 'summoned' };
}

function boundWords(bound: PaperBound): string {
  return bound.of === 'returned' ? `số phiếu thu vào (${groupedNumber(bound.limit)})` : `số được triệu tập (${groupedNumber(bound.limit)}), vì chưa khai số phiếu thu vào`;
}

function papers(count: number): string {
  return count === 1 ? 'một tờ phiếu' : `một chồng ${groupedNumber(count)} tờ phiếu giống nhau`;
}

/** A stack of `count` identical papers that cannot be: more than the box held. */
export function stackBeyondBound(count: number, bound: PaperBound): string | null {
  return count > bound.limit ? `${papers(count)}, nhiều hơn ${boundWords(bound)}: không thể có` : null;
}

/** A team's figure (returned, valid, invalid by reason, votes of a name) that cannot be: more than the box held. */
export function teamFigureBeyondBound(figure: number, bound: PaperBound): string | null {
  return figure > bound.limit ? `${groupedNumber(figure)} phiếu, nhiều hơn ${boundWords(bound)}: không thể có` : null;
}

/** The largest figure already entered that a new bound must not fall under: a stack, or a team's total. */
export interface LargestEntered {
  figure: number;
  what: 'stack' | 'team';
}

/** A bound typed below what was entered under the one before (returned lowered, summoned lowered, returned cleared). */
export function boundBelowEntered(bound: PaperBound, entered: LargestEntered | null): string | null {
  if (entered === null || entered.figure <= bound.limit) return null;
  const what = entered.what === 'stack' ? papers(entered.figure) : `số tổng hợp của một tổ (${groupedNumber(entered.figure)} phiếu)`;
  return `đã nhập ${what}, nhiều hơn ${boundWords(bound)}: sửa hoặc hủy phiếu đó trước`;
}

/** The larger of two entered figures. */
export function largerEntered(a: LargestEntered | null, b: LargestEntered | null): LargestEntered | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.figure > a.figure ? b : a;
}
