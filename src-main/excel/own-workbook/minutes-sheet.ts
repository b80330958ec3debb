import type ExcelJS from 'exceljs';
import { DRAFT_MARK, type MinutesBlock, type MinutesModel, type SignatureBlock } from '../../../shared/minutes/model';
import { isFigure, plainText, type Figure, type FigureRef, type Line, type Part } from '../../../shared/minutes/text';
import type { ResultCells } from './result-sheets';
import { BODY, BOLD, BOX, CENTER, ITALIC, PERCENT, SheetWriter, TITLE, addSheet, cellRef, formula, printArea, type CellInput, type CellStyle, type WorkbookWriter } from './sheet-writer';

const MINUTES_FONT = { ...BODY, size: 13 };
const DRAFT_FONT = { ...BOLD, size: 13, color: { argb: 'FFB00000' } };
const WIDTH = 6;
/** The items of a list, a step in for each level (a dash starts each). */
const ITEM_ALIGNMENT = { 1: { horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 }, 2: { horizontal: 'left', vertical: 'top', wrapText: true, indent: 3 } } as const;

/** Excel takes at most 255 characters in one string of a formula. */
function quoted(text: string): string {
  const chunks = text.match(/[\s\S]{1,250}/g) ?? [''];
  return chunks.map((chunk) => `"${chunk.replace(/"/g, '""')}"`).join('&');
}

/** The cell of the results sheet a figure of the minutes stands for, when the sheet has one. */
function cellOf(cells: ResultCells, ref: FigureRef | null): { ref: string; percent: boolean } | null {
  if (ref === null) return null;
  const at = (col: number, row: number | undefined) => (row === undefined ? null : { ref: cellRef(cells.sheet, col, row), percent: col === 4 && ref.startsWith('percent:') });
  if (ref === 'base' || ref === 'issued' || ref === 'returned' || ref === 'valid' || ref === 'invalid') return at(3, cells[ref]);
  const [kind, key] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (kind === 'reason') return at(3, cells.reasons.get(key));
  if (kind === 'votes') return at(3, cells.candidateRow.get(key));
  if (kind === 'percent') return at(4, cells.candidateRow.get(key));
  return null;
}

/** A figure linked to its cell, unless it carries its words (those would not follow a change). */
function linked(cells: ResultCells, part: Part): { figure: Figure; ref: string; percent: boolean } | null {
  if (!isFigure(part) || (part.text !== String(part.value) && !part.figure?.startsWith('percent:'))) return null;
  const cell = cellOf(cells, part.figure);
  return cell ? { figure: part, ...cell } : null;
}

/** A line of text: a live formula when it shows figures of the results sheet, so that the minutes follow a correction there. */
function lineValue(cells: ResultCells, line: Line): CellInput {
  const parts = line.map((part) => ({ part, cell: linked(cells, part) }));
  if (!parts.some((p) => p.cell)) return plainText(line);
  const expression = parts.map(({ part, cell }) => (cell ? cell.ref : quoted(plainText([part])))).join('&');
  return formula(expression, plainText(line));
}

/** A table cell: a number, a formula over the results sheet, or text. */
function cellValue(cells: ResultCells, line: Line): { value: CellInput; style?: CellStyle } {
  const only = line.length === 1 ? line[0] : undefined;
  const cell = only === undefined ? null : linked(cells, only);
  if (cell) return { value: formula(cell.ref, cell.figure.value), ...(cell.percent ? { style: { numFmt: PERCENT, alignment: CENTER } } : { style: { alignment: CENTER } }) };
  const text = plainText(line);
  return /^\d+$/.test(text) ? { value: Number(text), style: { alignment: CENTER } } : { value: text };
}

