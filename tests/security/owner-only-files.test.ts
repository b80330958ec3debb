import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src-main/app/workspace';
import { lockDownSession } from '../../src-main/electron/security';
import { writeCongressFile } from '../../shared/congress-file/write';
import { runCli } from '../helpers/cli';
import { CHAIR_PIN, tempDir, unwrap } from '../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { layoutOf, scanCongress, scanSetup } from '../helpers/scan-congress';

/** The sample congress's committee election alone, its ballots still to be counted. */
function congressToScan() {
  return scanCongress((json) => {
    const bch = json.elections.find((e: { id: string }) => e.id === 'bch');
    json.elections = [Object.assign(bch, { ballots: [], ballotsIssued: 6, ballotsReturned: 5 })];
  });
}

/**
 * Issue 20, finding 5: the data folder and backups were 0755 and the `.kiemphieu` file 0644, so
 * another account on the machine read the congress key and the PIN hash. On POSIX (the CI is
 * Linux) every folder of congress data is now 0700 and every file in it 0600, and older ones are
 * tightened when opened. These tests run under the usual umask (022), which leaves 0644/0755.
 */

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Every path under `dir` (itself included) with its mode, for a message that names the loose one. */
function modes(dir: string): Record<string, string> {
  const found: Record<string, string> = { '.': modeOf(dir).toString(8) };
  const walk = (at: string, prefix: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      found[`${prefix}${name}`] = modeOf(path).toString(8);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
    }
  };
  walk(dir, '');
  return found;
}

/** What `modes` gives when every folder is 0700 and every file 0600. */
function ownerOnly(dir: string): Record<string, string> {
  return Object.fromEntries(Object.keys(modes(dir)).map((name) => [name, statSync(join(dir, name)).isDirectory() ? '700' : '600']));
}

async function congressWithScansAndBackups(dataDir: string) {
  const clock = { now: () => new Date('2025-06-20T07:30:00.000Z') };
  const workspace = new Workspace({ documentsDir: join(dataDir, 'KiemPhieu'), settingsDir: join(dataDir, 'cai-dat'), clock });
  const file = unwrap(await workspace.createFile('dai-hoi', { name: 'Đại hội thử quyền tệp', kind: 'delegates', summoned: 20, chairPin: CHAIR_PIN }));
  const congressId = file.congressId as number;
  const { electionId } = unwrap(file.api.createElection({ congressId, office: 'cap_uy', seats: 2, ballotsReturned: 2 }));
  unwrap(file.api.addCandidates({ electionId, candidates: [{ name: 'Trần Văn Bảy' }, { name: 'Lê Thị Cúc' }, { name: 'Phạm Minh Đức' }] }));
  const folder = tempDir();
  writeScans(folder, { '1.png': await scannedBallot(appLayout(file.store, electionId), [1]) });
  unwrap(await file.api.scanFolder({ electionId, folder, operator: 'An' }));
  unwrap(file.api.enterBallot({ electionId, struck: ['c02'] }));
  unwrap(file.api.lockElection({ electionId, pin: CHAIR_PIN }));
  file.backups.backupNow('manual');
  unwrap(workspace.saveCopy('ban-sao'));
  return { workspace, file };
}

