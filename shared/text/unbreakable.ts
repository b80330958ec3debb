/**
 * Phrases an official reads as one ("ngày 05 tháng 6 năm 2025", "nhiệm kỳ 2025-2030", "lần thứ
 * XV") are written with non-breaking spaces (U+00A0): no paper breaks a line inside them, the PDF
 * (pdfkit follows the Unicode line-breaking rules), the workbook and the screen alike.
 */
export const NBSP = '\u00a0';

/** The text with every space made non-breaking. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, NBSP);
}
