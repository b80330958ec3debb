import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { SEAL_CODE_PATTERN } from '../../shared/seal/seal';
import { CHAIR_PIN, failure, openTestApp, tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { lockedFile, SOME_AUDIT_HEAD } from '../helpers/locked';
import { sampleText } from '../helpers/samples';

function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function reread(text: string): CongressFile {
  const read = readCongressFile(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** The sample locked, then one ballot of the Ban Chấp hành changed after the lock. */
function tamperedAfterLock(): { file: CongressFile; sealed: string } {
  const locked = lockedFile(sample(), ['bch']);
  const bch = locked.elections[0] as CongressFile['elections'][number];
  const ballots = bch.ballots.map((b, i) => (i === 0 ? { ...b, struck: ['c02'] } : b));
  return { file: { ...locked, elections: [{ ...bch, ballots }, ...locked.elections.slice(1)] }, sealed: bch.lock?.fingerprint as string };
}

describe('the lock in the congress file (INTERCHANGE.md, additions)', () => {
  it('is written by the export of a locked election, read back, and kept by an import', () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json') }));
    unwrap(app.api.setChairPin({ congressId, pin: CHAIR_PIN }));
    const [bch, bt] = unwrap(app.api.tallyCongress({ congressId }));
    expect(bch?.lock).toBeNull();
    const sealed = unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: bch?.electionId as number, operator: 'Thư ký' })).fingerprint;
    expect(sealed).toMatch(SEAL_CODE_PATTERN);
    const event = app.store.listAudit({ kind: 'election.locked', newestFirst: true, limit: 1 })[0];
    const lock = unwrap(app.api.tally({ electionId: bch?.electionId as number })).lock;
    // The seal binds the log's head just before the lock's own event (which carries the seal).
    expect(lock).toEqual({ at: event?.at, fingerprint: sealed, auditHead: event?.prevHash, digests: expect.any(Object) });

    const exported = unwrap(app.api.exportCongressFile({ congressId })).text;
    const file = reread(exported);
    expect(file.elections.map((e) => e.lock ?? null)).toEqual([lock, null]);
    expect(JSON.parse(exported).elections[0].lock).toEqual(lock);

    // Another machine loads the file: the election is locked there with the very same lock.
    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: exported }));
    const [again, open] = unwrap(other.api.tallyCongress({ congressId: imported.congressId }));
    expect(again?.status).toBe('locked');
    expect(again?.lock).toEqual(lock);
    expect(again?.fingerprint).toBe(lock?.fingerprint);
    expect(open?.lock).toBeNull();
    expect(bt?.lock).toBeNull();
    expect(reread(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).elections[0]?.lock).toEqual(lock);
    expect(unwrap(other.api.verifyAudit({})).sound).toBe(true);
  });

  it('survives writing and reading as it is, and a lock alone makes the election locked', () => {
    const locked = lockedFile(sample(), ['bt']);
    const json = JSON.parse(writeCongressFile(locked));
    expect(json.elections[1].lock).toEqual({ at: '2025-06-20T10:45:00+07:00', fingerprint: locked.elections[1]?.lock?.fingerprint, auditHead: SOME_AUDIT_HEAD, digests: locked.elections[1]?.lock?.digests });
    delete json.elections[1].status;
    const read = reread(JSON.stringify(json));
    expect(read.elections[1]?.status).toBe('locked');
    expect(read.elections[1]?.lock).toEqual(locked.elections[1]?.lock);
    expect(read.elections[0]?.lock).toBeUndefined();
  });

  it('is refused by the file import when its seal disagrees with the data, naming the election, both seals and the part that differs', () => {
    const { file, sealed } = tamperedAfterLock();
    const app = openTestApp();
    const error = failure(app.api.importCongressFile({ content: writeCongressFile(file) }));
    expect(error.code).toBe('INVALID_CONGRESS_FILE');
    expect(error.message).toMatch(new RegExp(`^elections\\[0\\]\\.lock\\.fingerprint: cuộc bầu "bch" \\(Bầu Ban Chấp hành Đảng bộ phường khóa III\\): con dấu số lúc chốt là ${sealed} nhưng số liệu hiện nay cho [A-Z2-7]{4}(-[A-Z2-7]{4}){12}: đã bị sửa sau khi chốt — phiếu bầu; không đọc tệp này$`));
    expect(error.message).not.toContain(`cho ${sealed}`);
    expect(unwrap(app.api.listCongresses())).toEqual([]);
  });

  it('is refused by the command line too (tally, export, merge), and nothing is written', () => {
    const { file, sealed } = tamperedAfterLock();
    const dir = tempDir();
    const path = join(dir, 'sua-sau-khi-chot.json');
    writeFileSync(path, writeCongressFile(file));
    for (const args of [['tally', path], ['tally', path, '--json'], ['export', path, '--pdf', join(dir, 'bb.pdf'), '--rehearsal'], ['merge', path, '-o', join(dir, 'gop.json')]]) {
      const run = runCli(...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`cuộc bầu "bch" (Bầu Ban Chấp hành Đảng bộ phường khóa III): con dấu số lúc chốt là ${sealed} nhưng số liệu hiện nay cho `);
      expect(run.stderr).toContain('đã bị sửa sau khi chốt — phiếu bầu;');
    }
    expect(existsSync(join(dir, 'bb.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'gop.json'))).toBe(false);
    const sound = join(dir, 'da-chot.json');
    writeFileSync(sound, writeCongressFile(lockedFile(sample())));
    expect(runCli('tally', sound, '--json').status).toBe(0);
  });

  it('keeps a merge from changing a locked election: the merged file would break its lock', () => {
    const dir = tempDir();
    const base = lockedFile(sample(), ['bch']);
    const bch = base.elections[0] as CongressFile['elections'][number];
    const extra: CongressFile = { ...sample(), elections: [{ ...bch, lock: undefined, status: 'open', ballots: [{ id: 'them-1', team: 'T3', struck: ['c01'], count: 1 }] }] };
    writeFileSync(join(dir, 'chu-tich.json'), writeCongressFile(base));
    writeFileSync(join(dir, 'them.json'), writeCongressFile(extra));
    const out = join(dir, 'gop.json');
    const refused = runCli('merge', join(dir, 'chu-tich.json'), join(dir, 'them.json'), '-o', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('không gộp được vào cuộc bầu đã chốt kết quả: cuộc bầu "bch"');
    expect(existsSync(out)).toBe(false);

    const alone = runCli('merge', join(dir, 'chu-tich.json'), '-o', out);
    expect(alone.status, alone.stderr).toBe(0);
    expect(reread(readFileSync(out, 'utf8')).elections[0]?.lock).toEqual(bch.lock);
  });
});