describe('congress data is its owner’s only (POSIX modes)', () => {
  it('writes the data folder, the settings, the congress file, its journal, backups, scans and a copy as 0700 folders and 0600 files', async () => {
    const dataDir = tempDir();
    const { workspace, file } = await congressWithScansAndBackups(dataDir);
    expect(existsSync(`${file.path}-wal`)).toBe(true);
    expect(existsSync(`${file.path}.scans`)).toBe(true);
    expect(readdirSync(`${file.path}.backups`).length).toBeGreaterThan(1);
    expect(modes(join(dataDir, 'KiemPhieu'))).toEqual(ownerOnly(join(dataDir, 'KiemPhieu')));
    expect(modes(join(dataDir, 'cai-dat'))).toEqual(ownerOnly(join(dataDir, 'cai-dat')));
    expect(modeOf(join(dataDir, 'cai-dat', 'recent.json'))).toBe(0o600);
    workspace.close();
  });

  it('a restore writes the restored file and the copy of what it replaced as 0600', async () => {
    const dataDir = tempDir();
    const { workspace, file } = await congressWithScansAndBackups(dataDir);
    const afterLock = file.backups.list().find((b) => b.reason === 'manual')?.name as string;
    unwrap(workspace.restoreBackup(afterLock, 'Chủ tịch'));
    expect(modes(join(dataDir, 'KiemPhieu'))).toEqual(ownerOnly(join(dataDir, 'KiemPhieu')));
    workspace.close();
  });

  it('tightens the folders and files an older version left readable by others, when the file is opened', async () => {
    const dataDir = tempDir();
    const { workspace, file } = await congressWithScansAndBackups(dataDir);
    workspace.close();
    const documents = join(dataDir, 'KiemPhieu');
    const loosen = (dir: string) => {
      for (const name of Object.keys(modes(dir))) chmodSync(join(dir, name), statSync(join(dir, name)).isDirectory() ? 0o755 : 0o644);
    };
    loosen(documents);
    loosen(join(dataDir, 'cai-dat'));
    expect(modeOf(file.path)).toBe(0o644);
    const again = new Workspace({ documentsDir: documents, settingsDir: join(dataDir, 'cai-dat') });
    unwrap(again.openFile(file.path));
    for (const path of [documents, file.path, `${file.path}.backups`, `${file.path}.scans`, join(dataDir, 'cai-dat')]) expect(modeOf(path), path).toBe(statSync(path).isDirectory() ? 0o700 : 0o600);
    for (const name of readdirSync(`${file.path}.backups`)) expect(modeOf(join(`${file.path}.backups`, name)), name).toBe(name === 'scans' ? 0o700 : 0o600);
    for (const name of readdirSync(`${file.path}.scans`)) expect(modeOf(join(`${file.path}.scans`, name)), name).toBe(0o600);
    again.close();
  });

  it('the command line writes congress files (merge, scan --count) and the images it keeps as 0600 in 0700 folders', async () => {
    const dir = tempDir();
    const first = join(dir, 'dai-hoi.json');
    writeFileSync(first, writeCongressFile(congressToScan()));
    chmodSync(first, 0o644);
    const merged = join(dir, 'gop.json');
    expect(runCli('merge', first, '-o', merged).status).toBe(0);
    expect(modeOf(merged)).toBe(0o600);
    const folder = join(dir, 'quet');
    mkdirSync(folder);
    writeScans(folder, { 'phieu-01.png': await scannedBallot(layoutOf(scanSetup('bch', congressToScan()), 4), [3, 7], { seed: 1 }) });
    chmodSync(merged, 0o644);
    expect(runCli('scan', merged, '--election', 'bch', folder, '--count', '--operator', 'Lê Văn Quét').status).toBe(0);
    expect(modeOf(merged)).toBe(0o600);
    expect(modes(`${merged}.scans`)).toEqual(ownerOnly(`${merged}.scans`));
    expect(readdirSync(`${merged}.scans`)).toHaveLength(2); // the image and its record
  });

  it('a file the desktop window saves (a setup package holding a team key) is made 0600 once written', () => {
    let download: ((event: unknown, item: unknown) => void) | null = null;
    lockDownSession({ setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, webRequest: { onHeadersReceived: () => undefined }, on: (_name: string, fn: never) => (download = fn) } as never);
    const saved = join(tempDir(), 'to-1.goi-thiet-lap.json');
    writeFileSync(saved, '{}');
    chmodSync(saved, 0o644);
    let done: ((event: unknown, state: string) => void) | null = null;
    download!({}, { getSavePath: () => saved, once: (_name: string, fn: never) => (done = fn) });
    done!({}, 'completed');
    expect(modeOf(saved)).toBe(0o600);
  });
});
