import { describe, expect, it } from 'vitest';
import { readBallotImage } from '../../src-main/scan/read';
import { seededRandom } from '../helpers/random';
import { flatbedScan, phonePhoto, type PhotoParams } from '../helpers/scan-capture';
import { BallotMaker, TARGET_CONDITIONS } from '../helpers/scan-conditions';
import { paperImage } from '../helpers/scan-paper';
import { CLEAN } from '../helpers/scan-scanner';

/** Right reasons (issue 17, item 5): a photo taken at a slant is read when its corners are found, and says so when it cannot be; an image without corner squares says what was looked for. */
const maker = new BallotMaker();
const setup = maker.setup('bch');
const read = (bytes: Uint8Array) => readBallotImage(bytes, setup.layouts, { electionHash: setup.electionHash });

async function photo(params: Partial<PhotoParams>, seed = 5): Promise<Uint8Array> {
  const random = seededRandom(seed);
  const { paper } = await maker.paper({ ...TARGET_CONDITIONS.bch, habit: { clean: true, struckIds: ['c02', 'c05'] } }, random);
  return phonePhoto(paper, { dpi: 160, keystone: 0, farEdge: 'top', rotation: 3, shadow: null, table: 100, blur: 0.5, noise: 3, jpeg: 88, ...params }, random);
}

describe('phone photos and images without corner squares', () => {
  it('a phone photo taken at a slant (keystone 6 % and 12 %) is read: the four corner squares place it, perspective and all (it was refused at 4 %)', async () => {
    for (const [keystone, farEdge] of [[0.06, 'top'], [0.12, 'left']] as const) {
      const reading = await read(await photo({ keystone, farEdge }));
      expect({ keystone, status: reading.status, struck: reading.struck }).toEqual({ keystone, status: 'read', struck: ['c02', 'c05'] });
      expect(reading.placement?.keystone).toBeGreaterThan(keystone * 0.8);
    }
  });

  it('a photo too steep to read is refused as "ảnh chụp nghiêng", asking for a flat scan; so is a slanted photo too coarse to read', async () => {
    const steep = await read(await photo({ keystone: 0.25 }));
    expect(steep.status).toBe('refused');
    expect(steep.reason).toMatch(/ảnh chụp nghiêng/);
    expect(steep.reason).toMatch(/đặt phiếu phẳng/);
    const coarse = await read(await photo({ keystone: 0.06, dpi: 95 }));
    expect(coarse.status).toBe('refused');
    expect(coarse.reason).toMatch(/^Ảnh chụp nghiêng, độ phân giải quá thấp/);
  });

  it('an image with no corner squares says what was looked for: four solid black squares, 5 mm, at the corners', async () => {
    const printed = await maker.print('bch');
    // A ballot whose corners were cut away (a slip trimmed too close).
    const paper = await paperImage(printed.layout, '', { printed, cut: { offsets: [-20, -20, -20, -20], turn: 0, background: '#ffffff' } });
    const reading = await read(await flatbedScan(paper, CLEAN, seededRandom(1)));
    expect(reading.status).toBe('refused');
    expect(reading.reason).toContain('bốn ô vuông đen đặc (cạnh 5 mm, cách mép phiếu 5 mm) ở bốn góc phiếu');
  });
});
