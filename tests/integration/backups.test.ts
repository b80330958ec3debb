import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { Workspace } from '../../src-main/app/workspace';
import { Store } from '../../src-main/db/store';
import { tempDir, unwrap } from '../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { chairWithSetup, stationFrom } from '../helpers/stations';

/** A clock the test moves by hand. */
function handClock(start = '2025-06-20T07:30:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function openWorkspace(keep = 20) {
  const dir = tempDir();
  const clock = handClock();
  const workspace = new Workspace({ documentsDir: dir, settingsDir: dir, clock, backupPolicy: { keep, intervalMs: 5 * 60_000 } });
  const file = unwrap(await workspace.createFile('dai-hoi', { name: 'Đại hội thử sao lưu', kind: 'delegates', summoned: 20, chairPin: '123456' }));
  const { api } = file;
  const congressId = file.congressId as number;
  const { electionId } = unwrap(api.createElection({ congressId, office: 'cap_uy', seats: 2, ballotsReturned: null }));
  unwrap(api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }, { name: 'Phạm Minh Đức' }] }));
  const enter = (n: number) => {
    for (let i = 0; i < n; i++) unwrap(workspace.current!.api.enterBallot({ electionId, struck: ['c01'], operator: 'An' }));
  };
  return { workspace, clock, congressId, electionId, enter, reasons: () => workspace.current!.backups.list().map((b) => b.reason) };
}

describe('backups beside the congress file', () => {
  it('copies after a lock at once, and while changes happen at most every five minutes', async () => {
    const { workspace, clock, electionId, enter, reasons } = await openWorkspace();
    expect(reasons()).toEqual(['periodic']); // the first change after opening
    enter(3);
    expect(reasons()).toEqual(['periodic']);
    clock.advance(4 * 60_000);
    enter(1);
    expect(reasons()).toEqual(['periodic']);
    clock.advance(60_000);
    expect(workspace.current!.backups.tick()?.reason).toBe('periodic');
    expect(workspace.current!.backups.tick()).toBeNull();
    clock.advance(10 * 60_000);
    expect(workspace.current!.backups.tick()).toBeNull(); // nothing changed since
    unwrap(workspace.current!.api.lockElection({ pin: '123456', electionId, operator: 'Chủ tịch' }));
    expect(reasons()).toEqual(['lock', 'periodic', 'periodic']);
    const dir = workspace.current!.backups.dir;
    expect(dir).toBe(`${workspace.current!.path}.backups`);
    const locked = Store.open(workspace.current!.backups.list()[0]!.path);
    expect(locked.getElection(electionId)?.status).toBe('locked');
    expect(locked.verifyAuditChain().intact).toBe(true);
    locked.close();
  });

  it('copies after a merge of station packages, and keeps the last N', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 2);
    const dir = tempDir();
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir, backupPolicy: { keep: 3, intervalMs: 60 * 60_000 } });
    chair.app.store.copyTo(join(dir, 'chu-tich.kiemphieu'));
    const file = unwrap(workspace.openFile(join(dir, 'chu-tich.kiemphieu')));
    unwrap(file.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'a.json', content: station.exportPackage('Tổ 1') }] }));
    expect(file.backups.list().map((b) => b.reason)).toEqual(['merge']);
    for (let i = 0; i < 4; i++) file.backups.backupNow('manual');
    expect(file.backups.list().map((b) => b.reason)).toEqual(['manual', 'manual', 'manual']);
    workspace.close();
  });

  it('restores a backup after saving the current state, through the backend, and says so in the log', async () => {
    const { workspace, electionId, enter } = await openWorkspace();
    const backend = createBackend(workspace, 'browser');
    enter(3);
    const kept = unwrap(await backend.invoke('backupNow', {})) as { name: string };
    enter(2);
    const listed = unwrap(await backend.invoke('listBackups', {})) as { backups: { name: string; label: string }[] };
    expect(listed.backups.map((b) => b.label)).toContain('sao lưu theo yêu cầu');
    const restored = unwrap(await backend.invoke('restoreBackup', { name: kept.name, operator: 'Chủ tịch' })) as { saved: { name: string }; auditIntact: boolean };
    expect(restored.auditIntact).toBe(true);
    expect(unwrap(workspace.current!.api.tally({ electionId })).ballots.counted).toBe(3);
    expect(unwrap(workspace.current!.api.listAudit({ kind: 'backup.restored' })).map((e) => JSON.parse(e.payload))).toEqual([{ from: kept.name, backupAt: expect.any(String), savedCurrentAs: restored.saved.name, reason: null, replaced: { seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), copy: expect.stringContaining(restored.saved.name) }, locksUndone: [], pins: [expect.objectContaining({ failures: 0, waitUntil: null, tries: [] })] }]);
    // The state before the restore was kept, and can itself be restored.
    unwrap(await backend.invoke('restoreBackup', { name: restored.saved.name }));
    expect(unwrap(workspace.current!.api.tally({ electionId })).ballots.counted).toBe(5);
    expect(existsSync(`${workspace.current!.path}.restoring`)).toBe(false);
    const refused = await backend.invoke('restoreBackup', { name: '../../etc/passwd' });
    expect(refused.ok).toBe(false);
    workspace.close();
  });
});

describe('the scanned images go with the file', () => {
  it('the backups keep every image, a copy of the file takes them along, and a restore brings back one deleted since', async () => {
    const { workspace, electionId } = await openWorkspace();
    const layout = appLayout(workspace.current!.store, electionId);
    const folder = tempDir();
    const image = await scannedBallot(layout, [1]);
    writeScans(folder, { '1.png': image, '2.png': 'không phải ảnh' });
    unwrap(await workspace.current!.api.scanFolder({ electionId, folder, operator: 'An' }));
    const evidence = `${workspace.current!.path}.scans`;
    const names = readdirSync(evidence).sort();
    expect(names).toHaveLength(2);
    const kept = workspace.current!.backups.backupNow('manual');
    expect(readdirSync(workspace.current!.backups.scansDir).sort()).toEqual(names);

    const copy = unwrap(workspace.saveCopy('ban-sao'));
    expect(readdirSync(`${copy.path}.scans`).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(`${copy.path}.scans`, name))).toEqual(readFileSync(join(evidence, name)));

    for (const name of names) rmSync(join(evidence, name));
    unwrap(workspace.restoreBackup(kept.name, 'Chủ tịch'));
    expect(readdirSync(`${workspace.current!.path}.scans`).sort()).toEqual(names);
    const shown = await workspace.current!.api.scanImage({ scanId: workspace.current!.store.listScans(electionId)[0]!.id });
    expect(shown.ok).toBe(true);
    workspace.close();
  });
});
