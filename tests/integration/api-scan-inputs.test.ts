import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Issue 17, item 6, in the app: the scanner's folder gives only its own regular files, bounded in size. */
describe('api: scanFolder reads only regular files inside the folder chosen', () => {
  it('a link out of the folder, a link to a device, a FIFO and a file over the bound are listed as not read, never copied; a link inside is read', async () => {
    const app = openTestApp();
    const ids = setUpElection(app, {});
    const layout = appLayout(app.store, ids.electionId);
    const folder = tempDir();
    const ballot = await scannedBallot(layout, [4, 5], { seed: 1 });
    writeScans(folder, { 'phieu-01.png': ballot });
    symlinkSync('/etc/passwd', join(folder, 'mat-khau.png'));
    symlinkSync('/dev/zero', join(folder, 'khong-het.png'));
    symlinkSync('phieu-01.png', join(folder, 'trong-thu-muc.png'));
    expect(spawnSync('mkfifo', [join(folder, 'ong-dan.png')]).status).toBe(0);
    const big = join(folder, 'qua-lon.png');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 101 * 1024 * 1024);

    const look = unwrap(await app.api.scanFolder({ electionId: ids.electionId, folder, operator: 'Nguyễn Văn An' }));
    expect(look.taken.map((t) => t.image)).toEqual(['phieu-01.png']);
    expect(look.duplicates).toEqual([{ image: 'trong-thu-muc.png', sameAs: 'phieu-01.png' }]);
    expect(look.skipped).toEqual([
      { name: 'khong-het.png', reason: 'Không đọc: lối tắt (symbolic link) trỏ ra ngoài thư mục đã chọn' },
      { name: 'mat-khau.png', reason: 'Không đọc: lối tắt (symbolic link) trỏ ra ngoài thư mục đã chọn' },
      { name: 'ong-dan.png', reason: 'Không đọc: đây là một ống dẫn (FIFO), không phải tệp ảnh' },
      { name: 'qua-lon.png', reason: 'Tệp ảnh quá lớn (101 MB, tối đa 100 MB): không đọc' },
    ]);
    expect(look.remaining).toBe(0);
    const kept = readdirSync(`${app.path}.scans`);
    expect(kept).toEqual([`${sha(ballot)}.png`]);
    expect(kept).not.toContain(`${sha(readFileSync('/etc/passwd'))}.png`);
    expect(app.store.listScans(ids.electionId).map((s) => s.image)).toEqual(['phieu-01.png']);
    // Looked at again: the same files are said again, nothing is taken.
    const again = unwrap(await app.api.scanFolder({ electionId: ids.electionId, folder, operator: 'Nguyễn Văn An' }));
    expect(again.taken).toEqual([]);
    expect(again.skipped.map((s) => s.name)).toEqual(['khong-het.png', 'mat-khau.png', 'ong-dan.png', 'qua-lon.png']);
    expect(existsSync(join(`${app.path}.scans`, `${sha(readFileSync('/etc/passwd'))}.png`))).toBe(false);
  });
});
