import { expect } from 'vitest';
import { deriveTeamKey } from '../../../src-main/services/station-keys';
import { openTestApp, setUpElection, unwrap, type TestApp } from '../../helpers/api';
import { layoutA } from '../../helpers/excel-layouts';
import { sampleText } from '../../helpers/samples';
import { chairWithSetup, stationFrom } from '../../helpers/stations';
import { workbookBytes } from '../../helpers/workbooks';
import { changes, ev, refused, writtenOf, type EventCase, type Logged } from './harness';

/** Every ballot row and election of the file, as a bulk change's `written` must hold them to rebuild it. */
function tablesOf(app: TestApp) {
  const ballots = app.store.db.prepare('SELECT election_id, uid, number, version FROM ballots ORDER BY id').all() as { election_id: number; uid: string; number: number; version: number }[];
  const elections = app.store.db.prepare('SELECT id, status FROM elections ORDER BY id').all() as { id: number; status: string }[];
  return { ballots: ballots.map((b) => [b.election_id, b.uid, b.number, b.version]), elections: elections.map((e) => [e.id, e.status]) };
}

/** A whole congress read into an empty file: its `written` rows are every ballot row and election of the tables. */
function expectWrittenIsTables(event: Logged | undefined, app: TestApp, what: { elections: boolean } = { elections: true }): void {
  const written = writtenOf(event);
  expect(written.ballots.map((row) => row.slice(0, 4))).toEqual(tablesOf(app).ballots);
  if (what.elections) expect(written.elections).toEqual(tablesOf(app).elections);
}

