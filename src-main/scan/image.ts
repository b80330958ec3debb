/** A grey image: one byte a pixel (0 black … 255 white), row by row. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A darkness map: 0 paper … 1 black, against the paper around each pixel. */
export interface Darkness {
  width: number;
  height: number;
  data: Float32Array;
}

/**
 * The paper's brightness around each pixel, and each pixel's darkness against it (0 paper … 1
 * black). Scanners light unevenly, paper yellows, a phone casts a shadow, a scanner's lid shows
 * black round a slip: the paper is taken as the image's morphological closing (the brightest
 * around, then the darkest of those) over a window of `window` pixels, on a grid of cells `CELL`
 * pixels square. A closing follows a shadow's edge exactly and fills in every dark shape smaller
 * than the window (letters, strokes, corner squares, a filled box), which then stand out as ink;
 * a dark area larger than the window (the lid, the table under a photo) is its own paper and shows
 * no ink at all, so a corner square by the lid stays a square.
 */
export function darknessAgainstPaper(image: Grey, window = 72): Darkness {
  const { width, height, data } = image;
  const cw = Math.ceil(width / CELL);
  const ch = Math.ceil(height / CELL);
  const cells = new Float32Array(cw * ch);
  for (let cy = 0; cy < ch; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      let sum = 0;
      let n = 0;
      for (let y = cy * CELL; y < Math.min(height, (cy + 1) * CELL); y++) for (let x = cx * CELL; x < Math.min(width, (cx + 1) * CELL); x++) (sum += data[y * width + x] as number), n++;
      cells[cy * cw + cx] = sum / n;
    }
  }
  const radius = Math.max(1, Math.ceil(window / (2 * CELL)));
  const paper = slide(slide(slide(slide(cells, cw, ch, radius, true, Math.max), cw, ch, radius, false, Math.max), cw, ch, radius, true, Math.min), cw, ch, radius, false, Math.min);
  for (let i = 0; i < paper.length; i++) paper[i] = Math.max(40, paper[i] as number);
  const out = new Float32Array(width * height);
  const x0s = new Int32Array(width);
  const x1s = new Int32Array(width);
  const txs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(cw - 1, Math.max(0, (x + 0.5) / CELL - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(cw - 1, (x0s[x] as number) + 1);
    txs[x] = fx - (x0s[x] as number);
  }
  const line = new Float32Array(cw);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(ch - 1, Math.max(0, (y + 0.5) / CELL - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(ch - 1, y0 + 1);
    const ty = fy - y0;
    for (let b = 0; b < cw; b++) line[b] = (paper[y0 * cw + b] as number) * (1 - ty) + (paper[y1 * cw + b] as number) * ty;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const tx = txs[x] as number;
      const p = (line[x0s[x] as number] as number) * (1 - tx) + (line[x1s[x] as number] as number) * tx;
      const d = 1 - (data[row + x] as number) / p;
      out[row + x] = d < 0 ? 0 : d;
    }
  }
  return { width, height, data: out };
}

/** Pixels a side of the cells the paper is estimated on. */
const CELL = 4;

/** The largest (or smallest) within `radius` along rows (or columns): a sliding window with a monotonic queue, O(n). */
function slide(values: Float32Array, width: number, height: number, radius: number, alongRows: boolean, pick: (a: number, b: number) => number): Float32Array {
  const out = new Float32Array(values.length);
  const lines = alongRows ? height : width;
  const length = alongRows ? width : height;
  const at = (line: number, k: number) => (alongRows ? line * width + k : k * width + line);
  const queue = new Int32Array(length);
  const better = (a: number, b: number) => pick(a, b) === a && a !== b;
  for (let line = 0; line < lines; line++) {
    let head = 0;
    let tail = 0;
    let next = 0;
    for (let k = 0; k < length; k++) {
      for (; next <= Math.min(length - 1, k + radius); next++) {
        const v = values[at(line, next)] as number;
        while (tail > head && !better(values[at(line, queue[tail - 1] as number)] as number, v)) tail--;
        queue[tail++] = next;
      }
      while ((queue[head] as number) < k - radius) head++;
      out[at(line, k)] = values[at(line, queue[head] as number)] as number;
    }
  }
  return out;
}
