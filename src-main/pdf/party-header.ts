import { PARTY_NAME, type HeadingLine } from '../../shared/minutes/wording';
import { contentLeft, contentWidth } from './layout';
import { fittedSize, headingLine, oneLine } from './unbroken';

/**
 * The two columns at the top of a Party paper: left the body and the congress with a "*" under
 * it, right "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the place and date in italics (never the
 * state's "Cộng hòa xã hội chủ nghĩa Việt Nam"). The lines are shared/minutes/wording's headingLines.
 * No phrase is broken: the party's name stands on one line, the date too, a line of the left
 * column breaks after its commas.
 */
export function drawPartyHeader(doc: PDFKit.PDFDocument, lines: readonly HeadingLine[], date: string, size = 12.5): void {
  const left = contentLeft(doc) - 30;
  const top = doc.y;
  const leftWidth = contentWidth(doc) * 0.5 + 20;
  const rightX = left + leftWidth + 6;
  const rightWidth = contentLeft(doc) + contentWidth(doc) + 10 - rightX;

  let y = top;
  for (const line of lines) {
    const font = line.role === 'assembly' ? 'bold' : 'regular';
    const drawn = headingLine(doc, line.text, font, leftWidth, size);
    doc.font(font).fontSize(drawn.size);
    doc.text(drawn.text, left, y, { width: leftWidth, align: 'center', lineGap: 1 });
    y = doc.y;
  }
  doc.font('regular').fontSize(size).text('*', left, y, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;

  const party = oneLine(doc, PARTY_NAME, 'bold', rightWidth, size + 0.5);
  doc.font('bold').fontSize(party.size);
  doc.text(party.text, rightX, top, { width: rightWidth, align: 'center' });
  const ruleWidth = doc.widthOfString(party.text);
  const ruleX = rightX + (rightWidth - ruleWidth) / 2;
  doc.moveTo(ruleX, doc.y + 1).lineTo(ruleX + ruleWidth, doc.y + 1).lineWidth(0.7).strokeColor('black').stroke();
  doc.font('italic').fontSize(fittedSize(doc, date, 'italic', rightWidth, size + 0.5)).text(date, rightX, doc.y + 8, { width: rightWidth, align: 'center' });
  const rightBottom = doc.y;

  doc.x = contentLeft(doc);
  doc.y = Math.max(leftBottom, rightBottom) + 14;
}
