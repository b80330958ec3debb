import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { ERROR_CODES } from '../../shared/api/errors';
import type { BALLOTS_PER_PAGE } from '../../shared/api/report-inputs';
import type { Office } from '../../shared/domain';
import { fail, ok, type Result } from '../../shared/result';
import { electionTitleLine, headingLines, nameAndTerm, PARTY_NAME, type CongressHeading } from '../../shared/minutes/wording';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { BALLOT_LAYOUT_FORMAT, BALLOT_LAYOUT_VERSION, ballotQrText, CORNER_SQUARE_SIZE, type BallotLayout, type BallotOnPage, type NameLayout, type PrintedLine, type Rect } from '../../shared/scan/layout';
import type { FontStyle } from './fonts';
import { registerFonts } from './fonts';
import { unbreakable } from '../../shared/text/unbreakable';
import { headingLine, oneLine } from './unbroken';
import { drawTable, fittedWidth, PAD_X, tableHeight, tablePlaces, type TableColumn, type TableSpec } from './table';
import { SEATS_LABEL } from '../../shared/minutes/figures';

export interface BallotPaperInput {
  congress: CongressHeading;
  /** `id` is the congress file's election id (the store's election key). */
  election: { id: string; title: string; office: Office; seats: number; round: number };
  /** The names on the ballot, in ballot order (withdrawn names left out), with their ids. */
  candidates: readonly { id: string; name: string }[];
}

export type BallotsPerPage = (typeof BALLOTS_PER_PAGE)[number];

/** How one print run is set: ballots to a sheet, type size, columns of names; format B, the share of the table the names take (the rest is the two boxes). */
export interface BallotSetting {
  perPage: BallotsPerPage;
  size: number;
  columns: 1 | 2;
  nameShare?: number;
}

export const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
/** The corner squares stand 5 mm inside the cut lines (or the paper's edge: most printers leave 4–5 mm blank). */
export const CORNER_INSET = 5 * MM;
/** Nothing is printed within 3 mm of a corner square: the text starts below the top squares and ends above the bottom ones. */
const PAD_Y = CORNER_INSET + CORNER_SQUARE_SIZE + 3 * MM;
/** The QR code: version 2 (25 modules) at 1.5 pt a module, with a quiet zone of 4 modules. */
export const QR_MODULE = 1.5;
export const QR_QUIET = 4;
const QR_BOX = (25 + 2 * QR_QUIET) * QR_MODULE;

/** Format B: the names' share of the table, and the wider one used when a name would not fit on one line (boxes narrower, still wide enough to mark). */
const NAME_SHARE = 56;
const WIDE_NAME_SHARE = 68;

/**
 * Preferences, best first: one column of names in comfortable type, then two columns, then small
 * type; format B tries a wider name column before smaller type. Every name stays on one line: a
 * name printed on two lines cannot be read by the scanner (its strike, its row) and looks unlike
 * the others.
 */
const CHOICES: readonly { columns: 1 | 2; size: number; nameShare?: number }[] = [
  ...[13, 12, 11, 10].flatMap((size) => [{ columns: 1 as const, size }, { columns: 1 as const, size, nameShare: WIDE_NAME_SHARE }]),
  ...[13, 12, 11, 10].map((size) => ({ columns: 2 as const, size })),
  { columns: 1, size: 9 },
  { columns: 1, size: 9, nameShare: WIDE_NAME_SHARE },
  { columns: 2, size: 9 },
];

export function slots(perPage: BallotsPerPage): Rect[] {
  const { width, height } = A4;
  if (perPage === 1) return [{ x: 0, y: 0, width, height }];
  if (perPage === 2) return [0, 1].map((row) => ({ x: 0, y: (row * height) / 2, width, height: height / 2 }));
  return [0, 1, 2, 3].map((i) => ({ x: ((i % 2) * width) / 2, y: (Math.floor(i / 2) * height) / 2, width: width / 2, height: height / 2 }));
}

