import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { sealOf } from '../../shared/seal/seal';
import { DRAFT_MARK } from '../../shared/minutes/model';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap, type TestApp } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { lockedFile } from '../helpers/locked';
import { pdfPages } from '../helpers/pdf';
import { seededRandom } from '../helpers/random';
import { sampleText } from '../helpers/samples';

/** Issue 20, findings 1 and 3, and the locks made before the seal. */
function sample(): CongressFile {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function countedAndLocked(): { app: TestApp; electionId: number } {
  const app = openTestApp();
  const { electionId, teamId } = setUpElection(app, { seats: 4 });
  for (let i = 0; i < 5; i++) unwrap(app.api.enterBallot({ electionId, teamId, struck: [i % 2 ? 'c01' : 'c02'], operator: 'Lan' }));
  unwrap(app.api.updateElection({ electionId, ballotsIssued: 5, ballotsReturned: 5 }));
  unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId, operator: 'Chủ tịch' }));
  return { app, electionId };
}

describe('finding 1: the reorder attack', () => {
  it('finds no file with another winner that gives the sealed code: every reordering and respelling of a tampered file gives one seal, not the signed one', () => {
    const file = lockedFile(sample(), ['bch']);
    const bch = file.elections[0] as ElectionInFile;
    const signed = bch.lock?.fingerprint as string;
    const paper = bch.candidates.map((c) => c.id);
    // Eight votes moved from the first name to the last: another outcome.
    let moved = 0;
    const tampered: ElectionInFile = {
      ...bch,
      ballots: bch.ballots.map((b) => {
        if (moved >= 8 || b.struck === undefined || b.struck.includes('c01') || !b.struck.includes('c11')) return b;
        moved++;
        return { ...b, struck: [...b.struck.filter((id) => id !== 'c11'), 'c01'] };
      }),
    };
    expect(moved).toBeGreaterThan(0);
    const random = seededRandom(128);
    const seals = new Set<string>();
    for (let attempt = 0; attempt < 300; attempt++) {
      const variant: ElectionInFile = {
        ...tampered,
        ballots: tampered.ballots.map((b) => {
          if (b.struck === undefined || random() < 0.3) return b;
          const { struck, ...rest } = b;
          const shuffled = [...struck].sort(() => random() - 0.5);
          return random() < 0.5 ? { ...rest, struck: shuffled } : { ...rest, kept: paper.filter((id) => !struck.includes(id)).sort(() => random() - 0.5) };
        }),
      };
      seals.add(sealOf(file.congress, variant, bch.lock?.auditHead as string).code);
    }
    expect(seals.size).toBe(1);
    expect(seals.has(signed)).toBe(false);

    // Readers refuse it as locked: the file import, tally and official export.
    const tamperedFile = { ...file, elections: [tampered, ...file.elections.slice(1)] };
    const app = openTestApp();
    expect(failure(app.api.importCongressFile({ content: writeCongressFile(tamperedFile) })).message).toContain('đã bị sửa sau khi chốt — phiếu bầu');
    const dir = tempDir();
    writeFileSync(join(dir, 'sua.json'), writeCongressFile(tamperedFile));
    for (const args of [['tally', join(dir, 'sua.json')], ['export', join(dir, 'sua.json'), '--pdf', join(dir, 'bb.pdf')]]) expect(runCli(...args).status).toBe(1);
  });
});

