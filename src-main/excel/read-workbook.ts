import type ExcelJS from 'exceljs';
import { fail, ok, type Result } from '../../shared/result';
import { decodeLegacyText, detectLegacyEncoding, isUnicodeVietnamese, legacyEncodingOfFont, type LegacyEncoding } from '../../shared/text/legacy-encodings';
import { normalizeText } from '../../shared/text/normalize';
import { exceljsReader } from './exceljs-sheets';
import { sheetGrid, type CellRange, type GridCell, type SheetGrid, type WorkbookGrid } from './grid';
import { EXCEL_UNREADABLE, openArchive, sheetText } from './xlsx-archive';

/** A cell as exceljs gives it, before its text is decoded. */
interface RawCell {
  text: string;
  value: GridCell['value'];
  formula: string | null;
  error: string | null;
  font: string | null;
  /** Text that may need decoding (it came from a string, not from a number). */
  textual: boolean;
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function scalarText(value: unknown): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value : '';
}

/** exceljs's value of a cell, whatever its kind, as a raw cell; null when the cell is empty. */
function rawCell(value: ExcelJS.CellValue, font: string | null): RawCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { text: value, value, formula: null, error: null, font, textual: true };
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { text: scalarText(value), value, formula: null, error: null, font, textual: false };
  if ('error' in value) return { text: String(value.error), value: null, formula: null, error: String(value.error), font, textual: false };
  if ('richText' in value) {
    const runs = Array.isArray(value.richText) ? value.richText : [];
    const text = runs.map((run) => (typeof run?.text === 'string' ? run.text : '')).join('');
    const runFont = runs.find((run) => typeof run?.font?.name === 'string')?.font?.name ?? font;
    return text === '' ? null : { text, value: text, formula: null, error: null, font: runFont, textual: true };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : '';
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      const error = String((result as { error: unknown }).error);
      return { text: error, value: null, formula, error, font, textual: false };
    }
    const scalar = typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' || result instanceof Date ? result : null;
    return { text: scalarText(scalar), value: scalar, formula, error: null, font, textual: typeof scalar === 'string' };
  }
  if ('text' in value) {
    const text = scalarText((value as { text: unknown }).text);
    return text === '' ? null : { text, value: text, formula: null, error: null, font, textual: true };
  }
  return null;
}

interface FontEvidence {
  /** A cell in this font holds letters only Unicode has: the font no longer says anything. */
  unicode: boolean;
  detected: Record<LegacyEncoding, number>;
}

/**
 * Decodes the text of a sheet's cells: first what each font shows across the sheet (a legacy font
 * that also holds Unicode text is not trusted; the encoding most cells of a font are detected in
 * reads the cells too short to tell), then each cell.
 */
function decodeSheet(raw: (RawCell | undefined)[][]): (GridCell | undefined)[][] {
  const evidence = new Map<string, FontEvidence>();
  const evidenceOf = (font: string | null): FontEvidence => {
    const key = font ?? '';
    let found = evidence.get(key);
    if (!found) {
      found = { unicode: false, detected: { tcvn3: 0, vni: 0 } };
      evidence.set(key, found);
    }
    return found;
  };
  for (const row of raw) {
    for (const cell of row ?? []) {
      if (!cell?.textual || !/[^\x00-\x7f]/.test(cell.text)) continue;
      const found = evidenceOf(cell.font);
      if (isUnicodeVietnamese(cell.text)) found.unicode = true;
      const detected = detectLegacyEncoding(cell.text);
      if (detected) found.detected[detected]++;
    }
  }
  const context = (font: string | null): LegacyEncoding | null => {
    const found = evidenceOf(font);
    if (found.detected.tcvn3 === found.detected.vni) return null;
    return found.detected.tcvn3 > found.detected.vni ? 'tcvn3' : 'vni';
  };

  // Identical short cells (the marks of 20,000 ballots) share one object, by font then text.
  const shared = new Map<string | null, Map<string, GridCell>>();
  return raw.map((row) =>
    (row ?? []).map((cell) => {
      if (!cell) return undefined;
      const sharable = cell.formula === null && cell.textual && cell.text.length <= 24;
      let byText = sharable ? shared.get(cell.font) : undefined;
      if (sharable && !byText) shared.set(cell.font, (byText = new Map()));
      const known = byText?.get(cell.text);
      if (known) return known;
      let grid: GridCell;
      if (cell.textual) {
        const trustedFont = cell.font !== null && legacyEncodingOfFont(cell.font) && !evidenceOf(cell.font).unicode ? cell.font : null;
        const decoded = decodeLegacyText(cell.text, trustedFont, context(cell.font));
        const text = normalizeText(decoded.text);
        grid = { text, value: cell.formula === null ? text : cell.value, formula: cell.formula, error: null, original: decoded.encoding ? cell.text : null, encoding: decoded.encoding, encodingSource: decoded.source };
      } else {
        grid = { text: normalizeText(cell.text), value: cell.value, formula: cell.formula, error: cell.error, original: null, encoding: null, encodingSource: null };
      }
      byText?.set(cell.text, grid);
      return grid;
    }),
  );
}


/**
 * Reads every cell of every worksheet with exceljs's streaming reader (a sheet of 20,000 ballots
 * over 60 names stays well under the memory a whole workbook model takes), the text of each cell
 * converted to Unicode NFC from the legacy encodings where its font or its text says so.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Result<WorkbookGrid>> {
  const archive = await openArchive(bytes);
  if (!archive.ok) return archive;
  const { zip, sheets, parts } = archive.value;
  const grids: SheetGrid[] = [];
  try {
    const reader = await exceljsReader(parts);
    for (const [i, sheet] of sheets.entries()) {
      const merges: CellRange[] = [];
      const rows: (RawCell | undefined)[][] = [];
      for await (const row of reader.sheet(sheetText(zip, sheet.path, merges), i + 1)) {
        const cells: (RawCell | undefined)[] = [];
        row.eachCell((cell, col) => {
          const found = rawCell(cell.value, typeof cell.font?.name === 'string' ? cell.font.name : null);
          if (found) cells[col] = found;
        });
        if (cells.length > 0) rows[row.number] = cells;
      }
      grids.push(sheetGrid(sheet.name, sheet.hidden, decodeSheet(rows), merges));
    }
  } catch (error) {
    return fail(EXCEL_UNREADABLE, `Không đọc được nội dung bảng tính: tệp bị hỏng (${(error as Error).message})`);
  }
  return ok({ sheets: grids });
}
