import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import type { NameLayout } from '../../shared/scan/layout';
import { tempDir } from '../helpers/api';
import { runCli, runCliTyping } from '../helpers/cli';
import { seededRandom } from '../helpers/random';
import { scannedBallot, writeScans } from '../helpers/scan-app';
import { ballotSvg } from '../helpers/scan-ballot';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';
import { CLEAN, scanSvg } from '../helpers/scan-scanner';
import { boxMarkup } from '../helpers/scan-voter';

/** The sample's committee (format A, 11 names for 9 seats) and its standing committee (format B, 5 names), nothing counted yet. */
function congress(): CongressFile {
  return scanCongress((json) => {
    json.elections = json.elections.filter((e: { id: string }) => e.id === 'bch' || e.id === 'btv').map((e: Record<string, unknown>) => ({ ...e, ballots: [] }));
  });
}

function readBack(path: string): CongressFile {
  const read = readCongressFile(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}
const election = (file: CongressFile, id: string) => file.elections.find((e) => e.id === id) as ElectionInFile;

/** Keys a person presses for a line typed: its characters and Enter. */
const keysOf = (lines: readonly string[]) => lines.reduce((n, line) => n + [...line].length + 1, 0);

describe('kiem-phieu review: a doubted row is decided in two keys (issue 17, item 3)', () => {
  it('format A: "1" Enter strikes the row, "0" Enter keeps it; the command said what each answer makes of the ballot before the key', async () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    writeFileSync(file, writeCongressFile(congress()));
    const layout = layoutOf(scanSetup('bch', congress()), 4);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    writeScans(folder, {
      'phieu-01.png': await scannedBallot(layout, [2], { seed: 11, halfStruck: [4] }),
      'phieu-02.png': await scannedBallot(layout, [6], { seed: 12, halfStruck: [8] }),
    });
    expect(runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét').status).toBe(0);
    const pending = election(readBack(file), 'bch').scans?.filter((s) => s.decision === 'pending') ?? [];
    expect(pending.map((s) => s.uncertain)).toEqual([['c04'], ['c08']]);

    const typed = ['1', '0'];
    const run = runCliTyping(typed.map((l) => `${l}\n`).join(''), 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Two doubted rows, four keys: two a row.
    expect(keysOf(typed) / pending.length).toBe(2);
    expect(run.stdout).toContain('Dòng 4 — Phạm Minh Đức: chỉ gạch một phần tên (không gạch cả họ và tên).');
    expect(run.stdout).toContain('Gõ 1 gạch: phiếu hợp lệ · 0 giữ lại (không gạch): phiếu không hợp lệ: phiếu bầu nhiều hơn số lượng cần bầu');
    expect(run.stdout).toContain('Đã tính ảnh phieu-01.png: phiếu số 1, gạch 2. Lê Thị Cúc, 4. Phạm Minh Đức — hợp lệ');
    expect(run.stdout).toContain('Đã tính ảnh phieu-02.png: phiếu số 2, gạch 6. Vũ Văn Hạnh — không hợp lệ');
    expect(run.stdout).toContain('Đã quyết định 2 ảnh; còn 0 ảnh chờ người xác nhận.');
    expect(election(readBack(file), 'bch').ballots.map((b) => [b.number, b.struck, b.operator])).toEqual([[1, ['c02', 'c04'], 'Trần Thị Xem'], [2, ['c06'], 'Trần Thị Xem']]);
  });

  it('format B: the confident marks stand; the doubted row takes the mark key and Enter', async () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    writeFileSync(file, writeCongressFile(congress()));
    const layout = layoutOf(scanSetup('btv', congress()), 4);
    const random = seededRandom(31);
    const names = layout.ballots[0]!.names as NameLayout[];
    // Names 1, 2, 4, 5 marked in one box; name 3: one X across both boxes (a person must say which).
    const [agree3, disagree3] = [names[2]!.agreeBox!, names[2]!.disagreeBox!];
    const across = `<path d="M${agree3.x + agree3.width * 0.4} ${agree3.y + agree3.height * 0.2} L${disagree3.x + disagree3.width * 0.6} ${agree3.y + agree3.height * 0.8} M${disagree3.x + disagree3.width * 0.6} ${agree3.y + agree3.height * 0.2} L${agree3.x + agree3.width * 0.4} ${agree3.y + agree3.height * 0.8}" stroke="#111111" stroke-width="1.2" fill="none"/>`;
    const marks = [boxMarkup(random, names[0]!.agreeBox!, 'x'), boxMarkup(random, names[1]!.disagreeBox!, 'x'), across, boxMarkup(random, names[3]!.agreeBox!, 'x'), boxMarkup(random, names[4]!.agreeBox!, 'x')].join('');
    writeScans(dir, { 'b.png': await scanSvg(ballotSvg(layout, marks, { pixelsPerPoint: 2 }), layout.ballots[0]!.slot, CLEAN, random) });
    expect(runCli('scan', file, '--election', 'btv', join(dir, 'b.png'), '--count', '--operator', 'Lê Văn Quét').status).toBe(0);
    const [scan] = election(readBack(file), 'btv').scans ?? [];
    expect(scan).toMatchObject({ decision: 'pending', uncertain: ['v3'], marks: { v1: 'agree', v2: 'disagree', v4: 'agree', v5: 'agree' } });

    const typed = ['2'];
    const run = runCliTyping(typed.map((l) => `${l}\n`).join(''), 'review', file, '--election', 'btv', '--operator', 'Trần Thị Xem');
    expect(run.status).toBe(0);
    expect(keysOf(typed)).toBe(2);
    expect(run.stdout).toContain('Gõ 1 đồng ý: phiếu hợp lệ · 2 không đồng ý: phiếu hợp lệ · 3 cả hai ô: phiếu hợp lệ · 0 bỏ trống: phiếu hợp lệ');
    expect(election(readBack(file), 'btv').ballots[0]).toMatchObject({ marks: { v1: 'agree', v2: 'disagree', v3: 'disagree', v4: 'agree', v5: 'agree' } });
  });
});
