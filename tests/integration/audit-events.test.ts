import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ApiMethod } from '../../shared/api/contract';
import { API_METHODS } from '../../shared/api/method-names';
import { AUDIT_KINDS, type AuditKind } from '../../shared/audit/events';
import type { Result } from '../../shared/result';
import { teamsWorkspaceApi } from '../../src-main/app/teams-workspace-api';
import { Workspace, workspaceApi } from '../../src-main/app/workspace';
import { steppingClock, tempDir, unwrap } from '../helpers/api';
import { layoutA } from '../helpers/excel-layouts';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { chairWithSetup, stationFrom } from '../helpers/stations';
import { workbookBytes } from '../helpers/workbooks';
import { BALLOT_CASES } from './audit-events/ballots.cases';
import { DOUBLE_ENTRY_CASES } from './audit-events/double-entry.cases';
import { FILE_CASES } from './audit-events/files.cases';
import { changes, headOf } from './audit-events/harness';
import { SCAN_CASES } from './audit-events/scans.cases';
import { SETUP_CASES } from './audit-events/setup.cases';
import { WORKSPACE_CASES } from './audit-events/workspace.cases';

/**
 * The table of audit events per method (issue 10, item 2) is whole: every method of the contract
 * has a row (audit-events.*.test.ts run them), or is a pure read, listed here and shown to write nothing.
 */

const ROWS = [...SETUP_CASES, ...BALLOT_CASES, ...FILE_CASES, ...DOUBLE_ENTRY_CASES, ...WORKSPACE_CASES, ...SCAN_CASES];

/** Registered so that logs written by older versions still read; nothing writes them now. */
const WRITTEN_ONLY_BY_OLDER_VERSIONS: readonly AuditKind[] = ['election.unlock_refused'];

/** A chair's file with everything a read can show: ballots, a compared stack, a station's package to preview; and a workspace with a file open. */
async function everything() {
  const chair = chairWithSetup();
  const { app, congressId, electionId } = chair;
  const teamId = chair.teams['Tổ 1'] as number;
  const { ballotId } = unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'] }));
  unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c03', 'c04'] }));
  const { batchId } = unwrap(app.api.createBatch({ electionId, teamId, label: 'Chồng 1', size: 1 }));
  for (const [pass, operator] of [[1, 'An'], [2, 'Bình']] as const) {
    unwrap(app.api.enterReading({ batchId, pass, position: 1, struck: ['c05', 'c01'], operator }));
    unwrap(app.api.finishPass({ batchId, pass, operator }));
  }
  const station = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
  station.enter('Tổ 2', 2);
  const stationPackage = station.exportPackage('Tổ 2');
  const dir = tempDir();
  const ws = new Workspace({ documentsDir: dir, settingsDir: join(dir, 'cai-dat'), clock: steppingClock() });
  onTestFinished(() => ws.close());
  const shell = { ...workspaceApi(ws, 'browser'), ...teamsWorkspaceApi(ws, 'browser') };
  unwrap(await shell.createCongressFile({ fileName: 'dai-hoi', congress: { name: 'Đại hội', kind: 'members', summoned: 9 } }));
  const workbook = await workbookBytes([{ name: 'BCH', rows: layoutA() }]);
  const scans = tempDir();
  writeScans(scans, { 'quet.png': await scannedBallot(appLayout(app.store, electionId), [5]) });
  const scanId = unwrap(await app.api.scanFolder({ electionId, folder: scans })).taken[0]!.id;
  return { api: app.api, store: app.store, shell, wsStore: ws.current!.store, congressId, electionId, ballotId, batchId, stationPackage, workbook, scanId };
}

type Everything = Awaited<ReturnType<typeof everything>>;
type Read = (f: Everything) => Result<unknown> | Promise<Result<unknown>>;

