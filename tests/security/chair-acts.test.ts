import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src-main/app/workspace';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap, type TestApp } from '../helpers/api';

/**
 * Issue 20, finding 4: after 5 wrong PINs, restoring the backup taken after the lock (which asks
 * for no PIN) gave fresh tries and the failed tries vanished from the live log; emptying the
 * failures table, or nulling the PIN hash and setting a new PIN, passed the integrity check;
 * locking itself needed no PIN. The chair's acts are now the chair's.
 */

const WRONG = '999999';

/** A clock the test moves by hand: a wait after five wrong PINs never ends by itself. */
function handClock(start = '2025-06-20T07:30:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

/** An election whose checks pass (4 seats, two ballots of two returned), not locked yet. */
function readyToLock(app: TestApp = openTestApp()) {
  const setup = setUpElection(app, { seats: 4, ballotsReturned: 2 });
  unwrap(app.api.enterBallot({ electionId: setup.electionId, struck: ['c01'] }));
  unwrap(app.api.enterBallot({ electionId: setup.electionId, struck: ['c02'] }));
  return { app, ...setup };
}

/** The file opened as an attacker with a copy of it would: the append-only triggers dropped. */
function tamper(app: TestApp, change: (db: Database.Database) => void): void {
  app.store.close();
  const db = new Database(app.path);
  db.exec('DROP TRIGGER IF EXISTS audit_never_updated; DROP TRIGGER IF EXISTS audit_never_deleted;');
  change(db);
  db.close();
}

describe('locking ("Chốt kết quả") needs the chair’s PIN, like unlocking', () => {
  it('refuses a lock without the PIN or with a wrong one (counted and audited), and locks with the right one', () => {
    const { app, congressId, electionId } = readyToLock();
    expect(failure(app.api.lockElection({ electionId, operator: 'Thư ký' } as never))).toMatchObject({ code: 'INVALID_INPUT', path: 'pin' });
    expect(failure(app.api.lockElection({ electionId, pin: WRONG, operator: 'Thư ký' }))).toMatchObject({ code: 'WRONG_PIN', path: 'pin' });
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('open');
    expect(app.store.getChairPinFailures(congressId)).toMatchObject({ failures: 1 });
    const tried = unwrap(app.api.listAudit({ congressId })).filter((e) => e.kind === 'pin.attempt_failed');
    expect(tried.map((e) => JSON.parse(e.payload))).toEqual([expect.objectContaining({ action: 'lock', failures: 1 })]);
    unwrap(app.api.lockElection({ electionId, pin: CHAIR_PIN, operator: 'Chủ tịch đoàn' }));
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('locked');
    expect(app.store.getChairPinFailures(congressId)).toBeNull();
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ intact: true, sound: true });
  });

  it('refuses to lock a congress whose chair has no PIN yet, saying where to set it', () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội chưa có PIN', kind: 'members', summoned: 10 }));
    const { electionId } = unwrap(app.api.createElection({ congressId, office: 'bi_thu', seats: 1, ballotsReturned: 1 }));
    unwrap(app.api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }] }));
    unwrap(app.api.enterBallot({ electionId, kept: ['c01'] }));
    const refused = failure(app.api.lockElection({ electionId, pin: CHAIR_PIN }));
    expect(refused).toMatchObject({ code: 'PIN_REQUIRED', path: 'pin' });
    expect(refused.message).toContain('thiết lập đại hội');
  });

  it('a tie-break or further round, which locks the round it continues, needs the PIN while that round is open', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 1, names: ['Trần Văn Bảy', 'Lê Thị Cúc'], ballotsReturned: 2, office: 'bi_thu' });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
    expect(failure(app.api.createNextRound({ electionId }))).toMatchObject({ code: 'PIN_REQUIRED', path: 'pin' });
    expect(failure(app.api.createNextRound({ electionId, pin: WRONG }))).toMatchObject({ code: 'WRONG_PIN', path: 'pin' });
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('open');
    unwrap(app.api.createNextRound({ electionId, pin: CHAIR_PIN }));
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('locked');
  });
});