/** What the scanner needs of one ballot drawn in its slot, but the squares (which belong to the slot). */
export type BallotGeometry = Pick<BallotOnPage, 'qr' | 'names' | 'table' | 'printed' | 'stamp' | 'rules'>;

/**
 * SHA-256 of what identifies a ballot paper: the congress, the election id, round, title and seats,
 * the list (ids and names, in ballot order) and the layout version. It says which election a
 * scanned ballot belongs to; it is the same on every ballot, so it reveals nothing of the voter.
 */
export function electionHash(input: BallotPaperInput): string {
  const canonical = JSON.stringify({
    layoutVersion: BALLOT_LAYOUT_VERSION,
    congress: [input.congress.name, input.congress.organization ?? '', input.congress.term ?? ''],
    election: [input.election.id, input.election.round, input.election.title, input.election.seats],
    candidates: input.candidates.map((c) => [c.id, c.name]),
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function measuringDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false });
  registerFonts(doc);
  doc.addPage();
  return doc;
}

/**
 * The layout of a print run (`OUT.layout.json`): every ballot of the sheet with its corner
 * squares, QR code, names, rows and boxes. The printed paper (ballot-paper.ts) draws from the same
 * computation, and the scanner reads against it; `scan` computes it again from the congress file.
 */
export function ballotLayout(input: BallotPaperInput, options: { perPage?: BallotsPerPage } = {}): Result<{ layout: BallotLayout; setting: BallotSetting }> {
  if (input.candidates.length === 0) return fail(ERROR_CODES.invalidInput, 'Danh sách bầu cử chưa có tên nào: chưa thể in phiếu bầu');
  const doc = measuringDoc();
  const setting = chooseSetting(doc, input, options.perPage);
  if (!setting.ok) return setting;
  const hash = electionHash(input);
  const ballots = slots(setting.value.perPage).map((slot): BallotOnPage => {
    const top = ballotTop(doc, input, slot, setting.value);
    const geometry = layBallot(doc, input, { ...slot, y: top }, setting.value, false).geometry;
    const lines = printedLines(doc, () => layBallot(doc, input, { ...slot, y: top }, setting.value, true)).filter((line) => !inside(line, geometry.table));
    return { slot, corners: cornerSquares(slot), ...geometry, lines };
  });
  doc.font('regular').fontSize(setting.value.size);
  const layout: BallotLayout = {
    format: BALLOT_LAYOUT_FORMAT,
    version: BALLOT_LAYOUT_VERSION,
    election: { id: input.election.id, round: input.election.round, title: input.election.title, seats: input.election.seats, ballotFormat: ballotFormat(input.candidates.length, input.election.seats) },
    electionHash: hash,
    qrText: ballotQrText(setting.value.perPage, hash),
    perSheet: setting.value.perPage,
    page: { ...A4 },
    fontSize: setting.value.size,
    columns: setting.value.columns,
    lineHeight: tablePlaces(doc, { columns: [{ header: '', width: 1 }], rows: [], size: setting.value.size, frame: { x: 0, width: 100 } }, 0).lineHeight,
    ballots,
  };
  return ok({ layout, setting: setting.value });
}

type Fragment = (text: string, x: number, y: number, options: { align?: string; lineWidth?: number; textWidth?: number; wordSpacing?: number }) => void;

/**
 * The lines of text a ballot prints, as PDFKit places them: its `_fragment` (one call a line, with
 * the line's place and alignment) is listened to while the ballot is laid out on a throwaway page.
 * The scanner draws them again to know the blank ballot beyond its rows.
 */
