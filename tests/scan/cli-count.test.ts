import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { CongressFileOnDisk } from '../../src-main/cli/save-congress';
import { tempDir } from '../helpers/api';
import { runCli, runCliTyping } from '../helpers/cli';
import { ARTIFACTS_DIR, flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { scannedBallot, writeScans } from '../helpers/scan-app';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';

/** The sample congress's election of the committee alone, its ballots still to be counted: 6 papers issued, 5 returned. */
function congressToScan(): CongressFile {
  return scanCongress((json) => {
    const bch = json.elections.find((e: { id: string }) => e.id === 'bch');
    json.elections = [Object.assign(bch, { ballots: [], ballotsIssued: 6, ballotsReturned: 5 })];
  });
}

function readBack(path: string): CongressFile {
  const read = readCongressFile(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const bchOf = (file: CongressFile) => file.elections.find((e) => e.id === 'bch') as ElectionInFile;

describe('a committee counts scanned ballots at the command line: print, scan, confirm by keyboard, lock', () => {
  it('counts the confident readings, waits for a person on the others, refuses the lock until all is decided, and prints the annex', async () => {
    const dir = tempDir();
    const file = join(dir, 'dai-hoi.json');
    writeFileSync(file, writeCongressFile(congressToScan()));
    expect(runCli('export', file, '--ballots', join(dir, 'phieu.pdf'), '--election', 'bch', '--per-sheet', '4').status).toBe(0);
    expect(existsSync(join(dir, 'phieu.layout.json'))).toBe(true);

    const layout = layoutOf(scanSetup('bch', congressToScan()), 4);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    writeScans(folder, {
      'phieu-01.png': await scannedBallot(layout, [3, 7], { seed: 1 }),
      'phieu-02.png': await scannedBallot(layout, [1, 2], { seed: 2 }),
      'phieu-03.png': await scannedBallot(layout, [2, 5], { seed: 3 }),
      'phieu-04.png': await scannedBallot(layout, [2], { seed: 4, halfStruck: [4] }),
      'phieu-05.png': await scannedBallot(layout, [], { seed: 5 }),
      'phieu-06.png': await scannedBallot(layout, [6], { seed: 6, halfStruck: [8] }),
      'phieu-07.png': 'không phải ảnh',
    });

    const noOperator = runCli('scan', file, '--election', 'bch', folder, '--count');
    expect(noOperator.status).toBe(2);
    expect(noOperator.stderr).toContain('--operator');

    const scan = runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét', '--team', 'Tổ 1');
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(0);
    expect(scan.stdout).toContain('phieu-01.png: ĐỌC ĐƯỢC — gạch 3. Nguyễn Hữu Duy, 7. Đỗ Thị Hoa → phiếu số 1');
    expect(scan.stdout).toContain('phieu-07.png: KHÔNG NHẬN');
    expect(scan.stdout).toContain('Còn 3 ảnh chờ người xác nhận: kiem-phieu review');
    let bch = bchOf(readBack(file));
    expect(bch.ballots.map((b) => [b.number, b.struck, b.note, b.operator, b.team])).toEqual([
      [1, ['c03', 'c07'], 'quét', 'Lê Văn Quét', 'Tổ 1'],
      [2, ['c01', 'c02'], 'quét', 'Lê Văn Quét', 'Tổ 1'],
      [3, ['c02', 'c05'], 'quét', 'Lê Văn Quét', 'Tổ 1'],
    ]);
    expect(bch.scans?.map((s) => [s.image, s.decision])).toEqual([
      ['phieu-01.png', 'counted'], ['phieu-02.png', 'counted'], ['phieu-03.png', 'counted'],
      ['phieu-04.png', 'pending'], ['phieu-05.png', 'pending'], ['phieu-06.png', 'pending'], ['phieu-07.png', 'refused'],
    ]);
    expect(bch.scans?.[3]?.uncertain).toEqual(['c04']);
    // Every image is kept, the refused one too, with its scores, the thresholds and the program's version.
    const kept = readdirSync(`${file}.scans`);
    for (const s of bch.scans ?? []) expect(kept.filter((name) => name.startsWith(s.sha256)).sort()).toEqual([`${s.sha256}.json`, `${s.sha256}.png`]);
    const evidence = JSON.parse(readFileSync(join(`${file}.scans`, `${bch.scans?.[0]?.sha256}.json`), 'utf8'));
    expect(evidence).toMatchObject({ image: 'phieu-01.png', program: { name: 'kiem-phieu' }, reading: { status: 'read', thresholds: expect.any(Object) } });
    expect(evidence.reading.scores).toHaveLength(11);

    // Nothing counted twice: the same folder again takes no image.
    const before = readFileSync(file, 'utf8');
    const again = runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét');
    expect(again.status).toBe(0);
    expect(again.stdout.match(/ĐÃ CÓ/g)).toHaveLength(7);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const tally = JSON.parse(runCli('tally', file, '--json').stdout);
    expect(tally.elections[0].problems).toContainEqual(expect.objectContaining({ code: 'SCANS_PENDING', severity: 'error' }));
    const early = runCli('lock', file, '--election', 'bch');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('Còn 3 ảnh phiếu quét chờ người xác nhận');
    expect(readFileSync(file, 'utf8')).toBe(before);

    // A person types what the paper says, with the entry screen's keys; Enter on a blank line leaves one for later.
    const first = runCliTyping(['2 4', 'n', '2 4', '', '1 *3', '0', '', ''].join('\n') + '\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem', '--team', 'Tổ 1');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('[1/3] Ảnh phieu-04.png');
    expect(first.stdout).toMatch(/Ảnh đã nắn thẳng theo phiếu in, các dòng cần xem đóng khung màu cam, lý do ghi bên phải: .*\.xem\.png/);
    expect(first.stdout).toContain('Máy đọc: gạch 2 · chưa chắc: 4');
    expect(first.stdout).toContain('gạch 2. Lê Thị Cúc, 4. Phạm Minh Đức — HỢP LỆ');
    expect(first.stdout).toContain('Đã tính ảnh phieu-04.png: phiếu số 4, hợp lệ');
    expect(first.stdout).toContain('Mỗi ảnh là một phiếu: không dùng *');
    expect(first.stdout).toContain('Máy đọc: không gạch tên nào');
    expect(first.stdout).toContain('Đã tính ảnh phieu-05.png: phiếu số 5, không hợp lệ: phiếu bầu nhiều hơn số lượng cần bầu');
    expect(first.stdout).toContain('Đã quyết định 2 ảnh; còn 1 ảnh chờ người xác nhận.');
    bch = bchOf(readBack(file));
    expect(bch.ballots.slice(3).map((b) => [b.number, b.struck, b.operator, b.team])).toEqual([[4, ['c02', 'c04'], 'Trần Thị Xem', 'Tổ 1'], [5, [], 'Trần Thị Xem', 'Tổ 1']]);
    expect(bch.scans?.[3]).toMatchObject({ decision: 'confirmed', number: 4, operator: 'Lê Văn Quét', decidedBy: 'Trần Thị Xem', struck: ['c02'], uncertain: ['c04'] });

    const second = runCliTyping('-\n\n-\nẢnh quét lại của phiếu số 3\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Ghi lý do không tính ảnh này');
    expect(second.stdout).toContain('Không tính ảnh phieu-06.png: Ảnh quét lại của phiếu số 3');
    expect(bchOf(readBack(file)).scans?.[5]).toMatchObject({ decision: 'set_aside', note: 'Ảnh quét lại của phiếu số 3', decidedBy: 'Trần Thị Xem' });

    const lock = runCli('lock', file, '--election', 'bch');
    expect(lock.stderr).toBe('');
    expect(lock.status).toBe(0);
    const locked = bchOf(readBack(file));
    expect(locked.status).toBe('locked');
    expect(locked.lock?.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/);
    expect(lock.stdout).toContain(locked.lock?.fingerprint);

    // Locked means locked: no image counted, no decision, no second lock; the file and its images stay as they were.
    const sealed = readFileSync(file, 'utf8');
    const keptBefore = readdirSync(`${file}.scans`).sort();
    writeScans(folder, { 'phieu-08.png': await scannedBallot(layout, [9], { seed: 8 }) });
    for (const refused of [
      runCli('scan', file, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét'),
      runCliTyping('0\n\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem'),
      runCli('lock', file, '--election', 'bch'),
    ]) {
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('đã chốt kết quả');
    }
    expect(readFileSync(file, 'utf8')).toBe(sealed);
    expect(readdirSync(`${file}.scans`).sort()).toEqual(keptBefore);

    const minutes = join(dir, 'bien-ban.pdf');
    const printed = runCli('export', file, '--pdf', minutes);
    expect(printed.stderr).not.toContain('dự thảo');
    expect(printed.status).toBe(0);
    const text = flatText(pdfPages(readFileSync(minutes)));
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain(locked.lock?.fingerprint);
    expect(text).toContain('Có 7 ảnh phiếu quét: 5 ảnh được tính là phiếu bầu, 1 ảnh không tính, 1 ảnh không đọc được');
    expect(text).toContain('Ảnh quét lại của phiếu số 3');
    expect(text).toContain('phieu-07.png');
    renderArtifacts(readFileSync(minutes), 'cli-scan-bien-ban');
    const picture = /lý do ghi bên phải: (.*\.xem\.png)/.exec(first.stdout)?.[1] as string;
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    copyFileSync(picture, join(ARTIFACTS_DIR, 'cli-scan-xem.png'));
  });

  it('a paused, voided or finished round takes no scan, no decision and no lock; nothing is written', async () => {
    const layout = layoutOf(scanSetup('bch', congressToScan()), 4);
    const image = await scannedBallot(layout, [3], { seed: 9 });
    const cases: [string, (json: Record<string, any>) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      ['tạm dừng', (json) => (json.elections[0].status = 'paused'), 'đang tạm dừng'],
      ['đã hủy', (json) => (json.elections[0].voided = { at: '2025-06-20T10:00:00Z', reason: 'Kết quả vòng trước đã thay đổi' }), 'đã bị hủy'],
      ['đã có vòng sau', (json) => json.elections.push({ id: 'bch-2', office: 'cap_uy', seats: 1, round: 2, continues: 'bch', candidates: [{ id: 'c01', name: 'Nguyễn Văn An' }] }), 'đã kết thúc'],
    ];
    for (const [, change, words] of cases) {
      const dir = tempDir();
      const file = join(dir, 'dai-hoi.json');
      const json = JSON.parse(writeCongressFile(congressToScan()));
      change(json);
      writeFileSync(file, JSON.stringify(json));
      writeScans(dir, { 'phieu.png': image });
      const before = readFileSync(file, 'utf8');
      for (const refused of [
        runCli('scan', file, '--election', 'bch', join(dir, 'phieu.png'), '--count', '--operator', 'Lê Văn Quét'),
        runCliTyping('3\n\n', 'review', file, '--election', 'bch', '--operator', 'Trần Thị Xem'),
        runCli('lock', file, '--election', 'bch'),
      ]) {
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(words);
      }
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(existsSync(`${file}.scans`)).toBe(false);
    }
  });

  it('never writes over a file changed since the command read it (two people at once, a lock made meanwhile)', () => {
    const dir = tempDir();
    const path = join(dir, 'dai-hoi.json');
    writeFileSync(path, writeCongressFile(congressToScan()));
    const disk = CongressFileOnDisk.open(path);
    if (!disk.ok) throw new Error(disk.error.message);
    const meanwhile = readFileSync(path, 'utf8').replace('"ballotsReturned": 5', '"ballotsReturned": 6');
    writeFileSync(path, meanwhile);
    const saved = disk.value.save({ ...disk.value.file, elections: disk.value.file.elections.map((e) => ({ ...e, ballotsIssued: 7 })) });
    expect(saved).toMatchObject({ ok: false, error: { code: 'FILE_CHANGED' } });
    expect(readFileSync(path, 'utf8')).toBe(meanwhile);
    expect(readdirSync(dir)).toEqual(['dai-hoi.json']);
  });
});

