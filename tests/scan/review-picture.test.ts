import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeCongressFile } from '../../shared/congress-file/write';
import { marginLabels } from '../../shared/scan/picture-labels';
import { apply, homographyFrom } from '../../src-main/scan/homography';
import { readBallotImage } from '../../src-main/scan/read';
import { scanPicture } from '../../src-main/services/scan-picture';
import { tempDir } from '../helpers/api';
import { runCliTyping } from '../helpers/cli';
import { scannedBallot } from '../helpers/scan-app';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';

const setup = scanSetup('bch');
const layout = layoutOf(setup, 4);

/**
 * A phone photo of a flat scan: the ballot in the middle of a larger frame, on a dark table, in
 * perspective (its top edge narrower by `keystone`: the phone held a little tilted). Each pixel of
 * the photo is taken through the inverse perspective from the flat image.
 */
async function phonePhoto(flat: Uint8Array, keystone: number): Promise<Uint8Array> {
  const { data, info } = await sharp(flat).greyscale().raw().toBuffer({ resolveWithObject: true });
  const [W, H] = [2000, 1500];
  const top = H * 0.16;
  const bottom = H * 0.84;
  const halfBottom = ((bottom - top) * info.width) / info.height / 2;
  const halfTop = halfBottom * (1 - keystone);
  const corners = [{ x: W / 2 - halfTop, y: top }, { x: W / 2 + halfTop, y: top }, { x: W / 2 + halfBottom, y: bottom }, { x: W / 2 - halfBottom, y: bottom }];
  const toFlat = homographyFrom(corners, [{ x: 0, y: 0 }, { x: info.width, y: 0 }, { x: info.width, y: info.height }, { x: 0, y: info.height }]);
  if (!toFlat) throw new Error('no perspective');
  const out = Buffer.alloc(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const p = apply(toFlat, { x: x + 0.5, y: y + 0.5 });
      const [u, v] = [Math.floor(p.x), Math.floor(p.y)];
      out[y * W + x] = u >= 0 && u < info.width && v >= 0 && v < info.height ? (data[(v * info.width + u) * info.channels] as number) : 60 + ((x * 7 + y * 3) % 9);
    }
  }
  return new Uint8Array(await sharp(out, { raw: { width: W, height: H, channels: 1 } }).jpeg({ quality: 88 }).toBuffer());
}

/** Mean darkness (0 white … 1 black) of the picture along a horizontal line. */
async function darknessAlong(png: Uint8Array, width: number, y: number, x0: number, x1: number): Promise<number> {
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  for (let x = x0; x < x1; x++) sum += 1 - (data[y * width + x] as number) / 255;
  return sum / (x1 - x0);
}

describe('the picture a person decides on is always straightened (issue 17, item 4)', () => {
  it('a phone photo the reader placed is straightened with the reader\'s own transform: every row of the layout lies on the printed row', async () => {
    const flat = await scannedBallot(layout, [3, 7], { seed: 1, params: { dpi: 200, shift: { x: 0, y: 0 } } });
    const photo = await phonePhoto(flat, 0.025);
    const reading = await readBallotImage(photo, setup.layouts, { electionHash: setup.electionHash });
    expect(reading.status).not.toBe('refused');
    expect(reading.placement?.toImage).toHaveLength(9);
    const picture = await scanPicture(photo, setup.layouts, reading, new Map([['c04', 'nét gạch chỉ qua một phần tên']]));
    expect(picture?.straightened).toBe(true);
    if (!picture) return;
    // The ballot fills the picture (at about three pixels a point): a name is some 30 pixels high, not 4.
    expect(picture.height).toBeGreaterThan(1200);
    expect(picture.rows.find((r) => r.id === 'c04')).toMatchObject({ doubtful: true, reason: 'nét gạch chỉ qua một phần tên', number: 4 });
    // The printed border under each row, where the layout says it is: dark along the row.
    for (const row of picture.rows) {
      const near = await Promise.all([-2, -1, 0, 1, 2].map((dy) => darknessAlong(picture.data, picture.width, row.row.y + row.row.height + dy, row.name.x, row.name.x + row.name.width)));
      const onBorder = Math.max(...near);
      expect(onBorder).toBeGreaterThan(0.45);
    }
  });

  it('the command never says "Ảnh đã nắn thẳng" of a picture it could not straighten', async () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    const blank = new Uint8Array(await sharp({ create: { width: 900, height: 1250, channels: 3, background: '#f4f4f0' } }).png().toBuffer());
    const sha = createHash('sha256').update(blank).digest('hex');
    writeFileSync(file, writeCongressFile(scanCongress((json) => {
      json.elections = [{ ...json.elections[0], ballots: [], scans: [{ image: 'mo.png', sha256: sha, status: 'review', reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', struck: ['c02'], uncertain: ['c04'], decision: 'pending', operator: 'Lê Văn Quét', at: '2025-06-20T09:00:00Z' }] }];
    })));
    mkdirSync(`${file}.scans`);
    writeFileSync(join(`${file}.scans`, `${sha}.png`), blank);
    const run = runCliTyping('\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('nắn thẳng');
    expect(run.stdout).toContain('Không định vị được phiếu trên ảnh, ảnh để nguyên như khi quét');
  });
});

describe('the labels of the rows to decide stand beside them, never over a name', () => {
  const rows = (ys: readonly number[], x = 40, width = 500) => ys.map((y, i) => ({ id: `c${i}`, number: i + 1, row: { x, y, width, height: 60 }, reason: 'một lý do khá dài để phải xuống dòng trong lề của ảnh' }));
  it('in a margin right of a one-column table, in the rows\' order, none over another, inside the picture', () => {
    const picture = { width: 900, height: 1300 };
    const placed = marginLabels(picture, rows([300, 360, 420, 1240]));
    expect(placed.left).toBe(0);
    expect(placed.right).toBeGreaterThan(0);
    const tops = placed.labels.map((l) => l.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    placed.labels.forEach((l, i) => {
      expect(l.x).toBeGreaterThanOrEqual(picture.width);
      expect(l.y).toBeGreaterThanOrEqual(0);
      const next = placed.labels[i + 1];
      if (next) expect(l.y + l.lines.length * l.lineHeight).toBeLessThanOrEqual(next.y);
    });
    const last = placed.labels[placed.labels.length - 1]!;
    expect(last.y + last.lines.length * last.lineHeight).toBeLessThanOrEqual(picture.height);
    expect(placed.labels[0]?.lines[0]).toBe('Dòng 1: chưa chắc');
  });

  it('a row of the left column of a two-column ballot is labelled on the left: its line never crosses the other column', () => {
    const placed = marginLabels({ width: 1000, height: 1300 }, [...rows([300], 40, 420), ...rows([500], 540, 420).map((r) => ({ ...r, id: 'right' }))]);
    const left = placed.labels.find((l) => l.id === 'c0');
    const right = placed.labels.find((l) => l.id === 'right');
    expect(placed.left).toBeGreaterThan(0);
    expect(left!.x).toBeLessThan(0);
    expect(left!.from.x).toBe(40);
    expect(right!.x).toBeGreaterThanOrEqual(1000);
  });
});
