import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CongressFile } from '../../shared/congress-file/schema';
import type { BallotLayout } from '../../shared/scan/layout';
import { ballotInputFromFile } from '../../src-main/pdf/ballot-file-input';
import { buildBallotPaper } from '../../src-main/pdf/ballot-paper';

/**
 * The ballot paper as the program prints it: the PDF of `export --ballots`, rasterised by
 * pdftoppm (poppler, as a printer's driver would draw it), not the reader's own drawing of the
 * layout. A reader whose blank differs from the print by a fraction of a point doubts unmarked
 * names; only a print from the PDF shows it.
 */
export interface PrintedBallots {
  layout: BallotLayout;
  pdf: Uint8Array;
  /** The whole sheet as a grey PNG at `ppp` pixels a point (cached). */
  page(ppp: number): Buffer;
}

export async function printBallots(file: CongressFile, electionId: string, perSheet?: 1 | 2 | 4): Promise<PrintedBallots> {
  const input = ballotInputFromFile(file, electionId);
  if (!input.ok) throw new Error(input.error.message);
  const built = await buildBallotPaper(input.value, perSheet === undefined ? {} : { perPage: perSheet });
  if (!built.ok) throw new Error(built.error.message);
  const pages = new Map<number, Buffer>();
  const { pdf, layout } = built.value;
  return {
    layout,
    pdf,
    page(ppp: number): Buffer {
      let page = pages.get(ppp);
      if (page === undefined) {
        page = rasterise(pdf, ppp * 72);
        pages.set(ppp, page);
      }
      return page;
    },
  };
}

/** The first page of a PDF as a grey PNG at `dpi`. */
export function rasterise(pdf: Uint8Array, dpi: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-print-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-gray', '-r', String(dpi), '-singlefile', '-f', '1', '-l', '1', join(dir, 'p.pdf'), join(dir, 'p')]);
    return readFileSync(join(dir, 'p.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
