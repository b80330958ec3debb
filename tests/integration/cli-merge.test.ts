import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { canonicalJson } from '../../shared/packages/canonical-json';
import { packageText } from '../../shared/packages/read';
import { signText } from '../../src-main/services/packages';
import { main } from '../../src-main/cli/main';
import { tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { SAMPLES_DIR, clone, sampleJson } from '../helpers/samples';
import { resignedAs } from '../helpers/packages';
import { chairWithSetup, stationFrom, teamKeyOf } from '../helpers/stations';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs the command in this process (as bin/kiem-phieu does), capturing what it prints. */
async function merge(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(['merge', ...args], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

function write(dir: string, name: string, content: string | Json): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return path;
}

const votesOf = (path: string) => tallyCongressFile(unwrap(readCongressFile(readFileSync(path, 'utf8')))).map((e) => [e.id, e.ballots, e.candidates.map((c) => c.votes)]);

describe('bin/kiem-phieu merge', () => {
  it('combines the teams’ congress files into the whole count, and a file merged twice counts once', async () => {
    const dir = tempDir();
    const whole = sampleJson<Json>('dai-hoi-mau.json');
    const byTeam = (team: string) => {
      const part = clone(whole);
      for (const e of part.elections) {
        e.ballots = e.ballots.filter((b: Json) => b.team === team);
        e.teamTotals = (e.teamTotals ?? []).filter((t: Json) => t.team === team);
      }
      return part;
    };
    const teams = [...new Set(whole.elections.flatMap((e: Json) => e.ballots.map((b: Json) => b.team)))] as string[];
    expect(teams.length).toBeGreaterThan(1);
    const parts = teams.map((t) => write(dir, `${t}.json`, byTeam(t)));
    const out = join(dir, 'gop.json');
    const result = await merge(...parts, parts[0] as string, '-o', out);
    expect(result.stderr).toContain(`${parts[0]}: 0 phiếu mới`);
    expect(result.status).toBe(0);
    expect(votesOf(out)).toEqual(votesOf(join(SAMPLES_DIR, 'dai-hoi-mau.json')));
    // Merging the result with a part again changes nothing.
    const again = join(dir, 'gop-2.json');
    expect((await merge(out, parts[1] as string, '-o', again)).status).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('merges station packages, each checked with its team’s setup package, as the chair’s machine does', async () => {
    const dir = tempDir();
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const b = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    a.enter('Tổ 1', 7);
    b.enter('Tổ 2', 5, 3);
    const setup1 = write(dir, 'to1.goi-thiet-lap.json', chair.setups['Tổ 1'] as string);
    const setup2 = write(dir, 'to2.goi-thiet-lap.json', chair.setups['Tổ 2'] as string);
    const pa = write(dir, 'to1.json', a.exportPackage('Tổ 1'));
    const pb = write(dir, 'to2.json', b.exportPackage('Tổ 2'));
    const base = write(dir, 'chu-tich.json', unwrap(chair.app.api.exportCongressFile({ congressId: chair.congressId })).text);
    const out = join(dir, 'gop.json');
    // Without Tổ 2's setup package its station's package cannot be checked: refused, saying what to add.
    const missing = await merge('--setup', setup1, base, pa, pb, '-o', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('to2.json: Gói "');
    expect(missing.stderr).toContain('không có gói thiết lập của "Tổ 2" để kiểm tra chữ ký: thêm --setup');
    expect(existsSync(out)).toBe(false);
    const result = await merge('--setup', setup1, '--setup', setup2, base, pa, pb, '-o', out);
    expect(result.stderr).toContain('to1.json: 7 phiếu mới');
    expect(result.status).toBe(0);
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1.json', content: readFileSync(pa, 'utf8') }, { label: 'to2.json', content: readFileSync(pb, 'utf8') }] }));
    const inApp = write(dir, 'trong-may.json', unwrap(chair.app.api.exportCongressFile({ congressId: chair.congressId })).text);
    expect(votesOf(out)).toEqual(votesOf(inApp));
  });

  it('reads each file as it is given: a congress file with a byte order mark, packages beside it, the same result as in the app', async () => {
    const dir = tempDir();
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 4);
    const setup = write(dir, 'thiet-lap.json', chair.setups['Tổ 1'] as string);
    const pa = write(dir, 'to1.json', a.exportPackage('Tổ 1'));
    const base = write(dir, 'chu-tich.json', `\ufeff${unwrap(chair.app.api.exportCongressFile({ congressId: chair.congressId })).text}`);
    const out = join(dir, 'gop.json');
    const result = await merge('--setup', setup, base, pa, '-o', out);
    expect(result.stderr).toContain('to1.json: 4 phiếu mới');
    expect(result.status).toBe(0);
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1.json', content: readFileSync(pa, 'utf8') }] }));
    expect(votesOf(out)).toEqual(votesOf(write(dir, 'trong-may.json', unwrap(chair.app.api.exportCongressFile({ congressId: chair.congressId })).text)));
    // Whole JSON that is not a congress file, and a package with a line added after it.
    for (const [name, content, message] of [
      ['null.json', 'null', /null\.json.*phải là một đối tượng JSON/],
      ['them-dong.json', `${readFileSync(pa, 'utf8')}\n`, /them-dong\.json.*sửa bên ngoài chương trình/],
    ] as const) {
      const bad = await merge('--setup', setup, base, write(dir, name, content), '-o', join(dir, `${name}.ra.json`));
      expect(bad.status, name).toBe(1);
      expect(bad.stderr.replace(/\n/g, ' '), name).toMatch(message);
    }
  });

  it('refuses a bad input with exit status 1, naming the file and the reason, and writes nothing', async () => {
    const dir = tempDir();
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    a.enter('Tổ 1', 3);
    const good = a.exportPackage('Tổ 1');
    const setups = ['--setup', write(dir, 'to1.goi-thiet-lap.json', chair.setups['Tổ 1'] as string), '--setup', write(dir, 'to2.goi-thiet-lap.json', chair.setups['Tổ 2'] as string)];
    const pa = write(dir, 'to1.json', good);
    const out = join(dir, 'gop.json');
    const cases: [string, string, RegExp][] = [
      ['sua.json', good.replace('"Tổ 1"', '"Tổ 2"'), /sua\.json.*(chữ ký không khớp|sửa bên ngoài)/],
      ['cut.json', good.slice(0, 200), /cut\.json.*bị cắt cụt hoặc hỏng/],
      ['to1-lan-2.json', good, /to1-lan-2\.json.*không gộp hai lần/],
      ['la.json', stationFrom(chairWithSetup().setups['Tổ 1'] as string, 'Máy lạ').exportPackage('Tổ 1'), /la\.json.*đại hội khác/],
      ['to2-khoa-to1.json', resignedAs(JSON.parse(good.replaceAll('"Tổ 1"', '"Tổ 2"')) as Json, { ...teamKeyOf(chair, 'Tổ 1'), team: 'Tổ 2' }), /to2-khoa-to1\.json.*ghi là của "Tổ 2" nhưng được ký bằng khóa của "Tổ 1"/],
      ['cu.json', resignedAs({ ...(JSON.parse(good) as Json), version: 1 }, teamKeyOf(chair, 'Tổ 1')), /cu\.json.*định dạng cũ.*xuất lại gói/],
    ];
    for (const [name, content, message] of cases) {
      const bad = write(dir, name, content);
      const result = await merge(...setups, pa, bad, '-o', out);
      expect(result.status, name).toBe(1);
      expect(result.stderr.replace(/\n/g, ' '), name).toMatch(message);
      expect(existsSync(out), name).toBe(false);
    }
    const noKey = await merge(pa, '-o', out);
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toContain('cần --setup');
    // The setup packages given must be of one congress, and a team's key the same in each.
    const other = write(dir, 'khac.goi-thiet-lap.json', chairWithSetup().setups['Tổ 2'] as string);
    const mixed = await merge(setups[0] as string, setups[1] as string, '--setup', other, pa, '-o', out);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('khac.goi-thiet-lap.json: Gói "');
    expect(mixed.stderr).toContain('gói thiết lập của một đại hội khác');
    const own = JSON.parse(chair.setups['Tổ 1'] as string) as Json;
    const forged: Json = { ...own, teamKey: 'cd'.repeat(32) };
    const { signature: _s, ...unsigned } = forged;
    const fake = write(dir, 'gia.goi-thiet-lap.json', packageText(unsigned, signText('cd'.repeat(32), canonicalJson(unsigned))));
    const twice = await merge(...setups, '--setup', fake, pa, '-o', out);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/gia\.goi-thiet-lap\.json.*mang khóa của "Tổ 1" khác với/);
    expect(existsSync(out)).toBe(false);
  });

  it('answers a usage error with exit status 2, as the real command', () => {
    const missing = runCli('merge', join(SAMPLES_DIR, 'dai-hoi-mau.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('-o RA.json');
    expect(runCli('help').stdout).toContain('kiem-phieu merge');
  });

  it('keeps the first file\'s scan records, each counted image still naming its ballot after the papers are numbered again; a voided round merges as before', async () => {
    const dir = tempDir();
    const sha = (n: number) => n.toString(16).padStart(64, '0');
    const chair: Json = {
      format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 10 },
      elections: [
        { id: 'bch', office: 'cap_uy', seats: 1, candidates: [{ id: 'a', name: 'An' }, { id: 'b', name: 'Bình' }],
          ballots: [{ id: 'tay-1', number: 1, team: 'T1', struck: ['a'] }, { id: `quet-${sha(7)}`, number: 4, team: 'T1', struck: ['b'] }],
          scans: [{ image: '7.png', sha256: sha(7), status: 'read', struck: ['b'], uncertain: [], decision: 'counted', number: 4 }, { image: '8.png', sha256: sha(8), status: 'review', uncertain: ['a'], decision: 'pending' }] },
        { id: 'bch-2', office: 'cap_uy', seats: 1, round: 2, continues: 'bch', voided: { at: '2025-06-20T10:00:00Z', reason: 'Kết quả vòng 1 đã thay đổi' }, candidates: [{ id: 'a', name: 'An' }], ballots: [{ id: 'v2-1', kept: ['a'] }] },
      ],
    };
    const out = join(dir, 'ra.json');
    const merged = await merge(write(dir, 'chu-tich.json', chair), '-o', out);
    expect(merged.stderr).not.toContain('Lỗi');
    expect(merged.status).toBe(0);
    const file = unwrap(readCongressFile(readFileSync(out, 'utf8')));
    const bch = file.elections[0]!;
    // The merged file numbers its papers one after another: the scanned ballot, second, is paper 2 now.
    expect(bch.ballots.map((b) => [b.id, b.number])).toEqual([['tay-1', undefined], [`quet-${sha(7)}`, undefined]]);
    expect(bch.scans?.map((x) => [x.image, x.decision, x.number])).toEqual([['7.png', 'counted', 2], ['8.png', 'pending', undefined]]);
    expect(file.elections[1]!.ballots).toHaveLength(1);
  });
});