/** The methods that only read (or compute, or make a file to save) and write nothing: each called here on `everything`. */
const READ_ONLY = {
  listCongresses: (f) => f.api.listCongresses(),
  getCongress: (f) => f.api.getCongress({ congressId: f.congressId }),
  getElection: (f) => f.api.getElection({ electionId: f.electionId }),
  listBallots: (f) => f.api.listBallots({ electionId: f.electionId }),
  ballotHistory: (f) => f.api.ballotHistory({ ballotId: f.ballotId }),
  tally: (f) => f.api.tally({ electionId: f.electionId }),
  tallyCongress: (f) => f.api.tallyCongress({ congressId: f.congressId }),
  finalResults: (f) => f.api.finalResults({ congressId: f.congressId }),
  exportCongressFile: (f) => f.api.exportCongressFile({ congressId: f.congressId }),
  listAudit: (f) => f.api.listAudit({}),
  verifyAudit: (f) => f.api.verifyAudit({}),
  exportAudit: (f) => f.api.exportAudit({ format: 'json' }),
  minutesPdf: (f) => f.api.minutesPdf({ electionId: f.electionId, rehearsal: true }),
  summaryPdf: (f) => f.api.summaryPdf({ congressId: f.congressId, rehearsal: true }),
  previewExcelImport: (f) => f.api.previewExcelImport({ data: f.workbook, fileName: 'bch.xlsx' }),
  exportWorkbook: (f) => f.api.exportWorkbook({ congressId: f.congressId }),
  stationInfo: (f) => f.api.stationInfo({ congressId: f.congressId }),
  previewPackages: (f) => f.api.previewPackages({ congressId: f.congressId, packages: [{ label: 'to-2.json', content: f.stationPackage }] }),
  teamReconciliation: (f) => f.api.teamReconciliation({ electionId: f.electionId }),
  listBatches: (f) => f.api.listBatches({ electionId: f.electionId }),
  getBatch: (f) => f.api.getBatch({ batchId: f.batchId }),
  batchPass: (f) => f.api.batchPass({ batchId: f.batchId, pass: 1, operator: 'An' }),
  compareBatch: (f) => f.api.compareBatch({ batchId: f.batchId }),
  doubleEntryReport: (f) => f.api.doubleEntryReport({ electionId: f.electionId }),
  listScans: (f) => f.api.listScans({ electionId: f.electionId }),
  scanImage: (f) => f.api.scanImage({ scanId: f.scanId }),
  secondLook: (f) => f.api.secondLook({ electionId: f.electionId }),
  secondLookCrops: (f) => f.api.secondLookCrops({ electionId: f.electionId, candidateIds: ['c01', 'c05'] }),
  spotCheckDraw: (f) => f.api.spotCheckDraw({ electionId: f.electionId, seed: '4721' }),
  browseFolders: (f) => f.api.browseFolders({}),
  workspaceInfo: (f) => f.shell.workspaceInfo(),
  recentFiles: (f) => f.shell.recentFiles(),
  listCongressFiles: (f) => f.shell.listCongressFiles(),
  listBackups: (f) => f.shell.listBackups(),
  previewExcelFile: (f) => f.shell.previewExcelFile({ data: f.workbook, fileName: 'bch.xlsx' }),
} satisfies Partial<Record<ApiMethod, Read>>;

describe('the table of audit events per method', () => {
  it('has one row for every method of the contract that is not a pure read, and none for a read', () => {
    const rows: string[] = ROWS.map((row) => row.method);
    const reads: string[] = Object.keys(READ_ONLY);
    expect(rows.filter((method, i) => rows.indexOf(method) !== i)).toEqual([]);
    expect(API_METHODS.filter((method) => !rows.includes(method) && !reads.includes(method))).toEqual([]); // a new method without a row is named here
    expect(rows.filter((method) => reads.includes(method))).toEqual([]);
    expect(rows.length + reads.length).toBe(API_METHODS.length);
  });

  it('between its rows appends every kind of the registry, but those only older versions wrote', () => {
    const appended = new Set(ROWS.flatMap((row) => row.kinds));
    expect(AUDIT_KINDS.filter((kind) => !appended.has(kind) && !WRITTEN_ONLY_BY_OLDER_VERSIONS.includes(kind))).toEqual([]);
    expect(WRITTEN_ONLY_BY_OLDER_VERSIONS.filter((kind) => appended.has(kind))).toEqual([]);
  });

  it('the pure reads succeed and append nothing, to the file they read or any other', async () => {
    const f = await everything();
    const before = [headOf(f.store), headOf(f.wsStore)];
    for (const [method, read] of Object.entries(READ_ONLY) as [string, Read][]) {
      const store = method in f.shell ? f.wsStore : f.store;
      await changes(store, () => read(f), () => []);
      expect([method, headOf(f.store), headOf(f.wsStore)]).toEqual([method, ...before]);
    }
    expect(unwrap(f.api.verifyAudit({})).sound).toBe(true);
  });
});
