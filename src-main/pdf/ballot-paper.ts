import QRCode from 'qrcode';
import { ok, fail, type Result } from '../../shared/result';
import { REHEARSAL_BALLOT_WORDS } from '../../shared/rules/surplus';
import type { BallotLayout, Rect } from '../../shared/scan/layout';
import { A4, ballotLayout, ballotTop, layBallot, QR_MODULE, QR_QUIET, slots, type BallotPaperInput, type BallotsPerPage } from './ballot-layout';
import { createPdf } from './document';
import { findMissingGlyphs, missingGlyphsMessage } from './glyph-coverage';
import { ERROR_CODES } from '../../shared/api/errors';

export type { BallotPaperInput, BallotsPerPage } from './ballot-layout';

export interface BallotPaperOptions {
  perPage?: BallotsPerPage;
  /** A rehearsal print (the list fails a blocking check of R7): every ballot says it is not for voting. */
  rehearsal?: boolean;
}


/**
 * The ballot paper (phiếu bầu) of RULES R1: format A lists the names to strike out; format B has
 * the boxes "Đồng ý" and "Không đồng ý". The convening committee's stamp goes at the top left.
 * As many identical ballots as fit go on one A4 sheet, with cut lines between them.
 *
 * For the scanner (issue 12) every ballot carries four solid corner squares 5 mm inside its cut
 * lines and a QR code of the election's hash (the same on every ballot: never a serial number);
 * the layout returned beside the PDF says where every name, row and box stands.
 */
export async function buildBallotPaper(input: BallotPaperInput, options: BallotPaperOptions = {}): Promise<Result<{ pdf: Uint8Array; layout: BallotLayout }>> {
  const missing = findMissingGlyphs(input);
  if (missing.length > 0 && input.candidates.length > 0) return fail(ERROR_CODES.unprintableText, missingGlyphsMessage(missing, 'phiếu bầu'));
  const planned = ballotLayout(input, options);
  if (!planned.ok) return planned;
  const { layout, setting } = planned.value;
  const pdf = createPdf({ title: `Phiếu bầu - ${input.election.title}`, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  pdf.startPart({ code: null, rehearsal: false, numbered: false });
  const { doc } = pdf;
  slots(setting.perPage).forEach((slot, i) => {
    layBallot(doc, input, { ...slot, y: ballotTop(doc, input, slot, setting) }, setting, true);
    const ballot = layout.ballots[i] as BallotLayout['ballots'][number];
    for (const square of ballot.corners) doc.rect(square.x, square.y, square.width, square.height).fillColor('black').fill();
    drawQr(doc, layout.qrText, ballot.qr);
    if (options.rehearsal) drawRehearsalMarks(doc, slot, ballot.corners);
  });
  drawCutLines(doc, setting.perPage);
  return ok({ pdf: await pdf.toBytes(), layout });
}

/** The PDF alone (the app's "In phiếu bầu"). */
export async function buildBallotPaperPdf(input: BallotPaperInput, options: BallotPaperOptions = {}): Promise<Result<Uint8Array>> {
  const built = await buildBallotPaper(input, options);
  return built.ok ? ok(built.value.pdf) : built;
}

/** The QR code in its box: the box is the quiet zone, the modules stand inside it. */
function drawQr(doc: PDFKit.PDFDocument, text: string, box: Rect): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  const left = box.x + QR_QUIET * QR_MODULE;
  const top = box.y + QR_QUIET * QR_MODULE;
  doc.save().fillColor('black');
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row * size + col]) doc.rect(left + col * QR_MODULE, top + row * QR_MODULE, QR_MODULE, QR_MODULE);
  }
  doc.fill().restore();
}

/**
 * A rehearsal ballot: the mark in red along its top and bottom edges (between the corner squares,
 * so that it stays on the ballot once cut) and "IN THỬ" across it, so that a ballot of this
 * print can never pass for one to vote with.
 */
function drawRehearsalMarks(doc: PDFKit.PDFDocument, slot: Rect, corners: readonly Rect[]): void {
  const [topLeft, topRight, , bottomLeft] = corners as [Rect, Rect, Rect, Rect];
  const left = topLeft.x + topLeft.width + 6;
  const width = topRight.x - 6 - left;
  doc.save().font('bold').fontSize(8.5).fillColor('#b00000');
  const size = Math.min(8.5, (8.5 * width) / doc.widthOfString(REHEARSAL_BALLOT_WORDS));
  doc.fontSize(size);
  doc.text(REHEARSAL_BALLOT_WORDS, left, topLeft.y + (topLeft.height - size) / 2, { width, align: 'center', lineBreak: false });
  doc.text(REHEARSAL_BALLOT_WORDS, left, bottomLeft.y + (bottomLeft.height - size) / 2, { width, align: 'center', lineBreak: false });
  const mark = 'IN THỬ';
  const centre = { x: slot.x + slot.width / 2, y: slot.y + slot.height / 2 };
  doc.rotate(-35, { origin: [centre.x, centre.y] });
  doc.fontSize(Math.min(slot.width, slot.height) * 0.28).fillOpacity(0.12);
  doc.text(mark, centre.x - doc.widthOfString(mark) / 2, centre.y - doc.currentLineHeight() / 2, { lineBreak: false });
  doc.restore();
}

function drawCutLines(doc: PDFKit.PDFDocument, perPage: BallotsPerPage): void {
  if (perPage === 1) return;
  const { width, height } = A4;
  doc.save().dash(6, { space: 4 }).lineWidth(0.6).strokeColor('#555555');
  doc.moveTo(0, height / 2).lineTo(width, height / 2).stroke();
  if (perPage === 4) doc.moveTo(width / 2, 0).lineTo(width / 2, height).stroke();
  doc.undash().restore();
}
