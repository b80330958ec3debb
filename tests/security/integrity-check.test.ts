import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../../src-main/audit/hash-chain';
import { backupDirOf } from '../../src-main/services/backups';
import { Workspace } from '../../src-main/app/workspace';
import { CHAIR_PIN, openTestApp, setUpElection, steppingClock, tempDir, unwrap, type TestApp } from '../helpers/api';

/**
 * Finding 3 of issue 10: the integrity check said "intact" after the data was edited inside the
 * file. It now rebuilds the count from the events alone and compares, checks each lock's
 * fingerprint, and checks the log against its backups; each difference is named.
 */
function countedAndLocked() {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app, { seats: 4 });
  for (let i = 0; i < 5; i++) unwrap(app.api.enterBallot({ electionId, teamId, struck: [i % 2 ? 'c01' : 'c02'], operator: 'Lan' }));
  const { teamId: byHand } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
  unwrap(app.api.setTeamTotals({ electionId, teamId: byHand, returned: 2, valid: 2, invalid: {}, votes: { c01: 2, c03: 1 } }));
  unwrap(app.api.updateElection({ electionId, ballotsIssued: 7, ballotsReturned: 7 }));
  unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId, operator: 'Chủ tịch' }));
  return { app, electionId };
}

/** The file opened the way an attacker with a copy of it would: the append-only triggers dropped. */
function tamper(app: TestApp, change: (db: Database.Database) => void): void {
  app.store.close();
  const db = new Database(app.path);
  db.exec('DROP TRIGGER ballots_never_updated; DROP TRIGGER ballots_never_deleted; DROP TRIGGER audit_never_updated; DROP TRIGGER audit_never_deleted;');
  change(db);
  db.close();
}

