import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { seededRandom } from '../helpers/random';
import { ballotSvg } from '../helpers/scan-ballot';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';
import { CLEAN, scanSvg } from '../helpers/scan-scanner';
import { strikeMarkup, boxMarkup } from '../helpers/scan-voter';

describe('bin/kiem-phieu scan', () => {
  it('reads a folder of scans and prints kiem-phieu.scan with --json; Vietnamese lines without', async () => {
    const dir = tempDir();
    const images = join(dir, 'quet');
    mkdirSync(images, { recursive: true });
    const congress = join(dir, 'dai-hoi.json');
    writeFileSync(congress, JSON.stringify(scanCongress()));
    const random = seededRandom(12);
    const a = layoutOf(scanSetup('bch'), 2);
    const names = a.ballots[0]!.names;
    const struck = ballotSvg(a, [names[2]!, names[6]!].map((n) => strikeMarkup(random, n, 'straight', a.fontSize)).join(''), { pixelsPerPoint: 2 });
    writeFileSync(join(images, 'phieu-01.jpg'), await scanSvg(struck, a.ballots[0]!.slot, { ...CLEAN, rotation: 1.5, jpeg: 80 }, random));
    writeFileSync(join(images, 'phieu-02.png'), await scanSvg(ballotSvg(a, '', { pixelsPerPoint: 2 }), a.ballots[0]!.slot, CLEAN, random));
    writeFileSync(join(images, 'phieu-03.png'), 'không phải ảnh');
    const b = layoutOf(scanSetup('btv'), 4);
    writeFileSync(join(dir, 'btv.png'), await scanSvg(ballotSvg(b, b.ballots[0]!.names.map((n) => boxMarkup(random, n.agreeBox!, 'x')).join(''), { pixelsPerPoint: 2 }), b.ballots[0]!.slot, CLEAN, random));

    const json = runCli('scan', congress, '--election', 'bch', images, '--json');
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ format: 'kiem-phieu.scan', version: 1 });
    expect(out.ballots.map((x: { image: string }) => x.image)).toEqual(['phieu-01.jpg', 'phieu-02.png', 'phieu-03.png'].map((f) => join(images, f)));
    expect(out.ballots[0]).toEqual({ image: join(images, 'phieu-01.jpg'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'read', struck: ['c03', 'c07'], uncertain: [] });
    expect(out.ballots[1]).toMatchObject({ status: 'review', struck: [], uncertain: [], reason: expect.stringContaining('không hợp lệ') });
    expect(out.ballots[2]).toMatchObject({ status: 'refused', reason: expect.stringContaining('không phải ảnh'), uncertain: [] });
    for (const ballot of out.ballots) expect(Object.keys(ballot).every((k) => ['image', 'sha256', 'status', 'reason', 'struck', 'marks', 'uncertain'].includes(k))).toBe(true);

    const marks = JSON.parse(runCli('scan', congress, '--election', 'btv', join(dir, 'btv.png'), '--json').stdout);
    expect(marks.ballots[0]).toMatchObject({ status: 'read', marks: { v1: 'agree', v2: 'agree', v3: 'agree', v4: 'agree', v5: 'agree' }, uncertain: [] });
    expect(marks.ballots[0].struck).toBeUndefined();

    const text = runCli('scan', congress, '--election', 'bch', images);
    expect(text.stdout).toContain('phieu-01.jpg: ĐỌC ĐƯỢC — gạch 3. Nguyễn Hữu Duy, 7. Đỗ Thị Hoa');
    expect(text.stdout).toContain('phieu-03.png: KHÔNG NHẬN');
    expect(text.stdout).toContain('Tổng cộng 3 ảnh: 1 phiếu đọc được, 1 phiếu cần người xem, 1 ảnh không nhận.');
    const missing = runCli('scan', congress, '--election', 'khong-co', images);
    expect(missing.status).toBe(1);
  });
});
