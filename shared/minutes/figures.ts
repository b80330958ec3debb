import { INVALID_REASON_LABELS, INVALID_REASONS, type InvalidReason } from '../domain';

/**
 * The figures of a count and the summary of its result in words, written once (issue 19, item 2):
 * the minutes, the summary PDF, the workbook, the results screen, the presentation in the hall and
 * the command line take their labels and sentences from here, in the minutes' wording.
 */

export const SEATS_LABEL = 'Số lượng cần bầu';

/** A round after the first elects its own seats, not the number the congress voted. */
export function seatsLabel(round: number): string {
  return round > 1 ? `${SEATS_LABEL} ở vòng này` : SEATS_LABEL;
}

export const BASE_LABEL = 'Cơ sở tính kết quả';
export const VOTES_NEEDED_LABEL = 'Số phiếu cần để trúng cử';
export const MAJORITY_NOTE = 'quá một nửa';

export const BALLOT_LABELS = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  counted: 'Số phiếu đã kiểm',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
} as const;

/** How the papers counted were counted, beside their figure in the workbook. */
export const COUNTED_NOTE = 'nhập từng tờ và tổng hợp theo tổ';

/** Ballots issued the chair has not given yet (the minutes leave dotted lines instead). */
export const NOT_ENTERED = 'chưa nhập';

export type FigureKey = 'seats' | 'base' | 'votesNeeded' | 'issued' | 'returned' | 'valid' | 'invalid' | `reason:${InvalidReason}`;

/** One figure as every renderer shows it: "Số phiếu cần để trúng cử: 6 (quá một nửa)". */
export interface FigureLine {
  key: FigureKey;
  label: string;
  /** Null: not entered yet. */
  value: number | null;
  /** The value as shown: "6", or "chưa nhập". */
  text: string;
  /** Said in brackets after the value. */
  note: string | null;
  /** The seats and what it takes to be elected, or the ballots. */
  group: 'seats' | 'ballots';
  /** 2: an invalid ballot's reason, under "Số phiếu không hợp lệ". */
  level: 1 | 2;
}

/** What the figures are made of: a tally (shared/rules/tally.ts), said here so that this module imports no rule. */
export interface FiguresTally {
  seats: number;
  round: number;
  base: number;
  votesNeeded: number;
  ballots: { issued: number | null; returned: number; valid: number; invalid: number; invalidByReason: Partial<Record<InvalidReason, number>> };
}

const line = (key: FigureKey, label: string, value: number | null, group: FigureLine['group'], note: string | null = null, level: 1 | 2 = 1): FigureLine => ({
  key,
  label,
  value,
  text: value === null ? NOT_ENTERED : String(value),
  note,
  group,
  level,
});

/**
 * The figures of a count in order: seats, base, votes needed (only where the election requires
 * more than half), then ballots issued, returned, valid, invalid and each reason given.
 */
export function resultFigures(tally: FiguresTally, options: { requireMajority?: boolean } = {}): FigureLine[] {
  const { ballots } = tally;
  const reasons = INVALID_REASONS.filter((r) => (ballots.invalidByReason[r] ?? 0) > 0);
  return [
    line('seats', seatsLabel(tally.round), tally.seats, 'seats'),
    line('base', BASE_LABEL, tally.base, 'seats'),
    ...(options.requireMajority === false ? [] : [line('votesNeeded', VOTES_NEEDED_LABEL, tally.votesNeeded, 'seats', MAJORITY_NOTE)]),
    line('issued', BALLOT_LABELS.issued, ballots.issued, 'ballots'),
    line('returned', BALLOT_LABELS.returned, ballots.returned, 'ballots'),
    line('valid', BALLOT_LABELS.valid, ballots.valid, 'ballots'),
    line('invalid', BALLOT_LABELS.invalid, ballots.invalid, 'ballots'),
    ...reasons.map((r) => line(`reason:${r}`, INVALID_REASON_LABELS[r], ballots.invalidByReason[r] as number, 'ballots', null, 2)),
  ];
}

/** "6 (quá một nửa)": the value and its note. */
export function figureValueText(figure: FigureLine): string {
  return figure.note === null ? figure.text : `${figure.text} (${figure.note})`;
}

/** "Số phiếu cần để trúng cử: 6 (quá một nửa)". */
export function figureLineText(figure: FigureLine): string {
  return `${figure.label}: ${figureValueText(figure)}`;
}

/** "Số phiếu hợp lệ" → "số phiếu hợp lệ": a label inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "Số lượng cần bầu: 3; cơ sở tính kết quả: 10; …": figures said in one sentence, without its full stop. */
export function figuresInOneSentence(figures: readonly FigureLine[], separator = '; '): string {
  return figures.map((f, i) => (i === 0 ? figureLineText(f) : lowerFirst(figureLineText(f)))).join(separator);
}

/** The figures in two sentences, seats then ballots (their reasons left to a list): the summary and the command line. */
export function figuresSentences(figures: readonly FigureLine[]): string[] {
  const main = figures.filter((f) => f.level === 1);
  return (['seats', 'ballots'] as const).map((group) => `${figuresInOneSentence(main.filter((f) => f.group === group))}.`);
}

/** What the minutes say before naming those elected, or that none was. */
export const ACCORDING_TO_THE_COUNT = 'Căn cứ kết quả kiểm phiếu';

/** That nobody was elected, inside a sentence ("…: không có đồng chí nào trúng cử"). */
export const NOBODY_ELECTED = 'không có đồng chí nào trúng cử';

/** "Không có đồng chí nào trúng cử Ban Chấp hành …." */
export function nobodyElectedSentence(subject: string): string {
  return `${upperFirst(NOBODY_ELECTED)} ${subject}.`;
}

/** "Các đồng chí sau đây trúng cử …, xếp theo thứ tự số phiếu từ cao xuống thấp": the title of the list of those elected. */
export function electedTitle(subject: string, elected: number): string {
  return elected === 1 ? `Đồng chí sau đây trúng cử ${subject}` : `Các đồng chí sau đây trúng cử ${subject}, xếp theo thứ tự số phiếu từ cao xuống thấp`;
}

/** The line before the list of those elected, or the sentence that none was: as the minutes say it, first letter capital. */
export function electedHeading(subject: string, elected: number): string {
  return elected === 0 ? nobodyElectedSentence(subject) : `${electedTitle(subject, elected)}:`;
}

/** The minutes' item: "Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử …:" or "Căn cứ kết quả kiểm phiếu: không có đồng chí nào trúng cử …". */
export function electedHeadingOfTheMinutes(subject: string, elected: number): string {
  return `${ACCORDING_TO_THE_COUNT}${elected === 0 ? ':' : ','} ${lowerFirst(electedHeading(subject, elected))}`;
}

/** "Hoàng Thị Giao: 36 phiếu": one of those elected, in the list after the heading. */
export function electedLine(name: string, votes: number): string {
  return `${name}: ${votes} phiếu`;
}
