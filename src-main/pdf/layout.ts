import type { FontStyle } from './fonts';

/** Text sizes of the printed papers (points): Party documents are set in 13–14 pt. */
export const SIZE = { body: 13, table: 12, small: 11, title: 15 } as const;
export const LINE_GAP = 2;

export interface TextStyle {
  font?: FontStyle;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent. */
  indent?: number;
  /** Space after the paragraph. */
  after?: number;
  /** Extra left offset of the whole paragraph (items of a list). */
  left?: number;
}

export function contentLeft(doc: PDFKit.PDFDocument): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function textOptions(doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.Mixins.TextOptions {
  const left = style.left ?? 0;
  return { width: contentWidth(doc) - left, align: style.align ?? 'justify', indent: style.indent ?? 0, lineGap: LINE_GAP };
}

/** The height a paragraph will take, to keep it together with what follows. */
export function paragraphHeight(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): number {
  doc.font(style.font ?? 'regular').fontSize(style.size ?? SIZE.body);
  return doc.heightOfString(text, textOptions(doc, style)) + (style.after ?? 3);
}

/** A paragraph across the text column; long ones flow onto the next page. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): void {
  doc.font(style.font ?? 'regular').fontSize(style.size ?? SIZE.body).fillColor('black');
  doc.text(text, contentLeft(doc) + (style.left ?? 0), doc.y, textOptions(doc, style));
  doc.y += style.after ?? 3;
}

/** A paragraph that is never separated from the `keepWith` points that follow it. */
export function heading(doc: PDFKit.PDFDocument, text: string, keepWith: number, style: TextStyle = {}): void {
  doc.y += 4;
  ensureSpace(doc, paragraphHeight(doc, text, style) + keepWith);
  paragraph(doc, text, style);
}

/** Items of a list ("– …"), each a paragraph with a hanging dash. */
export function bulletList(doc: PDFKit.PDFDocument, items: readonly string[], style: TextStyle = {}): void {
  const left = (style.left ?? 0) + 18;
  for (const item of items) {
    ensureSpace(doc, paragraphHeight(doc, item, { ...style, left }));
    const y = doc.y;
    doc.font(style.font ?? 'regular').fontSize(style.size ?? SIZE.body);
    doc.text('–', contentLeft(doc) + left - 12, y, { lineBreak: false });
    doc.y = y;
    paragraph(doc, item, { align: 'left', ...style, left, after: style.after ?? 1 });
  }
}