function writeBlock(w: SheetWriter, cells: ResultCells, block: MinutesBlock): void {
  switch (block.kind) {
    case 'paragraph':
      w.text(lineValue(cells, block.text), WIDTH, { font: block.style === 'bold' ? { ...MINUTES_FONT, bold: true } : MINUTES_FONT });
      return;
    case 'heading':
      w.text(lineValue(cells, block.text), WIDTH, { font: MINUTES_FONT });
      return;
    case 'list':
      for (const item of block.items) w.text(lineValue(cells, ['– ', ...item]), WIDTH, { font: MINUTES_FONT, alignment: ITEM_ALIGNMENT[block.level] });
      return;
    case 'table': {
      w.row(block.columns.map((c) => c.header), { font: BOLD, border: BOX, alignment: CENTER }, {}, 36);
      for (const row of block.rows) {
        const values = row.map((line) => cellValue(cells, line));
        w.row(values.map((v) => v.value), { border: BOX }, Object.fromEntries(values.flatMap((v, i) => (v.style ? [[i + 1, v.style]] : []))));
      }
    }
  }
}

/** Two columns across the sheet (A:C and D:F), merged, one row. */
function pairRow(w: SheetWriter, left: CellInput, right: CellInput, style: CellStyle, perCell: Record<number, CellStyle> = {}, height?: number): void {
  w.sheet.mergeCells(w.rowNumber, 1, w.rowNumber, 3);
  w.sheet.mergeCells(w.rowNumber, 4, w.rowNumber, 6);
  w.row([left, '', '', right], style, perCell, height);
}

function writeSignatures(w: SheetWriter, blocks: readonly SignatureBlock[]): void {
  const titleOf = (block: SignatureBlock | undefined) => (block === undefined ? '' : typeof block.title === 'string' ? block.title : block.title.join('\n'));
  const namesOf = (block: SignatureBlock | undefined) => (block?.names ?? []).join(', ');
  for (let i = 0; i < blocks.length; i += 2) {
    // A block alone stands on the right, as on the printed page.
    const [left, right] = i + 1 < blocks.length ? [blocks[i], blocks[i + 1]] : [undefined, blocks[i]];
    pairRow(w, titleOf(left), titleOf(right), { font: BOLD, alignment: CENTER }, {}, 34);
    pairRow(w, left ? '(Ký, ghi rõ họ tên)' : '', '(Ký, ghi rõ họ tên)', { font: ITALIC, alignment: CENTER });
    w.skip(4);
    pairRow(w, namesOf(left), namesOf(right), { font: BOLD, alignment: CENTER });
    w.skip();
  }
}

/**
 * The minutes (biên bản kiểm phiếu, RULES R9) as the model says them, laid out on a sheet; counts
 * and votes are formulas over the results sheet, so the page follows any correction made there.
 */
export function minutesSheet(workbook: WorkbookWriter, sheetName: string, model: MinutesModel, cells: ResultCells): void {
  const sheet: ExcelJS.Worksheet = addSheet(workbook, sheetName);
  sheet.columns = [6, 36, 12, 16, 12, 12].map((width) => ({ width, style: { font: MINUTES_FONT } }));
  const w = new SheetWriter(sheet, MINUTES_FONT);
  if (model.draft) w.text(DRAFT_MARK, WIDTH, { font: DRAFT_FONT, alignment: CENTER });
  const { left, party, placeAndDate } = model.heading;
  const rows = Math.max(left.length, 2);
  for (let i = 0; i < rows; i++) {
    const line = left[i];
    const right = i === 0 ? party : i === 1 ? plainText(placeAndDate) : '';
    pairRow(w, line?.text ?? '', right, { alignment: CENTER }, { 1: { font: { ...MINUTES_FONT, size: 12, bold: line?.role === 'assembly' } }, 4: { font: i === 0 ? { ...BOLD, size: 13 } : { ...ITALIC, size: 12 } } }, line && line.text.length > 30 ? 36 : undefined);
  }
  pairRow(w, '*', '', { alignment: CENTER });
  w.skip();
  w.text(model.title, WIDTH, { font: { ...TITLE, size: 15 }, alignment: CENTER });
  w.text(model.subtitle, WIDTH, { font: BOLD, alignment: CENTER }, 36);
  w.skip();
  for (const block of model.blocks) writeBlock(w, cells, block);
  w.skip();
  w.text(plainText(model.closing), WIDTH, { font: MINUTES_FONT });
  w.skip();
  writeSignatures(w, model.signatures);
  printArea(sheet, WIDTH, w.rowNumber - 1);
  sheet.commit();
}
