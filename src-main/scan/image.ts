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
 * The paper's brightness around each pixel (scanners light unevenly, paper yellows): of each
 * block of `block` pixels, the grey that 85 % of its pixels are darker than (paper covers most
 * of a ballot; a percentile, not the brightest pixel, so that noise does not lift it), taken as the
 * second largest over the block and its neighbours (a block inside a black square or a thick mark
 * still finds paper), then interpolated.
 */
export function darknessAgainstPaper(image: Grey, block = 48): Darkness {
  const { width, height, data } = image;
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const histograms = new Uint32Array(bw * bh * 256);
  // Every third pixel of every third line is enough to know the paper.
  for (let y = 1; y < height; y += 3) {
    const by = Math.floor(y / block) * bw;
    const row = y * width;
    for (let x = 1; x < width; x += 3) {
      const i = (by + Math.floor(x / block)) * 256 + (data[row + x] as number);
      histograms[i] = (histograms[i] as number) + 1;
    }
  }
  const max = new Float32Array(bw * bh);
  for (let b = 0; b < bw * bh; b++) {
    let total = 0;
    for (let v = 0; v < 256; v++) total += histograms[b * 256 + v] as number;
    let seen = 0;
    let v = 0;
    while (v < 255 && seen + (histograms[b * 256 + v] as number) < 0.85 * total) seen += histograms[b * 256 + v++] as number;
    max[b] = v;
  }
  // The brightest around, but not a lone speck: the second largest of the 3×3 neighbourhood.
  const paper = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let first = 0;
      let second = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x < 0 || y < 0 || x >= bw || y >= bh) continue;
          const v = max[y * bw + x] as number;
          if (v > first) [first, second] = [v, first];
          else if (v > second) second = v;
        }
      }
      paper[by * bw + bx] = Math.max(40, second || first);
    }
  }
  const out = new Float32Array(width * height);
  const x0s = new Int32Array(width);
  const x1s = new Int32Array(width);
  const txs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(bw - 1, (x0s[x] as number) + 1);
    txs[x] = fx - (x0s[x] as number);
  }
  const line = new Float32Array(bw);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let b = 0; b < bw; b++) line[b] = (paper[y0 * bw + b] as number) * (1 - ty) + (paper[y1 * bw + b] as number) * ty;
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
