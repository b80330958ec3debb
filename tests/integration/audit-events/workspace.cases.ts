import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { buildApi } from '../../../src-main/api/build-api';
import { teamsWorkspaceApi } from '../../../src-main/app/teams-workspace-api';
import { Workspace, workspaceApi } from '../../../src-main/app/workspace';
import { Store } from '../../../src-main/db/store';
import { CHAIR_PIN, failure, openTestApp, setUpElection, steppingClock, tempDir, unwrap } from '../../helpers/api';
import { layoutA } from '../../helpers/excel-layouts';
import { sampleText } from '../../helpers/samples';
import { chairWithSetup } from '../../helpers/stations';
import { workbookBytes } from '../../helpers/workbooks';
import { changes, ev, headOf, logOf, refused, type EventCase } from './harness';

const congress = { name: 'Đại hội Chi bộ Khu phố 3', kind: 'members' as const, summoned: 30, chairPin: CHAIR_PIN, operator: 'Thư ký' };

/** A workspace (the shells' methods) in its own folder, closed when the test ends. */
function workspace() {
  const dir = tempDir();
  const ws = new Workspace({ documentsDir: dir, settingsDir: join(dir, 'cai-dat'), clock: steppingClock() });
  onTestFinished(() => ws.close());
  const api = { ...workspaceApi(ws, 'browser'), ...teamsWorkspaceApi(ws, 'browser') };
  const open = () => {
    if (!ws.current) throw new Error('no file open');
    return ws.current;
  };
  return { ws, api, dir, open };
}

/** A file made with the api and closed, with an election and two ballots, for the workspace to open. */
function fileOnDisk(dir: string) {
  const app = openTestApp(join(dir, 'co-san.kiemphieu'));
  const { electionId } = setUpElection(app, { seats: 4, ballotsReturned: 2 });
  unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
  unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
  const head = headOf(app.store);
  app.store.close();
  return { path: app.path, electionId, head };
}

/** A new file's whole log once the workspace has made it and opened it. */
function newFileLog(ws: Workspace): ReturnType<typeof logOf> {
  expect(ws.current).not.toBeNull();
  return logOf((ws.current as NonNullable<typeof ws.current>).store);
}