describe('finding 3: a ballot edited inside the .kiemphieu file of a locked election', () => {
  it('prints no official minutes or summary: the message names the part; the integrity check names the seal', async () => {
    const { app, electionId } = countedAndLocked();
    unwrap(await app.api.minutesPdf({ electionId }));
    app.store.close();
    const db = new Database(app.path);
    db.exec('DROP TRIGGER ballots_never_updated;');
    db.prepare("UPDATE ballots SET selection = '[\"c03\"]' WHERE number = 2").run();
    db.close();
    const again = app.reopen();
    const refused = failure(await again.api.minutesPdf({ electionId }));
    expect(refused.code).toBe('SEAL_BROKEN');
    expect(refused.message).toContain('đã bị sửa sau khi chốt — phiếu bầu');
    expect(refused.message).toContain('Không in biên bản chính thức');
    expect(failure(await again.api.summaryPdf({ congressId: 1 })).code).toBe('SEAL_BROKEN');
    // A rehearsal still prints, marked on every page, without the seal.
    const rehearsal = pdfPages(unwrap(await again.api.minutesPdf({ electionId, rehearsal: true })).data);
    for (const page of rehearsal) {
      expect(page).toContain(DRAFT_MARK);
      expect(page).not.toContain('Con dấu số');
    }
    const check = unwrap(again.api.verifyAudit({}));
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'fingerprint', message: expect.stringContaining('phiếu bầu') }));
  });

  it('prints no official minutes when the log was rewritten, even with the data untouched', async () => {
    const { app, electionId } = countedAndLocked();
    app.store.close();
    const db = new Database(app.path);
    db.exec('DROP TRIGGER audit_never_updated;');
    db.prepare("UPDATE audit_events SET operator = 'Người khác' WHERE seq = 2").run();
    db.close();
    const refused = failure(await app.reopen().api.minutesPdf({ electionId }));
    expect(refused.code).toBe('SEAL_BROKEN');
    expect(refused.message).toContain('Nhật ký của hồ sơ bị gãy');
  });
});

describe('a lock made before the seal (48-bit code)', () => {
  function oldLocked(): CongressFile {
    const file = lockedFile(sample(), ['bch']);
    return { ...file, elections: file.elections.map((e) => (e.lock ? { ...e, lock: { at: e.lock.at, fingerprint: '7739-4D24-9E0C', auditHead: e.lock.auditHead } } : e)) };
  }

  it('is read as locked, but no official minutes are printed until it is sealed anew with --reseal', () => {
    const dir = tempDir();
    const path = join(dir, 'cu.json');
    writeFileSync(path, writeCongressFile(oldLocked()));
    expect(runCli('tally', path).status).toBe(0);
    const official = runCli('export', path, '--pdf', join(dir, 'bb.pdf'));
    expect(official.status).toBe(1);
    expect(official.stderr).toContain('được chốt bằng mã kiểm tra cũ 7739-4D24-9E0C');
    const draft = runCli('export', path, '--pdf', join(dir, 'bb.pdf'), '--draft');
    expect(draft.status, draft.stderr).toBe(0);
    const verified = runCli('verify', path);
    expect(verified.status).toBe(1);
    expect(verified.stdout).toContain('mã kiểm tra cũ');
    // Still locked: nothing may be added, and a plain lock is refused.
    expect(runCli('lock', path, '--election', 'bch').status).toBe(1);

    const resealed = runCli('lock', path, '--election', 'bch', '--reseal');
    expect(resealed.status, resealed.stderr).toBe(0);
    expect(resealed.stdout).toMatch(/con dấu số [A-Z2-7]{4}(-[A-Z2-7]{4}){12}/);
    expect(runCli('verify', path).status).toBe(0);
    expect(runCli('export', path, '--pdf', join(dir, 'bb.pdf')).status).toBe(1); // bt is not locked
    const sealed = runCli('lock', path, '--election', 'bch', '--reseal');
    expect(sealed.status).toBe(1);
    expect(sealed.stderr).toContain('đã có con dấu số');
  });

  it('imported into the app: locked, its minutes a draft, the integrity check names the old code', async () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.importCongressFile({ content: writeCongressFile(oldLocked()) }));
    const [bch] = unwrap(app.api.tallyCongress({ congressId }));
    expect(bch?.status).toBe('locked');
    const file = unwrap(await app.api.minutesPdf({ electionId: bch?.electionId as number }));
    expect(file.fileName).toMatch(/^du-thao-/);
    for (const page of pdfPages(file.data)) expect(page).toContain(DRAFT_MARK);
    expect(unwrap(app.api.verifyAudit({})).differences).toContainEqual(expect.objectContaining({ field: 'fingerprint', message: expect.stringContaining('mã kiểm tra cũ') }));
  });
});
