import { contentLeft, contentWidth, ensureSpace } from './layout';
import type { SignatureBlock } from '../../shared/minutes/model';

const SIGN_SPACE = 46;
const TITLE_SIZE = 12.5;

function blockHeight(block: SignatureBlock): number {
  const names = block.names?.length ?? 0;
  const titleLines = typeof block.title === 'string' ? 1 : block.title.length;
  return 18 + 16 * titleLines + Math.max(1, names) * (SIGN_SPACE + 16);
}

/** The blocks two to a row (a single block stands on the right); a row is never split across pages. */
export function drawSignatures(doc: PDFKit.PDFDocument, blocks: readonly SignatureBlock[]): void {
  const half = contentWidth(doc) / 2;
  const rows: SignatureBlock[][] = [];
  for (let i = 0; i < blocks.length; i += 2) rows.push(blocks.slice(i, i + 2));
  for (const row of rows) {
    ensureSpace(doc, Math.max(...row.map(blockHeight)));
    const top = doc.y;
    const xOf = (i: number) => contentLeft(doc) + (row.length === 1 ? half : i * half);
    // Titles first, so that the names of one row stand on one line.
    let signFrom = top;
    row.forEach((block, i) => {
      doc.font('bold').fontSize(TITLE_SIZE).text(typeof block.title === 'string' ? block.title : block.title.join('\n'), xOf(i), top, { width: half, align: 'center' });
      doc.font('italic').fontSize(11).text('(Ký, ghi rõ họ tên)', xOf(i), doc.y, { width: half, align: 'center' });
      signFrom = Math.max(signFrom, doc.y);
    });
    let bottom = signFrom + SIGN_SPACE + 16;
    row.forEach((block, i) => {
      let y = signFrom;
      for (const name of block.names ?? []) {
        y += SIGN_SPACE;
        doc.font('bold').fontSize(TITLE_SIZE).text(name, xOf(i), y, { width: half, align: 'center' });
        y = doc.y;
      }
      bottom = Math.max(bottom, y);
    });
    doc.x = contentLeft(doc);
    doc.y = bottom + 14;
  }
}