/** Recomputes every hash of the chain after the payloads were changed, as a careful attacker would. */
function recomputeChain(db: Database.Database): void {
  let prev = GENESIS_HASH;
  const rows = db.prepare('SELECT seq, at, operator, kind, congress_id AS congressId, election_id AS electionId, payload FROM audit_events ORDER BY seq').all() as { seq: number; at: string; operator: string; kind: string; congressId: number | null; electionId: number | null; payload: string }[];
  const update = db.prepare('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = eventHash(prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

function checkAfter(app: TestApp) {
  return unwrap(app.reopen().api.verifyAudit({}));
}

describe('the integrity check', () => {
  it('says sound for a file only the program wrote, and gives the head of the log', () => {
    const { app } = countedAndLocked();
    const check = unwrap(app.api.verifyAudit({}));
    expect(check).toMatchObject({ intact: true, sound: true, differences: [], unreadable: [] });
    expect(check.head?.hash).toBe(app.store.lastAuditEvent()?.hash);
  });

  it('finds a ballot edited inside the file (votes moved from one name to another), naming the ballot and the field', () => {
    const { app } = countedAndLocked();
    tamper(app, (db) => db.prepare("UPDATE ballots SET selection = '[\"c03\"]' WHERE number = 2").run());
    const check = checkAfter(app);
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ election: 'Bầu Ban Chấp hành', ballot: 2, field: 'selection' }));
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'fingerprint' }));
  });

  it('finds a locked election reopened in the table', () => {
    const { app } = countedAndLocked();
    tamper(app, (db) => db.prepare("UPDATE elections SET status = 'open'").run());
    const check = checkAfter(app);
    expect(check.sound).toBe(false);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'status', message: expect.stringContaining('đã chốt') }));
  });

  it('finds team totals changed in the table', () => {
    const { app } = countedAndLocked();
    tamper(app, (db) => db.prepare('UPDATE team_totals SET votes = \'{"c01":1,"c03":2}\'').run());
    expect(checkAfter(app).differences).toContainEqual(expect.objectContaining({ field: 'teamTotals' }));
  });

  it('finds the last ballot and its event deleted, from the backup made before', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 4 });
    for (let i = 0; i < 3; i++) unwrap(app.api.enterBallot({ electionId, struck: ['c01'], operator: 'Lan' }));
    mkdirSync(backupDirOf(app.path), { recursive: true });
    app.store.copyTo(join(backupDirOf(app.path), '2025-06-20T08-00-00-000Z_periodic.kiemphieu'));
    tamper(app, (db) => {
      db.prepare('DELETE FROM ballots WHERE number = 3').run();
      db.prepare('DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)').run();
    });
    const check = checkAfter(app);
    expect(check.intact).toBe(true); // the chain alone cannot tell
    expect(check.sound).toBe(false);
    expect(check.backupsCompared).toBe(1);
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'log', message: expect.stringContaining('ngắn hơn bản sao lưu') }));
  });

  it('finds a ballot and its event rewritten with the whole chain recomputed, from the lock’s fingerprint and the backup', () => {
    const { app } = countedAndLocked();
    mkdirSync(backupDirOf(app.path), { recursive: true });
    app.store.copyTo(join(backupDirOf(app.path), '2025-06-20T08-00-00-000Z_lock.kiemphieu'));
    tamper(app, (db) => {
      db.prepare("UPDATE ballots SET selection = '[\"c03\"]' WHERE number = 2").run();
      const event = db.prepare("SELECT seq, payload FROM audit_events WHERE kind = 'ballot.entered' AND json_extract(payload, '$.number') = 2").get() as { seq: number; payload: string };
      db.prepare('UPDATE audit_events SET payload = ? WHERE seq = ?').run(JSON.stringify({ ...JSON.parse(event.payload), struck: ['c03'] }), event.seq);
      recomputeChain(db);
    });
    const check = checkAfter(app);
    expect(check.intact).toBe(true);
    expect(check.differences.filter((d) => d.field === 'selection')).toEqual([]); // the log was rewritten to agree
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'fingerprint' }));
    expect(check.differences).toContainEqual(expect.objectContaining({ field: 'log', message: expect.stringContaining('viết lại') }));
    expect(check.sound).toBe(false);
  });

  it('after a restore, takes the backups of the state it replaced as that state, and still finds the log rewritten after it', async () => {
    const dir = tempDir();
    const ws = new Workspace({ documentsDir: dir, settingsDir: dir, clock: steppingClock() });
    const file = unwrap(await ws.createFile('dai-hoi', { name: 'Đại hội thử khôi phục', kind: 'members', summoned: 20, chairPin: CHAIR_PIN }));
    const api = () => ws.current!.api;
    const { electionId } = unwrap(api().createElection({ congressId: file.congressId!, office: 'cap_uy', seats: 2, ballotsReturned: null }));
    unwrap(api().addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }, { name: 'Phạm Minh Đức' }] }));
    const kept = ws.current!.backups.backupNow('manual');
    for (let i = 0; i < 3; i++) unwrap(api().enterBallot({ electionId, struck: ['c01'] }));
    ws.current!.backups.backupNow('manual'); // a state the restore will replace, and the copy made before the restore
    const restored = unwrap(ws.restoreBackup(kept.name, 'Chủ tịch'));
    expect(unwrap(api().verifyAudit({}))).toMatchObject({ sound: true, differences: [], backupsCompared: ws.current!.backups.list().length });
    unwrap(ws.restoreBackup(restored.saved.name, 'Chủ tịch')); // and back: the first restore is now itself in a replaced state
    expect(unwrap(api().verifyAudit({}))).toMatchObject({ sound: true, differences: [], backupsCompared: ws.current!.backups.list().length });
    ws.current!.backups.backupNow('manual');
    const { seq } = ws.current!.store.lastAuditEvent()!; // the second restore's event, the last the new backup holds
    const path = ws.current!.path;
    ws.close();
    const app = openTestApp(path);
    tamper(app, (db) => {
      const event = db.prepare('SELECT payload FROM audit_events WHERE seq = ?').get(seq) as { payload: string };
      db.prepare('UPDATE audit_events SET payload = ? WHERE seq = ?').run(JSON.stringify({ ...JSON.parse(event.payload), reason: 'viết lại' }), seq);
      recomputeChain(db);
    });
    const check = checkAfter(app);
    expect(check.differences).toEqual([expect.objectContaining({ field: 'log', message: expect.stringContaining(`Sự kiện số ${seq} trong nhật ký khác với bản sao lưu`) })]);
    expect(check.sound).toBe(false);
  });
});

