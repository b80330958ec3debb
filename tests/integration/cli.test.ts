import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/api';
import { runCli as run } from '../helpers/cli';
import { SAMPLES_DIR, sampleJson } from '../helpers/samples';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

describe('bin/kiem-phieu tally', () => {
  it('--json prints exactly the tally of the contract, and nothing else on stdout', () => {
    const { status, stdout, stderr } = run('tally', sample, '--json');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    const expected = sampleJson<Json>('dai-hoi-mau.expected.json');
    expect(report.elections.map(({ problems: _p, ...rest }: Json) => rest)).toEqual(expected.elections);
    expect(Object.keys(report)).toEqual(['format', 'version', 'elections', 'final']);
    expect(report.final.map((f: Json) => [f.rounds, f.elected.length, f.unfilledSeats])).toEqual([[['bch'], 8, 1], [['bt'], 1, 0]]);
  });

  it('prints a readable Vietnamese table of both elections', () => {
    const { status, stdout } = run('tally', sample);
    expect(status).toBe(0);
    expect(stdout).toContain('BẦU BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA III');
    expect(stdout).toMatch(/ 5 {2}Hoàng Thị Giao +36 +83,72 {2}Trúng cử/);
    expect(stdout).toContain('Chưa đủ số lượng: số người trúng cử (8) ít hơn số lượng cần bầu (9), còn thiếu 1 đồng chí.');
    expect(stdout).toContain('BẦU BÍ THƯ ĐẢNG ỦY PHƯỜNG');
    expect(stdout).toMatch(/Phạm Minh Đức +6 +75,00 {2}Trúng cử/);
  });

  it('rejects a malformed file with exit status 1, naming the place on stderr', () => {
    const file = sampleJson<Json>('dai-hoi-mau.json');
    file.elections[0].ballots[17].struck[0] = 'c99';
    file.elections[1].seats = -1;
    const path = join(tempDir(), 'hong.json');
    writeFileSync(path, JSON.stringify(file));
    const { status, stdout, stderr } = run('tally', path, '--json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('elections[1].seats: phải ≥ 1 (đang là -1)');
    const missing = run('tally', join(tempDir(), 'khong-co.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/không có tệp này/);
  });

  it('answers a usage error with exit status 2', () => {
    expect(run().status).toBe(2);
    expect(run('tally').status).toBe(2);
    expect(run('tally', sample, '--bogus').status).toBe(2);
    expect(run('dem', sample).stderr).toContain('Không có lệnh "dem"');
    expect(run('help').status).toBe(0);
  });
});
