import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { tempDir } from '../helpers/api';
import { runCli, runCliTyping } from '../helpers/cli';
import { ARTIFACTS_DIR, flatText, pdfPages } from '../helpers/pdf';
import { scannedBallot, writeScans } from '../helpers/scan-app';
import { layoutOf, scanSetup } from '../helpers/scan-congress';

/** A chi bộ of 5 electing 2 of 3 names (3 votes pass): every result on three papers is within a paper or two. */
function chiBo(): CongressFile {
  const read = readCongressFile(JSON.stringify({
    format: 'kiem-phieu.congress', version: 1,
    congress: { name: 'Đại hội Chi bộ thôn Hòa Tiến', organization: 'Chi bộ thôn Hòa Tiến', kind: 'members', summoned: 5, present: 5, date: '2025-06-20' },
    elections: [{ id: 'cu', office: 'cap_uy', title: 'Bầu Chi ủy', seats: 2, ballotsIssued: 3, ballotsReturned: 3, candidates: [{ id: 'a', name: 'Nguyễn Văn An' }, { id: 'b', name: 'Trần Thị Bình' }, { id: 'c', name: 'Lê Văn Cường' }] }],
  }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('kiem-phieu review --margin and --spot-check (issue 17, item 8)', () => {
  it('the lock lists the close results and waits for the margin check; the spot check draws from the number drawn; the annex prints both', async () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    writeFileSync(file, writeCongressFile(chiBo()));
    const layout = layoutOf(scanSetup('cu', chiBo()), 4);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    writeScans(folder, { '1.png': await scannedBallot(layout, [3], { seed: 1 }), '2.png': await scannedBallot(layout, [3], { seed: 2 }), '3.png': await scannedBallot(layout, [2], { seed: 3 }) });
    expect(runCli('scan', file, '--election', 'cu', folder, '--count', '--operator', 'Lê Văn Quét').status).toBe(0);

    const early = runCli('lock', file, '--election', 'cu');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('Kết quả được quyết định bởi rất ít phiếu (từ 2 phiếu trở xuống): Nguyễn Văn An (3 phiếu: 1 phiếu đọc khác là không còn quá bán)');
    expect(early.stderr).toContain('kiem-phieu review --margin');

    const first = runCliTyping('2\n', 'review', file, '--election', 'cu', '--operator', 'Trưởng ban', '--margin');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('  - Trần Thị Bình (2 phiếu: 1 phiếu đọc khác là đạt quá bán)');
    const sheet = /Dòng tên của Nguyễn Văn An trên mọi phiếu quét: (\S+\.png)/.exec(first.stdout)?.[1] as string;
    expect(existsSync(sheet)).toBe(true);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    copyFileSync(sheet, join(ARTIFACTS_DIR, 'cli-xem-lai.png'));
    expect(first.stdout).toContain('Đã ghi: phiếu số 2 chưa đúng như đã tính.');
    expect(runCli('lock', file, '--election', 'cu').stderr).toContain('Lần xem lại trước thấy phiếu số 2 chưa đúng như đã tính');

    expect(runCliTyping('\n', 'review', file, '--election', 'cu', '--operator', 'Trưởng ban', '--margin').stdout).toContain('Đã ghi: mọi phiếu đúng như đã tính.');
    const spot = runCliTyping('47 21\n\ns\n', 'review', file, '--election', 'cu', '--operator', 'Chủ tịch đoàn', '--spot-check', '--papers', '2');
    expect(spot.status).toBe(0);
    const drawn = /Số 4721 bốc ra 2 phiếu: (\d), (\d)\./.exec(spot.stdout);
    expect(drawn).not.toBeNull();
    expect(spot.stdout).toMatch(/Đã tính: gạch \d\. .* — HỢP LỆ/);
    expect(spot.stdout).toContain(`Đã ghi: phiếu số ${drawn?.[2]} không đúng như đã tính: sửa các phiếu đó.`);
    // The same number draws the same papers, here as in the app.
    expect(/Số 4721 bốc ra 2 phiếu: (\d, \d)\./.exec(runCliTyping('4721\nq\n', 'review', file, '--election', 'cu', '--operator', 'x', '--spot-check', '--papers', '2').stdout)?.[1]).toBe(`${drawn?.[1]}, ${drawn?.[2]}`);

    const lock = runCli('lock', file, '--election', 'cu');
    expect(lock.stderr).toBe('');
    expect(lock.status).toBe(0);
    const pdf = join(dir, 'bien-ban.pdf');
    expect(runCli('export', file, '--pdf', pdf).status).toBe(0);
    const text = flatText(pdfPages(readFileSync(pdf)));
    expect(text).toContain('XEM LẠI CÁC PHIẾU CÓ CÁCH BIỆT NHỎ');
    expect(text).toContain('Trưởng ban: xem lại dòng tên của Nguyễn Văn An (3 phiếu), Trần Thị Bình (2 phiếu), Lê Văn Cường (1 phiếu) trên 3 phiếu quét');
    expect(text).toContain(`Chủ tịch đoàn: số bốc thăm 4721, bốc 2 phiếu: phiếu số ${drawn?.[1]} đúng, phiếu số ${drawn?.[2]} KHÔNG ĐÚNG như đã tính.`);
  });
});
