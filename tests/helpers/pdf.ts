import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where rendered pages are kept for people to look at (gitignored). */
export const ARTIFACTS_DIR = join(process.cwd(), 'tests', 'artifacts');

function withFile<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page as `pdftotext -layout` reads it (poppler-utils). */
export function pdfPages(bytes: Uint8Array): string[] {
  const text = withFile(bytes, (path) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** All the text, with runs of spaces and line breaks made single spaces (for phrases that wrap). */
export function flatText(pages: readonly string[]): string {
  return pages.join('\n').replace(/\s+/g, ' ');
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const text = withFile(bytes, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Object.fromEntries(text.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The fonts of the file as `pdffonts` lists them: name and whether embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  const text = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  return text
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0] as string, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Renders pages to PNG at 60 dpi into tests/artifacts/NAME-*.png; returns the files written. */
export function renderArtifacts(bytes: Uint8Array, name: string, pages?: { first: number; last: number }): string[] {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const file of readdirSync(ARTIFACTS_DIR)) if (file.startsWith(`${name}-`) && file.endsWith('.png')) rmSync(join(ARTIFACTS_DIR, file));
  writeFileSync(join(ARTIFACTS_DIR, `${name}.pdf`), bytes);
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  withFile(bytes, (path) => execFileSync('pdftoppm', ['-r', '60', '-png', ...range, path, join(ARTIFACTS_DIR, name)]));
  return readdirSync(ARTIFACTS_DIR).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
}