/** Whole congresses read in (a congress file, a workbook), setup and station packages, merges. */
export const FILE_CASES: readonly EventCase[] = [
  {
    method: 'importCongressFile',
    kinds: ['congress.imported'],
    async run() {
      const app = openTestApp();
      await refused(app.store, () => app.api.importCongressFile({ content: '{"format": "kiem-phieu.congress", "version": 1' }), 'INVALID_CONGRESS_FILE');
      const { value, events } = await changes(app.store, () => app.api.importCongressFile({ content: sampleText('dai-hoi-mau.json'), operator: 'Thư ký' }), (summary) => [
        ev('congress.imported', { congressId: summary.congressId, operator: 'Thư ký' }, { congressId: summary.congressId, sha256: summary.sha256, ballots: summary.ballots }),
      ]);
      expect(value.ballots).toBeGreaterThan(0);
      expectWrittenIsTables(events[0], app);
      return [app.api];
    },
  },
  {
    method: 'importExcel',
    kinds: ['congress.imported_excel'],
    async run() {
      const app = openTestApp();
      const rows = layoutA();
      (rows[9] as unknown[])[3] = 'xx';
      await refused(app.store, async () => app.api.importExcel({ data: await workbookBytes([{ name: 'BCH', rows }]) }), 'EXCEL_IMPORT_REJECTED');
      const data = await workbookBytes([{ name: 'BCH', rows: layoutA() }]);
      const { events } = await changes(app.store, () => app.api.importExcel({ data, fileName: 'bch.xlsx', options: { kind: 'members' }, operator: 'Thư ký' }), (summary) => [
        ev('congress.imported_excel', { congressId: summary.congressId, operator: 'Thư ký' }, { sha256: summary.sha256, fileName: 'bch.xlsx', source: 'legacy', ballots: 13 }),
      ]);
      expect(writtenOf(events[0]).ballots).toHaveLength(13);
      expectWrittenIsTables(events[0], app);
      return [app.api];
    },
  },
  {
    method: 'exportSetupPackage',
    kinds: ['setup_package.exported'],
    async run() {
      const app = openTestApp();
      const { congressId, teamId } = setUpElection(app);
      const { events } = await changes(app.store, () => app.api.exportSetupPackage({ congressId, teamId, operator: 'Thư ký' }), () => [ev('setup_package.exported', { congressId, operator: 'Thư ký' }, { teamId, team: 'Tổ 1' })]);
      const identity = app.store.getCongressIdentity(congressId)!;
      expect(JSON.stringify(events)).not.toContain(deriveTeamKey(identity, 'Tổ 1')); // the team's key leaves in the package, never in the log
      expect(JSON.stringify(events)).not.toContain(identity.signingKey);
      await refused(app.store, () => app.api.exportSetupPackage({ congressId, teamId: 99 }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'loadSetupPackage',
    kinds: ['setup_package.loaded'],
    async run() {
      const chair = chairWithSetup();
      const setup = chair.setups['Tổ 1'] as string;
      const station = openTestApp();
      await refused(station.store, () => station.api.loadSetupPackage({ label: 'goi.json', content: setup.replace('Tổ 1', 'Tổ 9'), stationName: 'Máy A' }), 'PACKAGE_TAMPERED');
      const { events } = await changes(station.store, () => station.api.loadSetupPackage({ label: 'goi.json', content: setup, stationName: 'Máy A', operator: 'Máy A' }), (loaded) => [
        ev('setup_package.loaded', { congressId: loaded.congressId, operator: 'Máy A' }, { label: 'goi.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), station: expect.objectContaining({ name: 'Máy A' }) }),
      ]);
      expectWrittenIsTables(events[0], station);
      await refused(station.store, () => station.api.loadSetupPackage({ label: 'goi.json', content: setup, stationName: 'Máy A' }), 'DUPLICATE');
      return [chair.app.api, station.api];
    },
  },
  {
    method: 'setStationName',
    kinds: ['station.renamed'],
    async run() {
      const station = stationFrom(chairWithSetup().setups['Tổ 1'] as string, 'Máy A');
      await changes(station.app.store, () => station.app.api.setStationName({ name: 'Máy bàn số 3', operator: 'Tổ trưởng' }), () => [ev('station.renamed', { operator: 'Tổ trưởng' }, { from: 'Máy A', to: 'Máy bàn số 3' })]);
      await refused(station.app.store, () => station.app.api.setStationName({ name: '  ' }), 'INVALID_INPUT');
      return [station.app.api];
    },
  },
  {
    method: 'exportStationPackage',
    kinds: ['station_package.exported'],
    async run() {
      const chair = chairWithSetup();
      const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
      station.enter('Tổ 1', 3);
      const teamId = station.teamId('Tổ 1');
      await changes(station.app.store, () => station.app.api.exportStationPackage({ congressId: station.congressId, teamId, operator: 'Máy A' }), () => [
        ev('station_package.exported', { congressId: station.congressId, operator: 'Máy A' }, { teamId, team: 'Tổ 1', ballots: 3, leftOut: 0 }),
      ]);
      await refused(station.app.store, () => station.app.api.exportStationPackage({ congressId: station.congressId, teamId: 99 }), 'NOT_FOUND');
      return [chair.app.api, station.app.api];
    },
  },
  {
    method: 'mergePackages',
    kinds: ['packages.merged'],
    async run() {
      const chair = chairWithSetup();
      const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
      station.enter('Tổ 1', 3);
      const content = station.exportPackage('Tổ 1');
      const { congressId } = chair;
      const { events } = await changes(chair.app.store, () => chair.app.api.mergePackages({ congressId, packages: [{ label: 'to-1.json', content }], operator: 'Thư ký' }), () => [
        ev('packages.merged', { congressId, operator: 'Thư ký' }, { label: 'to-1.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), team: 'Tổ 1', acceptCorrections: false }),
      ]);
      expect(writtenOf(events[0]).ballots.map((row) => row[1])).toEqual(['Máy A-1', 'Máy A-2', 'Máy A-3']);
      expectWrittenIsTables(events[0], chair.app, { elections: false }); // a merge adds ballots to elections the chair has
      await refused(chair.app.store, () => chair.app.api.mergePackages({ congressId, packages: [{ label: 'lai.json', content }] }), 'PACKAGE_DUPLICATE');
      return [chair.app.api, station.app.api];
    },
  },
];
