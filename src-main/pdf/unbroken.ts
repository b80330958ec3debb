import { unbreakable } from '../../shared/text/unbreakable';
import type { FontStyle } from './fonts';

/**
 * Headings that never break inside a phrase (issue 18, item 8): "ĐẢNG CỘNG SẢN VIỆT NAM" on one
 * line, a heading line broken only after its commas, the type made smaller rather than a phrase
 * cut when the column is narrow (a ballot four to a sheet).
 */

/** The widest run of the text that cannot be broken (runs end at ordinary spaces; a non-breaking space joins). */
function widestRun(doc: PDFKit.PDFDocument, text: string): number {
  return Math.max(0, ...text.split(' ').map((run) => doc.widthOfString(run)));
}

/** The largest size from `size` down to `min`, by quarter points, at which no run of `text` is wider than `width`. */
export function fittedSize(doc: PDFKit.PDFDocument, text: string, font: FontStyle, width: number, size: number, min = size * 0.6): number {
  for (let s = size; s > min; s -= 0.25) {
    doc.font(font).fontSize(s);
    if (widestRun(doc, text) <= width) return s;
  }
  return min;
}

/**
 * A line of the heading as it is drawn in `width`: broken only after a comma ("ĐẢNG BỘ PHƯỜNG HÒA
 * AN, / THÀNH PHỐ CAO BẰNG") when each part fits at `size`, else between words; and the size.
 */
export function headingLine(doc: PDFKit.PDFDocument, text: string, font: FontStyle, width: number, size: number): { text: string; size: number } {
  const atCommas = text.split(/,\s+/).map(unbreakable).join(', ');
  const commaSize = fittedSize(doc, atCommas, font, width, size, size * 0.85);
  doc.font(font).fontSize(commaSize);
  if (widestRun(doc, atCommas) <= width) return { text: atCommas, size: commaSize };
  return { text, size: fittedSize(doc, text, font, width, size) };
}

/** A phrase on one line, made smaller if the width asks for it. */
export function oneLine(doc: PDFKit.PDFDocument, text: string, font: FontStyle, width: number, size: number): { text: string; size: number } {
  const whole = unbreakable(text);
  return { text: whole, size: fittedSize(doc, whole, font, width, size) };
}
