import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { auditHeadCode } from '../../shared/audit/integrity-wording';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { registerFonts } from './fonts';

/** A4 with the margins of Party documents: 30 mm at the binding edge, 20 mm elsewhere, room for the footer. */
export const PAGE_MARGINS = { top: 57, bottom: 72, left: 85, right: 57 } as const;

/**
 * The seal in the footer of every page of an official paper, which ties the paper to the data it
 * came from (docs/seal.md): an election's seal on its minutes, the seal of the seals on an official
 * summary; printed in full, as text and as a QR code, with the log's head it binds beside it.
 */
export interface PageCode {
  /** "Con dấu số", "Con dấu số tổng hợp". */
  label: string;
  /** The seal, 13 groups of four. */
  value: string;
  /** The head of the audit log the seal binds (the lock's `auditHead`). */
  auditHead: string;
}

/** What stands on every page of one document inside the file. */
export interface PageMarks {
  /** The seal in the footer; null for papers that carry none (a ballot, a draft). */
  code: PageCode | null;
  /** A rehearsal printout: a banner and a watermark on every page. */
  rehearsal: boolean;
  /** Minutes of a result not locked yet: a banner on every page. */
  draft?: boolean;
  /** "Trang i/n" in the footer, counted within this document. */
  numbered: boolean;
}

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** Starts a document of its own (on a new page unless nothing was drawn yet); page numbers restart. */
  startPart(marks: PageMarks): void;
  /** Draws the marks of every page and returns the finished file. */
  toBytes(): Promise<Uint8Array>;
}

interface Part extends PageMarks {
  firstPage: number;
}

/** The label of an election's seal, on its minutes and in the summary. */
export const DATA_CODE_LABEL = 'Con dấu số';

/** What the QR code beside the seal holds: the seal and the log's head, in plain ASCII (`kiem-phieu verify --code` reads it whole). */
export function sealQrText(code: PageCode): string {
  return `KIEM-PHIEU CON-DAU ${code.value} NHAT-KY ${code.auditHead}`;
}

/** The side of the QR code in the footer, in points (about 2 cm). */
const QR_SIDE = 56;

export const REHEARSAL_BANNER = 'BẢN IN CHẠY THỬ — KHÔNG CÓ GIÁ TRỊ CHÍNH THỨC';

export function createPdf(options: { title: string; margins?: PDFKit.Mixins.ExpandedSides<number> }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins ?? PAGE_MARGINS,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: options.title, Creator: 'kiem-phieu', Producer: 'kiem-phieu' },
  });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const parts: Part[] = [];

  return {
    doc,
    startPart(marks) {
      doc.addPage();
      doc.font('regular');
      parts.push({ ...marks, firstPage: doc.bufferedPageRange().count - 1 });
    },
    async toBytes() {
      const pageCount = doc.bufferedPageRange().count;
      parts.forEach((part, i) => {
        const end = parts[i + 1]?.firstPage ?? pageCount;
        for (let page = part.firstPage; page < end; page++) {
          doc.switchToPage(page);
          drawPageMarks(doc, part, page - part.firstPage + 1, end - part.firstPage);
        }
      });
      doc.end();
      await ended;
      const size = chunks.reduce((n, c) => n + c.length, 0);
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return bytes;
    },
  };
}

function drawPageMarks(doc: PDFKit.PDFDocument, marks: PageMarks, page: number, pages: number): void {
  const { width, height, margins } = doc.page;
  const bottom = margins.bottom;
  // Text drawn below the bottom margin would otherwise start a new page.
  doc.page.margins.bottom = 0;
  const left = margins.left;
  const right = width - margins.right;
  if (marks.code !== null) drawSeal(doc, marks.code, { left, right, top: height - 66 });
  else if (marks.numbered) doc.save().moveTo(left, height - 49).lineTo(right, height - 49).lineWidth(0.5).strokeColor('#888888').stroke().restore();
  if (marks.numbered) {
    doc.font('regular').fontSize(9).fillColor('#333333');
    const label = `Trang ${page}/${pages}`;
    const labelRight = marks.code !== null ? right - QR_SIDE - 8 : right;
    doc.text(label, labelRight - doc.widthOfString(label), height - 44, { lineBreak: false });
  }
  const banners = [...(marks.draft ? [DRAFT_MARK] : []), ...(marks.rehearsal ? [REHEARSAL_BANNER] : [])];
  if (banners.length > 0) drawBanners(doc, banners);
  if (marks.rehearsal) drawRehearsalWatermark(doc);
  doc.fillColor('black');
  doc.page.margins.bottom = bottom;
}

/** The seal in full on one line, the log's head under it, the QR code at the right; a rule above. */
function drawSeal(doc: PDFKit.PDFDocument, code: PageCode, at: { left: number; right: number; top: number }): void {
  const qrLeft = at.right - QR_SIDE;
  doc.save().moveTo(at.left, at.top - 4).lineTo(qrLeft - 6, at.top - 4).lineWidth(0.5).strokeColor('#888888').stroke().restore();
  doc.font('regular').fontSize(8).fillColor('#333333');
  const label = `${code.label}: `;
  doc.text(label, at.left, at.top + 4, { lineBreak: false });
  doc.font('bold').text(code.value, at.left + doc.font('regular').widthOfString(label), at.top + 4, { lineBreak: false });
  doc.font('regular').fontSize(8).text(`Mã nhật ký: ${auditHeadCode(code.auditHead)}`, at.left, at.top + 22, { lineBreak: false });
  const qr = QRCode.create(sealQrText(code), { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  const module = QR_SIDE / (size + 2);
  doc.save().fillColor('black');
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row * size + col]) doc.rect(qrLeft + module * (col + 1), at.top + module * (row + 1), module, module);
  }
  doc.fill().restore();
}

/** Boxed red banners side by side, centred above the top margin. */
function drawBanners(doc: PDFKit.PDFDocument, banners: readonly string[]): void {
  const gap = 8;
  doc.save();
  doc.font('bold').fontSize(11).fillColor('#b00000');
  const widths = banners.map((text) => doc.widthOfString(text) + 24);
  let x = (doc.page.width - widths.reduce((sum, w) => sum + w, 0) - gap * (banners.length - 1)) / 2;
  banners.forEach((text, i) => {
    const bannerWidth = widths[i] as number;
    doc.rect(x, 16, bannerWidth, 22).lineWidth(1.2).strokeColor('#b00000').stroke();
    doc.text(text, x, 22, { width: bannerWidth, align: 'center', lineBreak: false });
    x += bannerWidth + gap;
  });
  doc.restore();
}

function drawRehearsalWatermark(doc: PDFKit.PDFDocument): void {
  const { width, height } = doc.page;
  const mark = 'CHẠY THỬ';
  doc.save();
  doc.rotate(-50, { origin: [width / 2, height / 2] });
  doc.font('bold').fontSize(110).fillColor('#b00000').fillOpacity(0.1);
  doc.text(mark, width / 2 - doc.widthOfString(mark) / 2, height / 2 - 55, { lineBreak: false });
  doc.restore();
}