describe('wrong tries survive a restore', () => {
  async function lockedInWorkspace() {
    const dir = tempDir();
    const clock = handClock();
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir, clock });
    const file = unwrap(await workspace.createFile('dai-hoi', { name: 'Đại hội thử khôi phục', kind: 'delegates', summoned: 20, chairPin: CHAIR_PIN }));
    const congressId = file.congressId as number;
    const { electionId } = unwrap(file.api.createElection({ congressId, office: 'cap_uy', seats: 2, ballotsReturned: 1 }));
    unwrap(file.api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }, { name: 'Phạm Minh Đức' }] }));
    unwrap(file.api.enterBallot({ electionId, struck: ['c01'] }));
    unwrap(file.api.lockElection({ electionId, pin: CHAIR_PIN, operator: 'Chủ tịch đoàn' }));
    const afterLock = file.backups.list().find((b) => b.reason === 'lock');
    if (afterLock === undefined) throw new Error('no backup after the lock');
    const unlock = (pin: string) => workspace.current!.api.unlockElection({ electionId, pin, reason: 'Thử mở khóa', operator: 'Người lạ' });
    return { workspace, clock, congressId, electionId, afterLock, unlock };
  }

  it('after 5 wrong PINs, restoring the backup taken after the lock keeps the count and the wait, and the tries stay in the log', async () => {
    const { workspace, congressId, afterLock, unlock } = await lockedInWorkspace();
    for (let i = 1; i <= 5; i++) expect(failure(unlock(WRONG)).code).toBe('WRONG_PIN');
    expect(failure(unlock(CHAIR_PIN)).code).toBe('PIN_LOCKED_OUT');

    unwrap(workspace.restoreBackup(afterLock.name, 'Người lạ'));
    const store = workspace.current!.store;
    expect(store.getChairPinFailures(congressId)).toMatchObject({ failures: 5, waitUntil: expect.any(String) });
    expect(failure(unlock(CHAIR_PIN)).code).toBe('PIN_LOCKED_OUT');
    // The five tries made after the backup are still told by the live log.
    const restored = unwrap(workspace.current!.api.listAudit({ kind: 'backup.restored' })).map((e) => JSON.parse(e.payload) as { pins?: { congressId: number; failures: number; tries: { kind: string }[] }[] });
    const carried = restored.at(-1)?.pins?.find((p) => p.congressId === congressId);
    expect(carried).toMatchObject({ failures: 5 });
    expect(carried?.tries.filter((t) => t.kind === 'pin.attempt_failed')).toHaveLength(5);
    expect(unwrap(workspace.current!.api.verifyAudit({}))).toMatchObject({ intact: true, sound: true });
    workspace.close();
  });

  it('a restore brings back data, not an older PIN: the PIN changed after the backup stays the PIN', async () => {
    const { workspace, congressId, afterLock, unlock } = await lockedInWorkspace();
    unwrap(workspace.current!.api.setChairPin({ congressId, currentPin: CHAIR_PIN, pin: '135790' }));
    unwrap(workspace.restoreBackup(afterLock.name, 'Chủ tịch đoàn'));
    expect(failure(unlock(CHAIR_PIN)).code).toBe('WRONG_PIN');
    unwrap(unlock('135790'));
    expect(unwrap(workspace.current!.api.verifyAudit({}))).toMatchObject({ intact: true, sound: true });
    workspace.close();
  });
});

describe('the integrity check names what was done to the PIN inside the file', () => {
  function lockedWithWrongTries() {
    const { app, congressId, electionId } = readyToLock();
    unwrap(app.api.lockElection({ electionId, pin: CHAIR_PIN }));
    for (let i = 1; i <= 5; i++) failure(app.api.unlockElection({ electionId, pin: WRONG, reason: 'Thử' }));
    return { app, congressId, electionId };
  }

  it('finds the wrong tries emptied from their table', () => {
    const { app } = lockedWithWrongTries();
    tamper(app, (db) => db.exec('DELETE FROM chair_pin_failures'));
    const check = unwrap(app.reopen().api.verifyAudit({}));
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'pinFailures', message: expect.stringContaining('5') }));
  });

  it('finds a wrong try removed from the log: inside it, the chain breaks; at its end, the count no longer follows from the log', () => {
    const first = lockedWithWrongTries();
    tamper(first.app, (db) => db.exec("DELETE FROM audit_events WHERE seq = (SELECT MIN(seq) FROM audit_events WHERE kind = 'pin.attempt_failed')"));
    expect(unwrap(first.app.reopen().api.verifyAudit({}))).toMatchObject({ intact: false, sound: false });
    const last = lockedWithWrongTries();
    tamper(last.app, (db) => db.exec("DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events WHERE kind = 'pin.attempt_failed')"));
    const check = unwrap(last.app.reopen().api.verifyAudit({}));
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'pinFailures' }));
  });

  it('finds the PIN hash nulled and a new PIN set without the old one', () => {
    const { app, congressId, electionId } = lockedWithWrongTries();
    tamper(app, (db) => db.exec('UPDATE congresses SET chair_pin_hash = NULL; DELETE FROM chair_pin_failures'));
    const reopened = app.reopen();
    unwrap(reopened.api.setChairPin({ congressId, pin: '111111' }));
    unwrap(reopened.api.unlockElection({ electionId, pin: '111111', reason: 'Mở bằng mã PIN mới' }));
    const check = unwrap(reopened.api.verifyAudit({}));
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'chairPin' }));
  });

  it('finds the PIN hash replaced by the hash of another PIN', () => {
    const { app, congressId } = readyToLock();
    const other = openTestApp();
    unwrap(other.api.createCongress({ name: 'Khác', kind: 'members', summoned: 5, chairPin: '111111' }));
    const replacement = other.store.listCongresses()[0]?.chairPinHash as string;
    tamper(app, (db) => db.prepare('UPDATE congresses SET chair_pin_hash = ? WHERE id = ?').run(replacement, congressId));
    const check = unwrap(app.reopen().api.verifyAudit({}));
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'chairPin', message: expect.stringContaining('mã PIN') }));
  });
});
