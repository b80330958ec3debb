import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeCongressFile } from '../../shared/congress-file/write';
import { readImageFile } from '../../src-main/scan/image-files';
import { tempDir } from '../helpers/api';
import { runCliWithin } from '../helpers/cli';
import { scannedBallot, writeScans } from '../helpers/scan-app';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';

/**
 * Issue 17, item 6: a scanner's folder can hold anything. Only regular files inside the folder
 * chosen are read, each bounded in size before it is read; a TIFF of several pages is refused
 * naming its pages; a file's name is printed so that it cannot forge a line.
 */

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const layout = layoutOf(scanSetup('bch'), 4);
/** Far above what any of these needs on a busy machine: a command that hangs is stopped here and fails. */
const HANG = 90_000;

function congressFile(dir: string): string {
  const file = join(dir, 'dai-hoi.json');
  writeFileSync(file, writeCongressFile(scanCongress((json) => (json.elections = [Object.assign(json.elections[0], { ballots: [] })]))));
  return file;
}

/** A folder as a careless or hostile hand may leave it: a FIFO, links to a device and to a file elsewhere, a link to an image of the folder. */
async function folderWithTraps(dir: string) {
  const folder = join(dir, 'quet');
  mkdirSync(folder);
  const ballot = await scannedBallot(layout, [3, 7], { seed: 1 });
  writeScans(folder, { 'phieu-01.png': ballot });
  expect(spawnSync('mkfifo', [join(folder, 'ong-dan.png')]).status).toBe(0);
  symlinkSync('/dev/zero', join(folder, 'khong-het.png'));
  symlinkSync('/etc/passwd', join(folder, 'mat-khau.png'));
  symlinkSync('phieu-01.png', join(folder, 'loi-tat-trong.png'));
  return { folder, ballot };
}