function printedLines(doc: PDFKit.PDFDocument, layOut: () => unknown): PrintedLine[] {
  const target = doc as unknown as { _fragment: Fragment; _font: { name: string }; _fontSize: number };
  const original = target._fragment;
  const lines: PrintedLine[] = [];
  target._fragment = (text, x, y, options) => {
    const clean = text.replace(/\n/g, '');
    if (clean.trim() === '') return;
    const name = target._font.name;
    const face = /BoldItalic/.test(name) ? 'boldItalic' : /Bold/.test(name) ? 'bold' : /Italic/.test(name) ? 'italic' : 'regular';
    let at = x;
    let wordSpacing = options.wordSpacing ?? 0;
    const lineWidth = options.lineWidth ?? 0;
    if (options.align === 'center') at += lineWidth / 2 - (options.textWidth ?? doc.widthOfString(clean)) / 2;
    else if (options.align === 'right') at += lineWidth - doc.widthOfString(clean.replace(/\s+$/, ''));
    else if (options.align === 'justify') {
      const words = clean.trim().split(/\s+/);
      wordSpacing = Math.max(0, (lineWidth - doc.widthOfString(clean.replace(/\s+/g, ''))) / Math.max(1, words.length - 1) - doc.widthOfString(' '));
    }
    lines.push({ text: clean, x: at, y, size: target._fontSize, face, ...(wordSpacing ? { wordSpacing } : {}) });
  };
  try {
    layOut();
  } finally {
    target._fragment = original;
  }
  return lines;
}

const inside = (line: PrintedLine, r: Rect) => line.x >= r.x - 1 && line.x <= r.x + r.width && line.y >= r.y - 1 && line.y <= r.y + r.height;

/** Where a ballot starts in its slot: centred, so that the cut ballots look alike. */
export function ballotTop(doc: PDFKit.PDFDocument, input: BallotPaperInput, slot: Rect, setting: BallotSetting): number {
  const spare = Math.max(0, slot.height - layBallot(doc, input, slot, setting, false).height);
  return slot.y + spare / 2;
}

/** The four squares of a slot, clockwise from the top left, 5 mm inside its edges. */
export function cornerSquares(slot: Rect): [Rect, Rect, Rect, Rect] {
  const s = CORNER_SQUARE_SIZE;
  const left = slot.x + CORNER_INSET;
  const right = slot.x + slot.width - CORNER_INSET - s;
  const top = slot.y + CORNER_INSET;
  const bottom = slot.y + slot.height - CORNER_INSET - s;
  return [
    { x: left, y: top, width: s, height: s },
    { x: right, y: top, width: s, height: s },
    { x: right, y: bottom, width: s, height: s },
    { x: left, y: bottom, width: s, height: s },
  ];
}

/** The most ballots per sheet (or the number asked for), then the largest type, that fit with every name on one line. */
function chooseSetting(doc: PDFKit.PDFDocument, input: BallotPaperInput, perPage: BallotsPerPage | undefined): Result<BallotSetting> {
  const format = ballotFormat(input.candidates.length, input.election.seats);
  const counts = perPage ? [perPage] : ([4, 2, 1] as const);
  let wrapped: string | null = null;
  for (const count of counts) {
    const slot = slots(count)[0] as Rect;
    for (const { columns, size, nameShare } of CHOICES) {
      if (columns === 2 && (format === 'B' || input.candidates.length < 8)) continue;
      if (nameShare !== undefined && format !== 'B') continue;
      const setting = { perPage: count, size, columns, ...(nameShare !== undefined ? { nameShare } : {}) };
      const laid = layBallot(doc, input, slot, setting, false);
      if (laid.height > slot.height) continue;
      if (laid.wrapped.length === 0) return ok(setting);
      wrapped ??= laid.wrapped[0] as string;
    }
  }
  const names = `${input.candidates.length} người`;
  if (wrapped !== null) {
    const where = perPage ? `khi in ${perPage} phiếu trên một tờ A4` : 'trên phiếu bầu khổ A4';
    return fail(ERROR_CODES.invalidInput, `Tên "${wrapped}" quá dài để in trên một dòng ${where} (máy quét cần mỗi tên trên một dòng): ${perPage && perPage > 1 ? 'hãy chọn ít phiếu hơn trên một tờ' : 'hãy kiểm tra lại tên trong danh sách'}`, perPage ? 'perPage' : 'candidates');
  }
  return perPage
    ? fail(ERROR_CODES.invalidInput, `Không đủ chỗ in ${perPage} phiếu trên một tờ A4 với danh sách ${names}: hãy chọn ít phiếu hơn trên một tờ`, 'perPage')
    : fail(ERROR_CODES.invalidInput, `Danh sách ${names} quá dài để in phiếu bầu trên một tờ A4`);
}

