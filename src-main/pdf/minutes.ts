import { blockingProblemsError } from '../../shared/api/blocking';
import { buildMinutesModel } from '../../shared/minutes/build';
import type { MinutesBlock, MinutesModel } from '../../shared/minutes/model';
import { plainText } from '../../shared/minutes/text';
import { electionSubject } from '../../shared/minutes/wording';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { createPdf, DATA_CODE_LABEL, type Pdf } from './document';
import { findMissingGlyphs, missingGlyphsMessage, withMissingGlyphsShown } from './glyph-coverage';
import { bulletList, ensureSpace, heading, paragraph, paragraphHeight, SIZE } from './layout';
import type { MinutesInput, MinutesOptions } from './minutes-input';
import { drawPartyHeader } from './party-header';
import { drawSignatures } from './signatures';
import { drawTable } from './table';
import { ERROR_CODES } from '../../shared/api/errors';

/** Room a heading keeps below it: the table header and a first row, or a line of what follows. */
const KEEP_WITH_TABLE = 60;
const KEEP_WITH_TEXT = 40;
/** A compact table: about 40 one-line rows a page. */
const COMPACT_TABLE = { size: 9, padY: 2 } as const;

/**
 * The minutes of one election (RULES R9), refused while a blocking check fails unless the
 * printout is a rehearsal, which is then marked so on every page. An election not locked prints
 * as a draft, marked on every page.
 */
export async function buildMinutesPdf(input: MinutesInput, options: MinutesOptions = {}): Promise<Result<Uint8Array>> {
  return buildMinutesFilePdf([input], options);
}

/** The minutes of several elections in one file, each its own document with its own page numbers. */
export async function buildMinutesFilePdf(inputs: readonly MinutesInput[], options: MinutesOptions = {}): Promise<Result<Uint8Array>> {
  const missing = findMissingGlyphs([inputs, options.signatures ?? []]);
  if (!options.rehearsal) {
    const refused = refusal(inputs);
    if (refused) return err(refused);
    if (missing.length > 0) return err({ code: ERROR_CODES.unprintableText, message: missingGlyphsMessage(missing, 'biên bản'), details: missing.map((m) => ({ path: '', message: `"${m.char}" (${m.code}) trong "${m.text}"` })) });
  }
  const printable = missing.length > 0 ? inputs.map((input) => withMissingGlyphsShown(input)) : inputs;
  const title = printable.length === 1 && printable[0] ? `Biên bản kiểm phiếu - ${electionSubject(printable[0].election)}` : 'Biên bản kiểm phiếu';
  const pdf = createPdf({ title });
  const unprintable = missing.map((m) => `${m.code} (${m.char})`);
  for (const input of printable) drawMinutes(pdf, input, buildMinutesModel(input, options), { rehearsal: options.rehearsal ?? false, unprintable });
  return ok(await pdf.toBytes());
}

/** Every blocking problem of every election, each detail naming its election. */
function refusal(inputs: readonly MinutesInput[]): AppError | null {
  const refused = inputs.flatMap((input) => {
    const error = blockingProblemsError(input.tally.problems, `in biên bản của cuộc bầu "${electionSubject(input.election)}"`);
    return error ? [{ id: input.tally.id, error }] : [];
  });
  const first = refused[0];
  if (!first) return null;
  return {
    code: first.error.code,
    message: refused.map((r) => r.error.message).join('\n'),
    details: refused.flatMap((r) => (r.error.details ?? []).map((d) => ({ path: r.id, message: d.message }))),
  };
}

function drawBlock(doc: PDFKit.PDFDocument, block: MinutesBlock, next: MinutesBlock | undefined): void {
  switch (block.kind) {
    case 'paragraph':
      if (block.style === 'opening') paragraph(doc, plainText(block.text), { indent: 28, after: 6 });
      else paragraph(doc, plainText(block.text), block.style === 'bold' ? { font: 'bold' } : {});
      return;
    case 'heading':
      heading(doc, plainText(block.text), next?.kind === 'table' ? KEEP_WITH_TABLE : KEEP_WITH_TEXT);
      return;
    case 'list':
      bulletList(doc, block.items.map(plainText), block.level === 2 ? { left: 18 } : {});
      return;
    case 'table':
      drawTable(doc, { columns: block.columns.map((c) => ({ header: c.header, width: c.width, align: c.align })), rows: block.rows.map((row) => row.map(plainText)), ...(block.compact ? COMPACT_TABLE : {}) });
  }
}

/** One election's minutes, as the model says them, on pages of their own. */
function drawMinutes(pdf: Pdf, input: MinutesInput, model: MinutesModel, print: { rehearsal: boolean; unprintable: readonly string[] }): void {
  const { doc } = pdf;
  const code = input.lock && !model.draft ? { label: DATA_CODE_LABEL, value: input.lock.fingerprint, auditHead: input.lock.auditHead } : null;
  pdf.startPart({ code, rehearsal: print.rehearsal, draft: model.draft, numbered: true });
  drawPartyHeader(doc, model.heading.left, plainText(model.heading.placeAndDate));

  paragraph(doc, model.title, { font: 'bold', size: SIZE.title, align: 'center', after: 2 });
  paragraph(doc, model.subtitle, { font: 'bold', align: 'center', after: 14 });
  if (print.rehearsal && print.unprintable.length > 0) {
    paragraph(doc, `Ghi chú của bản chạy thử: phông chữ không in được ${print.unprintable.join(', ')}; ký tự đó được thay bằng mã của nó.`, { font: 'italic', after: 8 });
  }
  model.blocks.forEach((block, i) => drawBlock(doc, block, model.blocks[i + 1]));

  const closing = plainText(model.closing);
  ensureSpace(doc, paragraphHeight(doc, closing) + 110);
  doc.y += 6;
  paragraph(doc, closing, { indent: 28, after: 14 });
  drawSignatures(doc, model.signatures);
  if (model.annex) {
    doc.addPage();
    paragraph(doc, model.annex.title, { font: 'bold', align: 'center', after: 10 });
    model.annex.blocks.forEach((block, i) => drawBlock(doc, block, model.annex?.blocks[i + 1]));
  }
}