/** The shells' methods: new files (typed, from a workbook, a congress file, a setup package), opening, copies, backups. */
export const WORKSPACE_CASES: readonly EventCase[] = [
  {
    method: 'createCongressFile',
    kinds: ['congress.created'],
    async run() {
      const { ws, api, dir, open } = workspace();
      expect(failure(await api.createCongressFile({ fileName: 'sai', congress: { ...congress, summoned: -1 } })).code).toBe('INVALID_INPUT');
      expect(existsSync(join(dir, 'sai.kiemphieu'))).toBe(false);
      const info = unwrap(await api.createCongressFile({ fileName: 'dai-hoi', congress }));
      expect(newFileLog(ws)).toEqual([ev('congress.created', { congressId: info.congressId, operator: 'Thư ký' }, { name: congress.name, chairPinSet: true })]);
      await refused(open().store, () => api.createCongressFile({ fileName: 'dai-hoi', congress }), 'DUPLICATE');
      return [open().api];
    },
  },
  {
    method: 'createCongressFileFromExcel',
    kinds: ['congress.imported_excel'],
    async run() {
      const { ws, api, dir, open } = workspace();
      const rows = layoutA();
      (rows[9] as unknown[])[3] = 'xx';
      expect(failure(await api.createCongressFileFromExcel({ newFileName: 'hong', data: await workbookBytes([{ name: 'BCH', rows }]) })).code).toBe('EXCEL_IMPORT_REJECTED');
      expect(existsSync(join(dir, 'hong.kiemphieu'))).toBe(false);
      const info = unwrap(await api.createCongressFileFromExcel({ newFileName: 'tu-excel', data: await workbookBytes([{ name: 'BCH', rows: layoutA() }]), fileName: 'bch.xlsx', options: { kind: 'members' }, operator: 'Thư ký' }));
      expect(newFileLog(ws)).toEqual([ev('congress.imported_excel', { congressId: info.congressId, operator: 'Thư ký' }, { fileName: 'bch.xlsx', ballots: 13 })]);
      return [open().api];
    },
  },
  {
    method: 'createCongressFileFromCongressFile',
    kinds: ['congress.imported'],
    async run() {
      const { ws, api, dir, open } = workspace();
      expect(failure(await api.createCongressFileFromCongressFile({ newFileName: 'hong', content: '{}' })).code).toBe('INVALID_CONGRESS_FILE');
      expect(existsSync(join(dir, 'hong.kiemphieu'))).toBe(false);
      const info = unwrap(await api.createCongressFileFromCongressFile({ newFileName: 'tu-tep', content: sampleText('dai-hoi-mau.json'), operator: 'Thư ký' }));
      expect(newFileLog(ws)).toEqual([ev('congress.imported', { congressId: info.congressId, operator: 'Thư ký' }, { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
      return [open().api];
    },
  },
  {
    method: 'createCongressFileFromSetup',
    kinds: ['setup_package.loaded'],
    async run() {
      const { ws, api, dir, open } = workspace();
      const setup = chairWithSetup().setups['Tổ 1'] as string;
      expect(failure(await api.createCongressFileFromSetup({ fileName: 'hong', label: 'goi.json', content: setup.replace('Tổ 1', 'Tổ 9'), stationName: 'Máy A' })).code).toBe('PACKAGE_TAMPERED');
      expect(existsSync(join(dir, 'hong.kiemphieu'))).toBe(false);
      const info = unwrap(await api.createCongressFileFromSetup({ fileName: 'may-a', label: 'goi.json', content: setup, stationName: 'Máy A', operator: 'Máy A' }));
      expect(newFileLog(ws)).toEqual([ev('setup_package.loaded', { congressId: info.congressId, operator: 'Máy A' }, { label: 'goi.json', team: 'Tổ 1' })]);
      return [open().api];
    },
  },
  {
    method: 'openCongressFile',
    kinds: [],
    async run() {
      const { api, dir, open } = workspace();
      const file = fileOnDisk(dir);
      writeFileSync(join(dir, 'khong-phai.kiemphieu'), 'không phải hồ sơ');
      expect(failure(api.openCongressFile({ path: join(dir, 'khong-phai.kiemphieu') })).code).toBe('NOT_A_CONGRESS_FILE');
      unwrap(api.openCongressFile({ path: file.path }));
      expect(headOf(open().store)).toBe(file.head); // opening a file writes nothing in it
      return [open().api];
    },
  },
  {
    method: 'closeCongressFile',
    kinds: [],
    async run() {
      const { api, dir } = workspace();
      const file = fileOnDisk(dir);
      unwrap(api.openCongressFile({ path: file.path }));
      unwrap(api.closeCongressFile());
      const store = Store.open(file.path);
      onTestFinished(() => store.close());
      expect(headOf(store)).toBe(file.head);
      expect(unwrap(api.workspaceInfo()).path).toBeNull();
      return [buildApi({ store })];
    },
  },
  {
    method: 'saveCongressCopy',
    kinds: [],
    async run() {
      const { api, dir, open } = workspace();
      const file = fileOnDisk(dir);
      unwrap(api.openCongressFile({ path: file.path }));
      const { value } = await changes(open().store, () => api.saveCongressCopy({ fileName: 'ban-sao', operator: 'Thư ký' }), () => []);
      await refused(open().store, () => api.saveCongressCopy({ fileName: 'ban-sao' }), 'DUPLICATE');
      const copy = Store.open(value.path);
      onTestFinished(() => copy.close());
      expect(copy.lastAuditEvent()?.hash).toBe(open().store.lastAuditEvent()?.hash); // the copy's log is the file's, to the last event
      return [open().api];
    },
  },
  {
    method: 'backupNow',
    kinds: [],
    async run() {
      const { api, dir, open } = workspace();
      const file = fileOnDisk(dir);
      unwrap(api.openCongressFile({ path: file.path }));
      const { value } = await changes(open().store, () => api.backupNow({ operator: 'Thư ký' }), () => []);
      const backup = Store.open(value.path);
      onTestFinished(() => backup.close());
      expect(backup.lastAuditEvent()?.hash).toBe(open().store.lastAuditEvent()?.hash);
      expect(unwrap(open().api.verifyAudit({})).backupsCompared).toBe(1);
      return [open().api];
    },
  },
  {
    method: 'restoreBackup',
    kinds: ['backup.restored', 'pin.attempt_failed'],
    async run() {
      const { api, dir, open } = workspace();
      const file = fileOnDisk(dir);
      unwrap(api.openCongressFile({ path: file.path }));
      const before = unwrap(api.backupNow({}));
      const head = headOf(open().store);
      unwrap(open().api.lockElection({ pin: CHAIR_PIN, electionId: file.electionId, operator: 'Trưởng ban' }));
      const congressId = open().congressId as number;
      // The backup is from before the lock: restoring it reopens the election, so it takes the chair's PIN and a reason.
      await refused(open().store, () => api.restoreBackup({ name: before.name, operator: 'Chủ tịch' }), 'PIN_REQUIRED');
      await refused(open().store, () => api.restoreBackup({ name: before.name, pin: '000000', reason: 'Chốt nhầm', operator: 'Chủ tịch' }), 'WRONG_PIN', [
        ev('pin.attempt_failed', { congressId, operator: 'Chủ tịch' }, { action: 'restore', failures: 1 }),
      ]);
      const restored = unwrap(api.restoreBackup({ name: before.name, pin: CHAIR_PIN, reason: 'Chốt nhầm', operator: 'Chủ tịch' }));
      expect(logOf(open().store, head)).toEqual([
        ev('backup.restored', { congressId, operator: 'Chủ tịch' }, { from: before.name, savedCurrentAs: restored.saved.name, reason: 'Chốt nhầm', locksUndone: [{ electionId: file.electionId, title: 'Bầu Ban Chấp hành' }] }),
      ]);
      return [open().api];
    },
  },
];