/**
 * Lays out one ballot whose text starts at the slot's top; draws it when `draw`. Returns the
 * height it takes (from the slot's top to below the bottom squares) and where its parts stand.
 */
export function layBallot(doc: PDFKit.PDFDocument, input: BallotPaperInput, slot: Rect, setting: BallotSetting, draw: boolean): { height: number; geometry: BallotGeometry; wrapped: string[] } {
  const { size } = setting;
  const padX = setting.perPage === 4 ? 16 : 26;
  const x = slot.x + padX;
  const width = slot.width - 2 * padX;
  const format = ballotFormat(input.candidates.length, input.election.seats);
  const printed: Rect[] = [];
  let y = slot.y + PAD_Y;

  const put = (text: string, at: { x: number; y: number; width: number }, font: FontStyle, fontSize: number, align: 'left' | 'center' | 'justify' = 'center', color = 'black'): number => {
    doc.font(font).fontSize(fontSize);
    const height = doc.heightOfString(text, { width: at.width, align, lineGap: 1 });
    if (draw) doc.fillColor(color).text(text, at.x, at.y, { width: at.width, align, lineGap: 1 }).fillColor('black');
    return height;
  };

  // Top left: the congress, in the area where the convening committee's stamp goes.
  const headSize = size * 0.82;
  const stampWidth = width * 0.5;
  const headTop = y;
  let leftY = y + 4;
  for (const line of headingLines(input.congress).filter((l) => l.role !== 'term')) {
    const font = line.role === 'assembly' ? 'bold' : 'regular';
    const drawn = headingLine(doc, line.text, font, stampWidth - 8, headSize);
    leftY += put(drawn.text, { x: x + 4, y: leftY, width: stampWidth - 8 }, font, drawn.size);
  }
  leftY += put(input.congress.kind === 'committee' ? '(nơi đóng dấu của cấp ủy)' : `(nơi đóng dấu của cấp ủy triệu tập ${unbreakable('đại hội')})`, { x: x + 4, y: leftY + 2, width: stampWidth - 8 }, 'italic', headSize * 0.8, 'center', '#666666') + 6;
  if (draw) doc.save().roundedRect(x, y, stampWidth, leftY - y, 6).dash(3, { space: 3 }).lineWidth(0.7).strokeColor('#777777').stroke().undash().restore();
  const stamp = { x, y, width: stampWidth, height: leftY - y };

  const rightX = x + stampWidth + 6;
  const rightWidth = width - stampWidth - 6;
  const party = oneLine(doc, PARTY_NAME, 'bold', rightWidth, headSize);
  const partyHeight = put(party.text, { x: rightX, y: y + 4, width: rightWidth }, 'bold', party.size);
  const ruleWidth = Math.min(doc.widthOfString(party.text), rightWidth);
  const ruleX = rightX + (rightWidth - ruleWidth) / 2;
  if (draw) doc.moveTo(ruleX, y + 5 + partyHeight).lineTo(ruleX + ruleWidth, y + 5 + partyHeight).lineWidth(0.6).strokeColor('black').stroke();
  const rules = [{ x: ruleX, y: y + 5 + partyHeight - 0.3, width: ruleWidth, height: 0.6 }];
  y = Math.max(leftY, y + partyHeight + 8) + size * 0.8;

  y += put('PHIẾU BẦU CỬ', { x, y, width }, 'bold', size * 1.35) + 2;
  const subject = electionTitleLine(input.election, nameAndTerm(input.congress).term, input.election.round).replace(/^Bầu (.)/u, (_, first: string) => first.toLocaleUpperCase('vi'));
  y += put(subject, { x, y, width }, 'bold', size) + 2;
  y += put(`${SEATS_LABEL}: ${input.election.seats} đồng chí`, { x, y, width }, 'italic', size * 0.95);
  printed.push({ x, y: headTop, width, height: y - headTop });
  y += size * 0.6;

  const rows = input.candidates.map((c, i) => [String(i + 1), c.name, ...(format === 'B' ? ['', ''] : [])]);
  const number = { header: 'TT', width: 0, fixed: fittedWidth(doc, ['TT', String(rows.length)], size), align: 'center' as const };
  const nameShare = setting.nameShare ?? NAME_SHARE;
  const boxShare = (100 - nameShare) / 2;
  const columns: TableColumn[] = format === 'A' ? [number, { header: 'Họ và tên', width: 1 }] : [number, { header: 'Họ và tên', width: nameShare }, { header: 'Đồng ý', width: boxShare }, { header: 'Không đồng ý', width: boxShare }];
  const wrapped: string[] = [];
  const perColumn = Math.ceil(rows.length / setting.columns);
  const gap = setting.columns === 2 ? 10 : 0;
  const tableWidth = (width - gap) / setting.columns;
  const names: NameLayout[] = [];
  let tableBottom = y;
  for (let c = 0; c < setting.columns; c++) {
    const spec: TableSpec = { columns, rows: rows.slice(c * perColumn, (c + 1) * perColumn), size, frame: { x: x + c * (tableWidth + gap), width: tableWidth } };
    if (spec.rows.length === 0) continue;
    if (draw) {
      doc.y = y;
      drawTable(doc, spec);
    }
    const places = tablePlaces(doc, spec, y);
    printed.push({ x: spec.frame!.x, y: places.header.y, width: tableWidth, height: places.header.height });
    doc.font('regular').fontSize(size);
    places.rows.forEach((row, i) => {
      const index = c * perColumn + i;
      const candidate = input.candidates[index] as { id: string; name: string };
      const cell = row.cells[1] as (typeof row.cells)[number];
      if (cell.lines > 1) wrapped.push(candidate.name);
      const textWidth = cell.width - 2 * PAD_X;
      const nameRect = { x: cell.x + PAD_X, y: cell.textY, width: Math.min(doc.widthOfString(candidate.name), textWidth), height: cell.lines * places.lineHeight - 2 };
      const rowRect = { x: spec.frame!.x, y: row.y, width: tableWidth, height: row.height };
      const boxes = format === 'B' ? { agreeBox: cellRect(row.cells[2], row), disagreeBox: cellRect(row.cells[3], row) } : {};
      names.push({ id: candidate.id, number: index + 1, name: candidate.name, nameRect, rowRect, ...boxes });
    });
    tableBottom = Math.max(tableBottom, y + tableHeight(doc, spec));
  }
  const table = { x, y, width, height: tableBottom - y };
  y = tableBottom + size * 0.6;

  const instruction =
    format === 'A'
      ? 'Cách bầu: đồng ý bầu đồng chí nào thì để nguyên họ tên đồng chí đó; không đồng ý bầu đồng chí nào thì gạch ngang cả họ và tên đồng chí đó. Không ghi thêm tên người ngoài danh sách, không ký tên hay đánh dấu riêng trên phiếu.'
      : `Cách bầu: đánh dấu X vào ô "Đồng ý" hoặc ô "Không đồng ý" ở mỗi tên, mỗi tên chỉ đánh dấu một ô. Không ghi thêm tên người ngoài danh sách, không ký tên hay đánh dấu riêng trên phiếu.`;
  // The instruction leaves room at its right for the QR code, which stands clear of all text.
  const textWidth = width - QR_BOX - 8;
  const instructionHeight = put(instruction, { x, y, width: textWidth }, 'italic', size * 0.85, 'justify');
  printed.push({ x, y, width: textWidth, height: instructionHeight });
  const qr = { x: x + width - QR_BOX, y, width: QR_BOX, height: QR_BOX };
  y += Math.max(instructionHeight, QR_BOX);
  return { height: y + PAD_Y - slot.y, geometry: { qr, names, table, printed, stamp, rules }, wrapped };
}

function cellRect(cell: { x: number; width: number } | undefined, row: { y: number; height: number }): Rect {
  const c = cell as { x: number; width: number };
  return { x: c.x, y: row.y, width: c.width, height: row.height };
}
