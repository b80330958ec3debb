import QRCode from 'qrcode';
import { QR_MODULE, QR_QUIET } from '../../src-main/pdf/ballot-layout';
import { printedMarkup, rowsMarkup, textMarkup } from '../../src-main/scan/template';
import type { BallotLayout, BallotOnPage, Rect } from '../../shared/scan/layout';

/**
 * The program's own ballot drawn from its layout (SVG, rendered by sharp in scan-scanner.ts): the
 * corner squares, the QR code, the rows as the template draws them, and the heading, title and
 * instruction as the layout places them (an older layout without them: lines of words where the
 * ballot prints its text). Page points; the view is the ballot's slot.
 */
export function ballotMarkup(layout: BallotLayout, ballot: BallotOnPage = layout.ballots[0] as BallotOnPage, qrText = layout.qrText): string {
  const parts: string[] = [];
  for (const s of ballot.corners) parts.push(`<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="black"/>`);
  const code = QRCode.create(qrText, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  const left = ballot.qr.x + QR_QUIET * QR_MODULE;
  const top = ballot.qr.y + QR_QUIET * QR_MODULE;
  const cells: string[] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (data[r * size + c]) cells.push(`M${left + c * QR_MODULE} ${top + r * QR_MODULE}h${QR_MODULE}v${QR_MODULE}h${-QR_MODULE}z`);
  parts.push(`<path fill="black" d="${cells.join('')}"/>`);
  if (ballot.lines && ballot.stamp) {
    // The ballot's own heading, title and instruction, where PDFKit prints them, and the stamp's dashed box.
    const s = ballot.stamp;
    parts.push(printedMarkup(ballot), `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="6" fill="none" stroke="#777777" stroke-width="0.7" stroke-dasharray="3 3"/>`);
  } else ballot.printed.forEach((area, i) => parts.push(printedText(area, layout.fontSize, i, `${Math.round(ballot.slot.x)}-${Math.round(ballot.slot.y)}`)));
  parts.push(rowsMarkup(ballot, layout.fontSize));
  return parts.join('');
}

const WORDS = 'ĐẢNG CỘNG SẢN VIỆT NAM PHIẾU BẦU CỬ Ban Chấp hành Đảng bộ nhiệm kỳ Cách bầu đồng ý bầu đồng chí nào thì để nguyên họ tên không ghi thêm tên người ngoài danh sách'.split(' ');

/** Lines of words filling a printed area, as the heading or the instruction fills it. */
function printedText(area: Rect, fontSize: number, seed: number, ballotKey: string): string {
  const size = fontSize * 0.85;
  const lines: string[] = [];
  for (let y = area.y + 1, n = seed; y + size * 1.15 <= area.y + area.height; y += size * 1.2, n += 3) {
    let text = '';
    for (let k = n; text.length * size * 0.45 < area.width - size * 2; k++) text += `${WORDS[k % WORDS.length]} `;
    lines.push(textMarkup(text.trim(), area.x + 2, y, size));
  }
  return `<g><clipPath id="c${ballotKey}-${seed}"><rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}"/></clipPath><g clip-path="url(#c${ballotKey}-${seed})">${lines.join('')}</g></g>`;
}

/** A whole SVG document of the ballot's slot with extra marks on top. */
export function ballotSvg(layout: BallotLayout, marks: string, options: { pixelsPerPoint: number; ballot?: BallotOnPage; qrText?: string }): string {
  const ballot = options.ballot ?? (layout.ballots[0] as BallotOnPage);
  const { slot } = ballot;
  const w = Math.round(slot.width * options.pixelsPerPoint);
  const h = Math.round(slot.height * options.pixelsPerPoint);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${slot.x} ${slot.y} ${slot.width} ${slot.height}"><rect x="${slot.x}" y="${slot.y}" width="${slot.width}" height="${slot.height}" fill="white"/>${ballotMarkup(layout, ballot, options.qrText)}${marks}</svg>`;
}
