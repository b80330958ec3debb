import { fail, ok, type Result } from '../../shared/result';
import { decodeLegacyText, detectLegacyEncoding, isUnicodeVietnamese, legacyEncodingOfFont, type LegacyEncoding } from '../../shared/text/legacy-encodings';
import { normalizeText } from '../../shared/text/normalize';
import { sheetGrid, type GridCell, type SheetGrid, type WorkbookGrid } from './grid';
import { readSheetCells, type RawCell, type SheetContext } from './sheet-cells';
import { readCellStyles, readSharedStrings } from './workbook-parts';
import { damagedArchive, EXCEL_UNREADABLE, openArchive } from './xlsx-archive';
import { ZipError } from './zip-entries';

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
 * Reads every cell of every worksheet, the text of each cell converted to Unicode NFC from the
 * legacy encodings where its font or its text says so. Each sheet's XML is inflated and scanned
 * once, its bytes let go before the next sheet (the cells of a sheet of 20,000 ballots over 60
 * names are a few distinct objects and the numbers).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Result<WorkbookGrid>> {
  const archive = openArchive(bytes);
  if (!archive.ok) return archive;
  const { zip, sheets, parts } = archive.value;
  const grids: SheetGrid[] = [];
  try {
    const context: SheetContext = { strings: readSharedStrings(parts.sharedStringsXml), styles: readCellStyles(parts.stylesXml), date1904: parts.date1904 };
    for (const sheet of sheets) {
      const xml = zip.read(sheet.path) as Buffer;
      const { rows, merges } = readSheetCells(xml, sheet.path, context);
      grids.push(sheetGrid(sheet.name, sheet.hidden, decodeSheet(rows), merges));
    }
  } catch (error) {
    if (error instanceof ZipError) return damagedArchive(error);
    return fail(EXCEL_UNREADABLE, `Không đọc được nội dung bảng tính: tệp bị hỏng (${(error as Error).message})`);
  }
  return ok({ sheets: grids });
}
