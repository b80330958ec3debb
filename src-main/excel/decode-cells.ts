import { decodeLegacyText, detectLegacyEncoding, isUnicodeVietnamese, legacyEncodingOfFont, type LegacyEncoding } from '../../shared/text/legacy-encodings';
import { normalizeText } from '../../shared/text/normalize';
import type { GridCell } from './grid';
import type { RawCell } from './cell-reader';

/** What the cells in one font show across a sheet. */
interface FontEvidence {
  /** A cell in this font holds letters only Unicode has: the font no longer says anything. */
  unicode: boolean;
  detected: Record<LegacyEncoding, number>;
}

/** What one text shows: nothing (plain ASCII), or Unicode letters and the legacy encoding it reads as. */
interface TextEvidence {
  candidate: boolean;
  unicode: boolean;
  detected: LegacyEncoding | null;
}

function textEvidence(text: string): TextEvidence {
  if (!/[^\x00-\x7f]/.test(text)) return { candidate: false, unicode: false, detected: null };
  return { candidate: true, unicode: isUnicodeVietnamese(text), detected: detectLegacyEncoding(text) };
}

class SheetFonts {
  private readonly fonts = new Map<string, FontEvidence>();

  of(font: string | null): FontEvidence {
    const key = font ?? '';
    let found = this.fonts.get(key);
    if (!found) {
      found = { unicode: false, detected: { tcvn3: 0, vni: 0 } };
      this.fonts.set(key, found);
    }
    return found;
  }

  /** The encoding most cells of the font are detected in; null when none or a tie. */
  context(font: string | null): LegacyEncoding | null {
    const found = this.of(font);
    if (found.detected.tcvn3 === found.detected.vni) return null;
    return found.detected.tcvn3 > found.detected.vni ? 'tcvn3' : 'vni';
  }

  /** The font, when its name says a legacy encoding and no cell in it holds Unicode letters. */
  trusted(font: string | null): string | null {
    return font !== null && legacyEncodingOfFont(font) && !this.of(font).unicode ? font : null;
  }
}

function decodeCell(cell: RawCell, fonts: SheetFonts): GridCell {
  if (!cell.textual) return { text: normalizeText(cell.text), value: cell.value, formula: cell.formula, error: cell.error, original: null, encoding: null, encodingSource: null };
  const decoded = decodeLegacyText(cell.text, fonts.trusted(cell.font), fonts.context(cell.font));
  const text = normalizeText(decoded.text);
  return { text, value: cell.formula === null ? text : cell.value, formula: cell.formula, error: null, original: decoded.encoding ? cell.text : null, encoding: decoded.encoding, encodingSource: decoded.source };
}

/**
 * Decodes the text of a sheet's cells: first what each font shows across the sheet (a legacy font
 * that also holds Unicode text is not trusted; the encoding most cells of a font are detected in
 * reads the cells too short to tell), then each cell. Identical short cells (the marks of 20,000
 * ballots) become one object, by font then text. The rows are decoded in place: a large sheet's
 * rows are not copied.
 */
export function decodeSheet(rows: (RawCell | undefined)[][]): (GridCell | undefined)[][] {
  const fonts = new SheetFonts();
  // A shared string's cells are one raw object, met again and again: its evidence is kept.
  let last: RawCell | null = null;
  let lastEvidence: TextEvidence | null = null;
  rows.forEach((row) =>
    row.forEach((cell) => {
      if (!cell?.textual) return;
      if (cell !== last) {
        last = cell;
        lastEvidence = textEvidence(cell.text);
      }
      const evidence = lastEvidence as TextEvidence;
      if (!evidence.candidate) return;
      const found = fonts.of(cell.font);
      if (evidence.unicode) found.unicode = true;
      if (evidence.detected) found.detected[evidence.detected]++;
    }),
  );

  const shared = new Map<string | null, Map<string, GridCell>>();
  let lastRaw: RawCell | null = null;
  let lastGrid: GridCell | null = null;
  const decoded = rows as unknown as (GridCell | undefined)[][];
  rows.forEach((row, r) => {
    const out = decoded[r] as (GridCell | undefined)[];
    row.forEach((cell, c) => {
      if (!cell) return;
      if (cell === lastRaw) {
        out[c] = lastGrid as GridCell;
        return;
      }
      const sharable = cell.formula === null && cell.textual && cell.text.length <= 24;
      if (!sharable) {
        out[c] = decodeCell(cell, fonts);
        return;
      }
      let byText = shared.get(cell.font);
      if (!byText) shared.set(cell.font, (byText = new Map()));
      let grid = byText.get(cell.text);
      if (!grid) byText.set(cell.text, (grid = decodeCell(cell, fonts)));
      lastRaw = cell;
      lastGrid = grid;
      out[c] = grid;
    });
  });
  return decoded;
}
