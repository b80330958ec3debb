import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanImage } from '../../../shared/api/scan-views';
import type { ScanRecord } from '../../../shared/congress-file/schema';
import { printableName } from '../../../shared/text/printable';
import type { ScanReading } from '../../../shared/scan/reading';
import { doubtsOf } from '../../../shared/scan/review-text';
import { readKeptImage, scansDir, storedName } from '../../scan/evidence-files';
import type { Review } from './session';

/** What the machine read, as `scan --count` kept it beside the image (`<sha256>.json`); null when it is not there (a file from elsewhere). */
export function keptReading(review: Pick<Review, 'path'>, scan: Pick<ScanRecord, 'sha256'>): ScanReading | null {
  try {
    const evidence = JSON.parse(readFileSync(join(scansDir(review.path), `${scan.sha256}.json`), 'utf8')) as { reading?: ScanReading };
    return evidence.reading?.sha256 === scan.sha256 ? evidence.reading : null;
  } catch {
    return null;
  }
}

/**
 * The picture beside the kept image, `<sha256>.xem.png`, and a line that says truly what it is:
 * straightened onto the printed ballot with the rows to decide framed and their reasons beside
 * them, or the scan as it is when no ballot could be placed on it; or why there is none.
 */
export async function writeReviewPicture(review: Review, scan: ScanRecord, reading: ScanReading | null): Promise<string> {
  const dir = scansDir(review.path);
  const bytes = readKeptImage(dir, storedName(scan.sha256, scan.image));
  if (!bytes.ok) return `Không có ảnh để xem (${bytes.error.message}): hãy xem phiếu giấy`;
  const { scanPicture, pictureWithRowsPng } = await import('../../services/scan-picture');
  const doubts = new Map(doubtsOf(reading ?? { uncertain: scan.uncertain }, review.context.listIds).map((d) => [d.id, d.reason]));
  const picture = await scanPicture(bytes.value, review.layouts, reading, doubts);
  if (!picture) return 'Ảnh không hiển thị được: hãy xem phiếu giấy';
  const out = join(dir, `${scan.sha256}.xem.png`);
  try {
    writeFileSync(out, await pictureWithRowsPng(picture));
  } catch (error) {
    return `Không ghi được ảnh để xem ${out} (${(error as Error).message}): hãy xem phiếu giấy`;
  }
  return picture.straightened
    ? `Ảnh đã nắn thẳng theo phiếu in, các dòng cần xem đóng khung màu cam, lý do ghi bên phải: ${out}`
    : `Không định vị được phiếu trên ảnh, ảnh để nguyên như khi quét (không đóng khung được các dòng): ${out}`;
}

/**
 * The two papers side by side for "cùng một tờ phiếu?" (`<sha256>.cung-to.png`): the earlier image
 * on the left, this one on the right, each straightened and named above; or why there is none.
 */
export async function writeSamePaperPicture(review: Review, scan: ScanRecord, earlier: ScanRecord): Promise<string> {
  const dir = scansDir(review.path);
  const { scanPicture } = await import('../../services/scan-picture');
  const { sideBySidePng } = await import('../../services/scan-side-by-side');
  const pictures = [];
  for (const record of [earlier, scan]) {
    const bytes = readKeptImage(dir, storedName(record.sha256, record.image));
    if (!bytes.ok) return `Không có ảnh để so (${bytes.error.message}): hãy xem hai phiếu giấy`;
    const picture = await scanPicture(bytes.value, review.layouts, keptReading(review, record), new Map());
    if (!picture) return 'Ảnh không hiển thị được: hãy xem hai phiếu giấy';
    pictures.push(picture);
  }
  const out = join(dir, `${scan.sha256}.cung-to.png`);
  const title = (record: ScanRecord, which: string) => `${which}: ${printableName(record.image)}${record.number !== undefined ? ` (phiếu số ${record.number})` : ''}`;
  try {
    writeFileSync(out, await sideBySidePng([{ picture: pictures[0] as ScanImage, title: title(earlier, 'Ảnh trước') }, { picture: pictures[1] as ScanImage, title: title(scan, 'Ảnh này') }]));
  } catch (error) {
    return `Không ghi được ảnh để so ${out} (${(error as Error).message}): hãy xem hai phiếu giấy`;
  }
  return `Hai ảnh cạnh nhau (ảnh trước bên trái, ảnh này bên phải): ${out}`;
}