describe('the integrity check after every kind of change the program makes', () => {
  it('is sound after imports, merges with corrections, a reconciled stack, a tie-break round, an unlock and pauses', async () => {
    const { sampleText } = await import('../helpers/samples');
    const { chairWithSetup, stationFrom } = await import('../helpers/stations');
    // A congress file imported, then a round continued from it.
    const imported = openTestApp();
    unwrap(imported.api.importCongressFile({ content: sampleText('dai-hoi-mau.json'), operator: 'Thư ký' }));
    expect(unwrap(imported.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });

    // Stations' packages merged, then a station's later package with corrections.
    const chair = chairWithSetup({ seats: 4 });
    const station = stationFrom(chair.setups['Tổ 1']!, 'Máy A');
    station.enter('Tổ 1', 6);
    const first = station.exportPackage('Tổ 1');
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a1.json', content: first }], operator: 'Chủ tịch' }));
    const ballots = unwrap(station.app.api.listBallots({ electionId: station.electionId })).ballots;
    unwrap(station.app.api.correctBallot({ ballotId: ballots[0]!.ballotId, struck: ['c05'] }));
    unwrap(station.app.api.voidBallot({ ballotId: ballots[1]!.ballotId }));
    unwrap(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a2.json', content: station.exportPackage('Tổ 1') }], acceptCorrections: true, operator: 'Chủ tịch' }));
    expect(unwrap(chair.app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });
    expect(unwrap(station.app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });

    // A stack read twice and reconciled; a pause; a tie, its round, an unlock refused and one accepted.
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { seats: 1, names: ['Trần Văn Bảy', 'Lê Thị Cúc'] });
    const { batchId } = unwrap(app.api.createBatch({ electionId, teamId, label: 'Chồng 1', size: 2, operator: 'Tổ trưởng' }));
    for (const [pass, operator] of [[1, 'An'], [2, 'Bình']] as const) {
      unwrap(app.api.enterReading({ batchId, pass, position: 1, struck: ['c01'], operator }));
      unwrap(app.api.enterReading({ batchId, pass, position: 2, struck: ['c02'], operator }));
      unwrap(app.api.finishPass({ batchId, pass, operator }));
    }
    unwrap(app.api.reconcileBatch({ batchId, operator: 'Tổ trưởng' }));
    unwrap(app.api.pauseElection({ electionId, paused: true, reason: 'chờ ý kiến' }));
    unwrap(app.api.pauseElection({ electionId, paused: false }));
    unwrap(app.api.updateElection({ electionId, ballotsIssued: 2, ballotsReturned: 2 }));
    unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId, operator: 'Chủ tịch' }));
    expect(unwrap(app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });

    const locked = countedAndLocked();
    unwrap(locked.app.api.unlockElection({ electionId: locked.electionId, pin: CHAIR_PIN, reason: 'Nhập thiếu phiếu của tổ 2', operator: 'Chủ tịch' }));
    unwrap(locked.app.api.updateElection({ electionId: locked.electionId, ballotsIssued: 8, ballotsReturned: 8, reason: 'Đếm lại: 8 phiếu', operator: 'Chủ tịch' }));
    unwrap(locked.app.api.enterBallot({ electionId: locked.electionId, struck: ['c04'] }));
    expect(unwrap(locked.app.api.verifyAudit({}))).toMatchObject({ sound: true, differences: [] });
  });
});