describe('scanning reads only regular files inside the folder chosen (issue 17, item 6)', () => {
  it('scan: a FIFO, a link to /dev/zero and a link out of the folder are listed as not read, at once; a link inside the folder is read', async () => {
    const dir = tempDir();
    const file = congressFile(dir);
    const { folder } = await folderWithTraps(dir);
    const run = runCliWithin(HANG, 'scan', file, '--election', 'bch', folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ong-dan.png: BỎ QUA — Không đọc: đây là một ống dẫn (FIFO), không phải tệp ảnh');
    expect(run.stdout).toContain('khong-het.png: BỎ QUA — Không đọc: lối tắt (symbolic link) trỏ ra ngoài thư mục đã chọn');
    expect(run.stdout).toContain('mat-khau.png: BỎ QUA — Không đọc: lối tắt (symbolic link) trỏ ra ngoài thư mục đã chọn');
    expect(run.stdout).toContain('loi-tat-trong.png: ĐỌC ĐƯỢC — gạch 3. Nguyễn Hữu Duy, 7. Đỗ Thị Hoa');
    expect(run.stdout).toContain('phieu-01.png: ĐỌC ĐƯỢC');
  });

  it('scan --count: nothing from outside the folder is copied into the evidence, nothing hangs', async () => {
    const dir = tempDir();
    const file = congressFile(dir);
    const { folder, ballot } = await folderWithTraps(dir);
    const run = runCliWithin(HANG, 'scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/mat-khau\.png: BỎ QUA/);
    expect(run.stdout).toMatch(/ong-dan\.png: BỎ QUA/);
    expect(run.stdout).toMatch(/khong-het\.png: BỎ QUA/);
    const kept = readdirSync(`${file}.scans`);
    expect(kept).not.toContain(`${sha(readFileSync('/etc/passwd'))}.png`);
    expect(kept.sort()).toEqual([`${sha(ballot)}.json`, `${sha(ballot)}.png`]);
    const scans = JSON.parse(readFileSync(file, 'utf8')).elections[0].scans;
    expect(scans.map((s: { image: string }) => s.image)).toEqual(['loi-tat-trong.png']);
  });

  it('a file over the size bound is refused from its size, never read whole and never copied', async () => {
    const dir = tempDir();
    const file = congressFile(dir);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    const big = join(folder, 'qua-lon.png');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 101 * 1024 * 1024); // sparse: nothing is written to the disk
    const run = runCliWithin(HANG, 'scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('qua-lon.png: BỎ QUA — Tệp ảnh quá lớn (101 MB, tối đa 100 MB): không đọc');
    expect(existsSync(`${file}.scans`) ? readdirSync(`${file}.scans`) : []).toEqual([]);
  });

  it('reads at most the bound and one byte more, and never opens a FIFO for a blocking read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.png'), Buffer.alloc(5000, 1));
    expect(readImageFile(dir, 'a.png', 5000)).toMatchObject({ ok: true, bytes: { length: 5000 } });
    expect(readImageFile(dir, 'a.png', 4999)).toMatchObject({ ok: false, gone: false });
    expect(spawnSync('mkfifo', [join(dir, 'f.png')]).status).toBe(0);
    expect(readImageFile(dir, 'f.png')).toMatchObject({ ok: false, reason: expect.stringContaining('FIFO') });
    expect(readImageFile(dir, 'khong-co.png')).toMatchObject({ ok: false, gone: true });
  });

  it('a TIFF of two pages is refused naming its pages, never read as its first page alone', async () => {
    const dir = tempDir();
    const file = congressFile(dir);
    const page = await scannedBallot(layout, [3, 7], { seed: 2 });
    const twoPages = await sharp([Buffer.from(page), Buffer.from(await scannedBallot(layout, [1, 2], { seed: 3 }))], { join: { animated: true } }).tiff().toBuffer();
    writeFileSync(join(dir, 'hai-trang.tif'), twoPages);
    const run = runCliWithin(HANG, 'scan', file, '--election', 'bch', join(dir, 'hai-trang.tif'), '--json');
    expect(run.status).toBe(0);
    const [ballot] = JSON.parse(run.stdout).ballots;
    expect(ballot).toMatchObject({ status: 'refused', reason: expect.stringContaining('Tệp ảnh có 2 trang') });
    // One page as a TIFF is read as before.
    writeFileSync(join(dir, 'mot-trang.tif'), await sharp(Buffer.from(page)).tiff().toBuffer());
    expect(JSON.parse(runCliWithin(HANG, 'scan', file, '--election', 'bch', join(dir, 'mot-trang.tif'), '--json').stdout).ballots[0]).toMatchObject({ status: 'read', struck: ['c03', 'c07'] });
  });

  it('a file name cannot forge a line: control characters are escaped, a name that reads like a verdict is quoted', async () => {
    const dir = tempDir();
    const file = congressFile(dir);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    const ballot = await scannedBallot(layout, [3, 7], { seed: 1 });
    writeScans(folder, {
      'a\nphieu-99.png: ĐỌC ĐƯỢC — gạch 1. Trần Văn An.png': 'không phải ảnh (1)',
      'b\u001b[2K\rphieu-98.png': 'không phải ảnh (2)',
      'phieu-97.png: ĐỌC ĐƯỢC.png': 'không phải ảnh (3)',
      'phieu-01.png': ballot,
    });
    for (const args of [[], ['--count', '--operator', 'Lê Văn Quét']]) {
      const run = runCliWithin(HANG, 'scan', file, '--election', 'bch', folder, ...args);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      const lines = run.stdout.split('\n');
      // Every line of an image starts with its name: the three forged names are each one line, quoted, and KHÔNG NHẬN.
      expect(lines.filter((l) => l.includes('phieu-99.png'))).toEqual([expect.stringMatching(/^"a\\nphieu-99\.png: ĐỌC ĐƯỢC — gạch 1\. Trần Văn An\.png": KHÔNG NHẬN — /)]);
      expect(lines.filter((l) => l.includes('phieu-98.png'))).toEqual([expect.stringMatching(/^"b\\x1b\[2K\\rphieu-98\.png": KHÔNG NHẬN — /)]);
      expect(lines.filter((l) => l.includes('phieu-97.png'))).toEqual([expect.stringMatching(/^"phieu-97\.png: ĐỌC ĐƯỢC\.png": KHÔNG NHẬN — /)]);
      expect(lines.filter((l) => /ĐỌC ĐƯỢC|CẦN NGƯỜI XEM|KHÔNG NHẬN/.test(l) && !l.startsWith('"'))).toEqual([expect.stringMatching(/^phieu-01\.png: /)]);
    }
  });
});
