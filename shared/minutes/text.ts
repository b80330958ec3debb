import type { InvalidReason } from '../domain';
import { countText } from '../format/number-words';

/**
 * The text of the minutes as plain data: words, figures (so that a workbook can make each a live
 * formula over its results sheet) and blanks, the dotted lines a person fills in by hand.
 */

/** Which figure of the count a number is: the cell a workbook links it to. */
export type FigureRef = 'base' | 'issued' | 'returned' | 'valid' | 'invalid' | `reason:${InvalidReason}` | `votes:${string}` | `percent:${string}`;

/** A number as printed: `text` is what the paper shows ("41 (bốn mươi mốt)", "73,17"), `value` the number itself (a percent as a fraction, 0.7317). */
export interface Figure {
  figure: FigureRef | null;
  value: number;
  text: string;
}

/** Dotted space to write in by hand, `dots` wide. */
export interface Blank {
  blank: number;
}

export type Part = string | Figure | Blank;
export type Line = readonly Part[];

export function isFigure(part: Part): part is Figure {
  return typeof part === 'object' && 'figure' in part;
}

export function isBlank(part: Part): part is Blank {
  return typeof part === 'object' && 'blank' in part;
}

/** A count, with its words in brackets when the minutes write counts in words. */
export function count(value: number, inWords: boolean, figure: FigureRef | null = null): Figure {
  return { figure, value, text: countText(value, inWords) };
}

/** A number that stays in figures (votes in a table, a base in a column header). */
export function plain(value: number, figure: FigureRef | null = null): Figure {
  return { figure, value, text: String(value) };
}

export function blank(dots: number): Blank {
  return { blank: dots };
}

/** The dotted line of a blank, as every paper prints it. */
export function blankText(part: Blank): string {
  return '.'.repeat(part.blank);
}

/** The line as one string: what the PDF draws and the screen shows. */
export function plainText(line: Line): string {
  return line.map((part) => (typeof part === 'string' ? part : isFigure(part) ? part.text : blankText(part))).join('');
}
