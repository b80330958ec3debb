import { ERROR_CODES } from '../../shared/api/errors';
import { BALLOTS_PER_PAGE } from '../../shared/api/report-inputs';
import type { Office } from '../../shared/domain';
import { fail, ok, type Result } from '../../shared/result';
import { electionTitleLine, headingLines, nameAndTerm, type CongressHeading } from '../../shared/minutes/wording';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { findMissingGlyphs, missingGlyphsMessage } from './glyph-coverage';
import { createPdf } from './document';
import type { FontStyle } from './fonts';
import { drawTable, fittedWidth, tableHeight, type TableColumn } from './table';

export interface BallotPaperInput {
  congress: CongressHeading;
  election: { title: string; office: Office; seats: number; round: number };
  /** The names on the ballot, in ballot order (withdrawn names left out). */
  names: readonly string[];
}

export type BallotsPerPage = (typeof BALLOTS_PER_PAGE)[number];

interface Slot {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  perPage: BallotsPerPage;
  size: number;
  columns: 1 | 2;
}

const A4 = { width: 595.28, height: 841.89 };
/** Preferences, best first: one column of names in comfortable type, then two columns, then small type. */
const CHOICES: readonly { columns: 1 | 2; size: number }[] = [
  ...[13, 12, 11, 10].map((size) => ({ columns: 1 as const, size })),
  ...[13, 12, 11, 10].map((size) => ({ columns: 2 as const, size })),
  { columns: 1, size: 9 },
  { columns: 2, size: 9 },
];

function slots(perPage: BallotsPerPage): Slot[] {
  const { width, height } = A4;
  if (perPage === 1) return [{ x: 0, y: 0, width, height }];
  if (perPage === 2) return [0, 1].map((row) => ({ x: 0, y: (row * height) / 2, width, height: height / 2 }));
  return [0, 1, 2, 3].map((i) => ({ x: ((i % 2) * width) / 2, y: (Math.floor(i / 2) * height) / 2, width: width / 2, height: height / 2 }));
}

/**
 * The ballot paper (phiếu bầu) of RULES R1: format A lists the names to strike out; format B has
 * the boxes "Đồng ý" and "Không đồng ý". The convening committee's stamp goes at the top left.
 * As many identical ballots as fit go on one A4 sheet, with cut lines between them.
 */
