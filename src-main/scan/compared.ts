import type { Rect } from '../../shared/scan/layout';
import type { Darkness } from './image';

/** The scan and the blank, over the same region of the ballot at the same scale. */
export interface Compared {
  region: Rect;
  scale: number;
  scan: Darkness;
  /** 1 where the blank has print (widened by a pixel): ink there is the ballot's own. */
  print: Uint8Array;
  /**
   * The same widened further: faint ink is looked for only here, clear of the print, where a
   * blurred or compressed scan leaves no grey halo round the letters.
   */
  printWide: Uint8Array;
}

/** Darker than this is ink (a mark, a filled box), not the paper's grain. */
const INK = 0.35;

/** The grain of the scan: the spread of darkness over the paper of the rows that the blank leaves white and the voter left blank (median absolute deviation, as a standard deviation). The header's grey fill is not paper. */
export function paperNoise(c: Compared, rows: readonly Rect[]): number {
  // A histogram of darkness in thousandths: the median and the median deviation without sorting.
  const bins = Math.ceil(INK * 1000) + 1;
  const counts = new Uint32Array(bins);
  let n = 0;
  const w = c.scan.width;
  for (const r of rows) {
    const x0 = Math.max(0, Math.round((r.x - c.region.x) * c.scale));
    const x1 = Math.min(w, Math.round((r.x + r.width - c.region.x) * c.scale));
    const y0 = Math.max(0, Math.round((r.y - c.region.y) * c.scale));
    const y1 = Math.min(c.scan.height, Math.round((r.y + r.height - c.region.y) * c.scale));
    for (let y = y0; y < y1; y += 2) {
      for (let x = x0 + (y % 3); x < x1; x += 3) {
        const i = y * w + x;
        const v = c.scan.data[i] as number;
        if (c.printWide[i] || v >= INK) continue;
        counts[Math.round(v * 1000)] = (counts[Math.round(v * 1000)] as number) + 1;
        n++;
      }
    }
  }
  if (n === 0) return 0;
  const quantile = (hist: Uint32Array, q: number) => {
    let seen = 0;
    for (let b = 0; b < hist.length; b++) if ((seen += hist[b] as number) > q * n) return b;
    return hist.length - 1;
  };
  const median = quantile(counts, 0.5);
  const deviations = new Uint32Array(bins);
  for (let b = 0; b < bins; b++) deviations[Math.abs(b - median)] = (deviations[Math.abs(b - median)] as number) + (counts[b] as number);
  return (1.4826 * quantile(deviations, 0.5)) / 1000;
}
