import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { tempDir } from '../helpers/api';
import { runCli, runCliTyping } from '../helpers/cli';
import { ARTIFACTS_DIR } from '../helpers/pdf';
import { scannedBallot, writeScans } from '../helpers/scan-app';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';

function congress(): CongressFile {
  return scanCongress((json) => {
    json.elections = [Object.assign(json.elections.find((e: { id: string }) => e.id === 'bch'), { ballots: [] })];
  });
}
const bchOf = (path: string) => {
  const read = readCongressFile(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.elections[0] as ElectionInFile;
};

/** A paper scanned, then scanned again after a jam (turned, shifted, compressed): the bytes differ, the marks do not. */
async function paperAndRescan(dir: string): Promise<{ file: string; folder: string }> {
  const file = join(dir, 'dai-hoi.json');
  writeFileSync(file, writeCongressFile(congress()));
  const layout = layoutOf(scanSetup('bch', congress()), 4);
  const folder = join(dir, 'quet');
  mkdirSync(folder);
  writeScans(folder, {
    'phieu-001.png': await scannedBallot(layout, [3, 7], { seed: 1 }),
    'phieu-013.jpg': await scannedBallot(layout, [3, 7], { seed: 1, params: { rotation: 2.2, shift: { x: 25, y: 6 }, jpeg: 70, noise: 6 } }),
  });
  return { file, folder };
}

describe('kiem-phieu scan --count and review: the same paper scanned twice (issue 17, item 2)', () => {
  it('the rescan is not counted; the lock names the pair; "c" (the same paper) sets it aside with the reason', async () => {
    const { file, folder } = await paperAndRescan(tempDir());
    const scan = runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét');
    expect(scan.status).toBe(0);
    expect(scan.stdout).toContain('phieu-001.png: ĐỌC ĐƯỢC — gạch 3. Nguyễn Hữu Duy, 7. Đỗ Thị Hoa → phiếu số 1');
    expect(scan.stdout).toContain('phieu-013.jpg: CẦN NGƯỜI XEM (Gần như trùng với ảnh "phieu-001.png" (phiếu số 1): có thể là cùng một tờ phiếu quét lại. Cùng một tờ phiếu?)');
    expect(scan.stdout).toContain('Còn 1 ảnh chờ người xác nhận');
    const bch = bchOf(file);
    expect(bch.ballots).toHaveLength(1);
    expect(bch.scans?.[1]).toMatchObject({ decision: 'pending', sameAs: bch.scans?.[0]?.sha256 });

    const lock = runCli('lock', file, '--election', 'bch');
    expect(lock.status).toBe(1);
    expect(lock.stderr).toContain('ảnh "phieu-013.jpg" gần như trùng với ảnh "phieu-001.png" (phiếu số 1)');

    const review = runCliTyping('c\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem');
    expect(review.status).toBe(0);
    const sideBySide = /Hai ảnh cạnh nhau \(ảnh trước bên trái, ảnh này bên phải\): (\S+\.cung-to\.png)/.exec(review.stdout)?.[1];
    expect(sideBySide && existsSync(sideBySide)).toBe(true);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    copyFileSync(sideBySide as string, join(ARTIFACTS_DIR, 'cli-cung-to.png'));
    expect(review.stdout).toContain('Cùng một tờ phiếu? c: cùng một tờ (không tính ảnh này) · k: hai tờ khác nhau (tính ảnh này)');
    expect(review.stdout).toContain('Không tính ảnh phieu-013.jpg: Cùng một tờ phiếu với ảnh "phieu-001.png" (phiếu số 1): không tính lần nữa');
    expect(bchOf(file).scans?.[1]).toMatchObject({ decision: 'set_aside', samePaper: 'same', decidedBy: 'Trần Thị Xem' });
    expect(bchOf(file).ballots).toHaveLength(1);
    const tally = JSON.parse(runCli('tally', file, '--json').stdout);
    expect(tally.elections[0].problems.filter((p: { code: string }) => p.code === 'SCANS_SAME_PAPER' || p.code === 'SCANS_PENDING')).toEqual([]);
  });

  it('"k" (two papers) counts the rescan as the machine read it', async () => {
    const { file, folder } = await paperAndRescan(tempDir());
    expect(runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét').status).toBe(0);
    const review = runCliTyping('k\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem');
    expect(review.status).toBe(0);
    expect(review.stdout).toContain('Đã tính ảnh phieu-013.jpg (hai tờ khác nhau): phiếu số 2');
    const bch = bchOf(file);
    expect(bch.ballots.map((b) => [b.number, b.struck, b.operator])).toEqual([[1, ['c03', 'c07'], 'Lê Văn Quét'], [2, ['c03', 'c07'], 'Trần Thị Xem']]);
    expect(bch.scans?.[1]).toMatchObject({ decision: 'confirmed', samePaper: 'another', number: 2 });
  });
});
