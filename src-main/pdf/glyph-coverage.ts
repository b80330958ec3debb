import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts';

interface Face {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

let face: Face | null = null;

/** The font every paper is printed in, as fontkit reads it (through pdfkit, which embeds it). */
function printingFace(): Face {
  if (face === null) {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerFonts(doc);
    doc.font('regular');
    face = (doc as unknown as { _font: { font: Face } })._font.font;
  }
  return face;
}

export interface MissingGlyph {
  char: string;
  /** "U+6F22". */
  code: string;
  /** The text it stands in. */
  text: string;
}

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

const PRINTED_WITHOUT_GLYPH = new Set([' ', '\n', '\t']);

function missingIn(text: string): string[] {
  const font = printingFace();
  return [...new Set([...text].filter((char) => !PRINTED_WITHOUT_GLYPH.has(char) && !font.hasGlyphForCodePoint(char.codePointAt(0) as number)))];
}

/** Every character of every text in `value` that the font cannot draw (a PDF would silently drop it), with where it stands. */
export function findMissingGlyphs(value: unknown): MissingGlyph[] {
  const found = new Map<string, MissingGlyph>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const char of missingIn(v)) if (!found.has(char)) found.set(char, { char, code: codeOf(char), text: v });
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found.values()];
}

/** The same value with each character the font cannot draw written as its code, "[U+6F22]" (for a rehearsal). */
export function withMissingGlyphsShown<T>(value: T): T {
  const show = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const missing = new Set(missingIn(v));
      return missing.size === 0 ? v : [...v].map((char) => (missing.has(char) ? `[${codeOf(char)}]` : char)).join('');
    }
    if (Array.isArray(v)) return v.map(show);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]));
    return v;
  };
  return show(value) as T;
}

/** What the refusal of an official paper says: each character, its code, and the text it stands in. */
export function missingGlyphsMessage(missing: readonly MissingGlyph[], paper: 'biên bản' | 'phiếu bầu'): string {
  const rehearsal = paper === 'biên bản' ? ', hoặc in bản chạy thử (ký tự được thay bằng mã của nó)' : '';
  return `Phông chữ in ${paper} không có ${missing.map((m) => `"${m.char}" (${m.code}) trong "${m.text}"`).join(', ')}: ${paper} in ra sẽ bỏ mất ký tự đó, nên chưa in. Hãy sửa lại cho đúng chữ tiếng Việt${rehearsal}.`;
}
