import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The fonts of every printed page: Liberation Serif (metrics of Times New Roman, SIL Open Font
 * Licence, assets/fonts/LICENSE-LiberationSerif.txt), which covers every Vietnamese letter. The
 * standard PDF fonts cannot draw Vietnamese, so nothing is ever written in them.
 */
export const FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** assets/fonts beside the sources (src-main/pdf/) or beside a bundle one folder deep (dist/). */
const FONT_DIR_CANDIDATES = ['../../assets/fonts/', '../assets/fonts/'].map((relative) => fileURLToPath(new URL(relative, import.meta.url)));

export const FONTS_DIR = FONT_DIR_CANDIDATES.find((dir) => existsSync(dir + FONT_FILES.regular)) ?? (FONT_DIR_CANDIDATES[0] as string);

let loaded: Record<FontStyle, Uint8Array> | null = null;

/** The font files, read once per process. */
export function fontBytes(): Record<FontStyle, Uint8Array> {
  loaded ??= {
    regular: readFileSync(FONTS_DIR + FONT_FILES.regular),
    bold: readFileSync(FONTS_DIR + FONT_FILES.bold),
    italic: readFileSync(FONTS_DIR + FONT_FILES.italic),
    boldItalic: readFileSync(FONTS_DIR + FONT_FILES.boldItalic),
  };
  return loaded;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const bytes = fontBytes();
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) doc.registerFont(style, bytes[style] as unknown as Buffer);
}