export async function buildBallotPaperPdf(input: BallotPaperInput, options: { perPage?: BallotsPerPage } = {}): Promise<Result<Uint8Array>> {
  if (input.names.length === 0) return fail(ERROR_CODES.invalidInput, 'Danh sách bầu cử chưa có tên nào: chưa thể in phiếu bầu');
  const missing = findMissingGlyphs(input);
  if (missing.length > 0) return fail('UNPRINTABLE_TEXT', missingGlyphsMessage(missing, 'phiếu bầu'));
  const pdf = createPdf({ title: `Phiếu bầu - ${input.election.title}`, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  pdf.startPart({ fingerprint: null, rehearsal: false, numbered: false });
  const { doc } = pdf;
  const layout = chooseLayout(doc, input, options.perPage);
  if (!layout.ok) return layout;
  for (const slot of slots(layout.value.perPage)) {
    // Centred in its part of the sheet, so that the cut ballots look alike.
    const spare = Math.max(0, slot.height - layBallot(doc, input, slot, layout.value, false));
    layBallot(doc, input, { ...slot, y: slot.y + spare / 2 }, layout.value, true);
  }
  drawCutLines(doc, layout.value.perPage);
  return ok(await pdf.toBytes());
}

/** The most ballots per sheet (or the number asked for), then the largest type, that fit. */
function chooseLayout(doc: PDFKit.PDFDocument, input: BallotPaperInput, perPage: BallotsPerPage | undefined): Result<Layout> {
  const format = ballotFormat(input.names.length, input.election.seats);
  const counts = perPage ? [perPage] : ([4, 2, 1] as const);
  for (const count of counts) {
    const slot = slots(count)[0] as Slot;
    for (const { columns, size } of CHOICES) {
      if (columns === 2 && (format === 'B' || input.names.length < 8)) continue;
      const layout = { perPage: count, size, columns };
      if (layBallot(doc, input, slot, layout, false) <= slot.height) return ok(layout);
    }
  }
  const names = `${input.names.length} người`;
  return perPage
    ? fail(ERROR_CODES.invalidInput, `Không đủ chỗ in ${perPage} phiếu trên một tờ A4 với danh sách ${names}: hãy chọn ít phiếu hơn trên một tờ`, 'perPage')
    : fail(ERROR_CODES.invalidInput, `Danh sách ${names} quá dài để in phiếu bầu trên một tờ A4`);
}

/** Lays out one ballot in its slot; draws it when `draw`, and returns the height it takes. */
function layBallot(doc: PDFKit.PDFDocument, input: BallotPaperInput, slot: Slot, layout: Layout, draw: boolean): number {
  const { size } = layout;
  const pad = layout.perPage === 4 ? 16 : 26;
  const x = slot.x + pad;
  const width = slot.width - 2 * pad;
  const format = ballotFormat(input.names.length, input.election.seats);
  let y = slot.y + pad;

  const put = (text: string, at: { x: number; y: number; width: number }, font: FontStyle, fontSize: number, align: 'left' | 'center' | 'justify' = 'center', color = 'black'): number => {
    doc.font(font).fontSize(fontSize);
    const height = doc.heightOfString(text, { width: at.width, align, lineGap: 1 });
    if (draw) doc.fillColor(color).text(text, at.x, at.y, { width: at.width, align, lineGap: 1 }).fillColor('black');
    return height;
  };

  // Top left: the congress, in the area where the convening committee's stamp goes.
  const headSize = size * 0.82;
  const stampWidth = width * 0.5;
  let leftY = y + 4;
  for (const line of headingLines(input.congress).filter((l) => l.role !== 'term')) leftY += put(line.text, { x: x + 4, y: leftY, width: stampWidth - 8 }, line.role === 'assembly' ? 'bold' : 'regular', headSize);
  leftY += put(input.congress.kind === 'committee' ? '(nơi đóng dấu của cấp ủy)' : '(nơi đóng dấu của cấp ủy triệu tập đại hội)', { x: x + 4, y: leftY + 2, width: stampWidth - 8 }, 'italic', headSize * 0.8, 'center', '#666666') + 6;
  if (draw) doc.save().roundedRect(x, y, stampWidth, leftY - y, 6).dash(3, { space: 3 }).lineWidth(0.7).strokeColor('#777777').stroke().undash().restore();

  const party = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  const rightX = x + stampWidth + 6;
  const rightWidth = width - stampWidth - 6;
  const partyHeight = put(party, { x: rightX, y: y + 4, width: rightWidth }, 'bold', headSize);
  if (draw) {
    const ruleWidth = Math.min(doc.widthOfString(party), rightWidth);
    const ruleX = rightX + (rightWidth - ruleWidth) / 2;
    doc.moveTo(ruleX, y + 5 + partyHeight).lineTo(ruleX + ruleWidth, y + 5 + partyHeight).lineWidth(0.6).strokeColor('black').stroke();
  }
  y = Math.max(leftY, y + partyHeight + 8) + size * 0.8;

  y += put('PHIẾU BẦU CỬ', { x, y, width }, 'bold', size * 1.35) + 2;
  const subject = electionTitleLine(input.election, nameAndTerm(input.congress).term, input.election.round).replace(/^Bầu (.)/u, (_, first: string) => first.toLocaleUpperCase('vi'));
  y += put(subject, { x, y, width }, 'bold', size) + 2;
  y += put(`Số lượng cần bầu: ${input.election.seats} đồng chí`, { x, y, width }, 'italic', size * 0.95) + size * 0.6;

  const rows = input.names.map((name, i) => [String(i + 1), name, ...(format === 'B' ? ['', ''] : [])]);
  const number = { header: 'TT', width: 0, fixed: fittedWidth(doc, ['TT', String(rows.length)], size), align: 'center' as const };
  const columns: TableColumn[] = format === 'A' ? [number, { header: 'Họ và tên', width: 1 }] : [number, { header: 'Họ và tên', width: 56 }, { header: 'Đồng ý', width: 22 }, { header: 'Không đồng ý', width: 22 }];
  const perColumn = Math.ceil(rows.length / layout.columns);
  const gap = layout.columns === 2 ? 10 : 0;
  const tableWidth = (width - gap) / layout.columns;
  let tableBottom = y;
  for (let c = 0; c < layout.columns; c++) {
    const spec = { columns, rows: rows.slice(c * perColumn, (c + 1) * perColumn), size, frame: { x: x + c * (tableWidth + gap), width: tableWidth } };
    if (spec.rows.length === 0) continue;
    if (draw) {
      doc.y = y;
      drawTable(doc, spec);
    }
    tableBottom = Math.max(tableBottom, y + tableHeight(doc, spec));
  }
  y = tableBottom + size * 0.6;

  const instruction =
    format === 'A'
      ? 'Cách bầu: đồng ý bầu đồng chí nào thì để nguyên họ tên đồng chí đó; không đồng ý bầu đồng chí nào thì gạch ngang cả họ và tên đồng chí đó. Không ghi thêm tên người ngoài danh sách, không ký tên hay đánh dấu riêng trên phiếu.'
      : `Cách bầu: đánh dấu X vào ô "Đồng ý" hoặc ô "Không đồng ý" ở mỗi tên, mỗi tên chỉ đánh dấu một ô. Không ghi thêm tên người ngoài danh sách, không ký tên hay đánh dấu riêng trên phiếu.`;
  y += put(instruction, { x, y, width }, 'italic', size * 0.85, 'justify');
  return y + pad - slot.y;
}

function drawCutLines(doc: PDFKit.PDFDocument, perPage: BallotsPerPage): void {
  if (perPage === 1) return;
  const { width, height } = A4;
  doc.save().dash(6, { space: 4 }).lineWidth(0.6).strokeColor('#555555');
  doc.moveTo(0, height / 2).lineTo(width, height / 2).stroke();
  if (perPage === 4) doc.moveTo(width / 2, 0).lineTo(width / 2, height).stroke();
  doc.undash().restore();
}
