import type { CongressInfo } from '../../shared/congress-file/schema';
import { placeAndDate, type CalendarDate } from '../../shared/format/date';
import type { FontStyle } from './fonts';
import { contentLeft, contentWidth } from './layout';

/** The congress as the heading of its papers names it. */
export type CongressHeading = Pick<CongressInfo, 'name' | 'organization' | 'term' | 'place'>;

interface Line {
  text: string;
  font: FontStyle;
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "2025-2030" → "2025 - 2030", as Party documents write a term. */
export function termText(term: string): string {
  return term.replace(/\s*[-–]\s*/g, ' - ');
}

/**
 * The left of the heading (RULES R9): the đảng bộ / chi bộ, then "ĐẠI HỘI …" without the
 * organization's name repeated ("Đại hội đại biểu Đảng bộ phường X lần thứ III" under "ĐẢNG BỘ
 * PHƯỜNG X" reads "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ III"), then the term.
 */
export function headingLines(congress: CongressHeading): Line[] {
  const lines: Line[] = [];
  const organization = congress.organization?.trim();
  let name = congress.name;
  if (organization) {
    lines.push({ text: upper(organization), font: 'regular' });
    const at = name.toLocaleLowerCase('vi').indexOf(organization.toLocaleLowerCase('vi'));
    if (at >= 0) name = `${name.slice(0, at)} ${name.slice(at + organization.length)}`.replace(/\s+/g, ' ').trim();
  }
  lines.push({ text: upper(name), font: 'bold' });
  if (congress.term) lines.push({ text: `Nhiệm kỳ ${termText(congress.term)}`, font: 'regular' });
  return lines;
}

/** "Hòa An, ngày 20 tháng 6 năm 2025", or blanks to fill by hand when the date is not known. */
export function dateLine(place: string | undefined, date: CalendarDate | null): string {
  if (date) return placeAndDate(place, date);
  return `${place ? `${place}, ngày` : 'Ngày'} ..... tháng ..... năm ..........`;
}

/**
 * The two columns at the top of a Party paper: left the body and the congress with a "*" under
 * it, right "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the place and date in italics (never the
 * state's "Cộng hòa xã hội chủ nghĩa Việt Nam").
 */
export function drawPartyHeader(doc: PDFKit.PDFDocument, congress: CongressHeading, date: string, size = 12.5): void {
  const left = contentLeft(doc) - 30;
  const top = doc.y;
  const leftWidth = contentWidth(doc) * 0.5 + 20;
  const rightX = left + leftWidth + 6;
  const rightWidth = contentLeft(doc) + contentWidth(doc) + 10 - rightX;

  let y = top;
  for (const line of headingLines(congress)) {
    doc.font(line.font).fontSize(size);
    doc.text(line.text, left, y, { width: leftWidth, align: 'center', lineGap: 1 });
    y = doc.y;
  }
  doc.font('regular').fontSize(size).text('*', left, y, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;

  doc.font('bold').fontSize(size + 0.5);
  const party = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  doc.text(party, rightX, top, { width: rightWidth, align: 'center' });
  const ruleWidth = doc.widthOfString(party);
  const ruleX = rightX + (rightWidth - ruleWidth) / 2;
  doc.moveTo(ruleX, doc.y + 1).lineTo(ruleX + ruleWidth, doc.y + 1).lineWidth(0.7).strokeColor('black').stroke();
  doc.font('italic').fontSize(size + 0.5).text(date, rightX, doc.y + 8, { width: rightWidth, align: 'center' });
  const rightBottom = doc.y;

  doc.x = contentLeft(doc);
  doc.y = Math.max(leftBottom, rightBottom) + 14;
}
