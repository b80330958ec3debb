import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The printed text of a paper line by line, as poppler's `pdftotext -bbox-layout` lays it out:
 * pages of blocks (a column of text, such as one side of a heading), blocks of lines. Used to
 * check that phrases an official reads as one never break across lines (issue 18, item 8).
 */
export type PaperBlocks = string[][][];

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function paperBlocks(pdf: Uint8Array): PaperBlocks {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-text-'));
  try {
    const path = join(dir, 'paper.pdf');
    writeFileSync(path, pdf);
    const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return xml.split(/<page\b/).slice(1).map((page) =>
      page.split(/<block\b/).slice(1).map((block) =>
        block.split(/<line\b/).slice(1).map((line) => [...line.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((m) => decode(m[1] as string)).join(' ')),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A figure of a date, or the dots left to write it by hand. */
const FIGURE = String.raw`(?:\d{1,4}|\.{3,})`;
/** "ngày 05 tháng 6 năm 2025", "ngày ..... tháng ..... năm ..........". */
const DATE = new RegExp(String.raw`ngày\s+${FIGURE}\s+tháng\s+${FIGURE}\s+năm\s+${FIGURE}`, 'giu');
/** A line that ends inside a date: "…, ngày", "…, ngày 05 tháng". */
const DATE_CUT = new RegExp(String.raw`\bngày(?:\s+${FIGURE}(?:\s+tháng(?:\s+${FIGURE}(?:\s+năm)?)?)?)?$`, 'iu');
const PARTY = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/gu;
const PARTY_CUT = /ĐẢNG\s+CỘNG(?:\s+SẢN(?:\s+VIỆT)?)?$/u;

export interface BrokenPhrase {
  page: number;
  text: string;
}

/**
 * Every place where "ĐẢNG CỘNG SẢN VIỆT NAM" or a date "ngày … tháng … năm …" is broken across
 * lines: inside a block, or a line that stops in the middle of one.
 */
export function brokenPhrases(pages: PaperBlocks): BrokenPhrase[] {
  const found = new Map<string, BrokenPhrase>();
  const add = (page: number, text: string) => found.set(`${page}:${text}`, { page, text });
  pages.forEach((blocks, p) => {
    for (const lines of blocks) {
      const text = lines.join('\n');
      for (const pattern of [DATE, PARTY]) for (const m of text.matchAll(pattern)) if (m[0].includes('\n')) add(p + 1, m[0].replace(/\n/g, ' ⏎ '));
      for (const line of lines) {
        // A line that is only "Ngày" is a label beside its value (the workbook's congress sheet), not a cut date.
        const cut = DATE_CUT.exec(line) ?? PARTY_CUT.exec(line);
        if (cut && !/^ngày$/iu.test(line.trim())) add(p + 1, `${cut[0]} ⏎`);
      }
    }
  });
  return [...found.values()];
}

/** Every line of the paper, for what must stand whole on one line. */
export function paperLines(pages: PaperBlocks): string[] {
  return pages.flat(2);
}
