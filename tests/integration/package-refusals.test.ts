import { describe, expect, it } from 'vitest';
import { openStationPackage } from '../../src-main/services/packages';
import { congressTeamKeys } from '../../src-main/services/station-keys';
import { failure, openTestApp, unwrap } from '../helpers/api';
import { resignedAs } from '../helpers/packages';
import { chairWithSetup, stationFrom, teamKeyOf, type Chair } from '../helpers/stations';
import { ERROR_CODES } from '../../shared/api/errors';

/** The keys the chair checks packages with: every team's, derived from the congress key. */
function keysOf(chair: Chair) {
  const row = chair.app.store.getCongressIdentity(chair.congressId);
  if (!row) throw new Error('no identity');
  return congressTeamKeys(row, () => Object.keys(chair.teams));
}

/** Nothing of a refused package is in the chair's file: no ballot, no merge event. */
function expectNothingMerged(chair: Chair) {
  expect(unwrap(chair.app.api.tally({ electionId: chair.electionId })).ballots.counted).toBe(0);
  expect(unwrap(chair.app.api.listAudit({ kind: 'packages.merged' }))).toEqual([]);
  expect(unwrap(chair.app.api.stationInfo({ congressId: chair.congressId })).packages).toEqual([]);
}

describe('a bad package is refused with its name and the reason, and nothing is merged', () => {
  it('refuses a package with any one byte changed', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 2);
    const bytes = Buffer.from(station.exportPackage('Tổ 1'), 'utf8');
    const key = keysOf(chair);
    expect(openStationPackage(bytes.toString('utf8'), 'goc.json', key).ok).toBe(true);
    const accepted: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = (changed[i] as number) ^ 0x01;
      if (openStationPackage(changed.toString('utf8'), 'sua.json', key).ok) accepted.push(i);
    }
    expect(accepted).toEqual([]);
  });

  it('says the signature does not match when a figure is changed and the file kept tidy', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 3);
    const text = station.exportPackage('Tổ 1');
    const tampered = text.replace('"c01"', '"c02"') === text ? text.replace('"c02"', '"c03"') : text.replace('"c01"', '"c02"');
    expect(tampered).not.toBe(text);
    const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'to1-sua.json', content: tampered }] }));
    expect(error.code).toBe(ERROR_CODES.packageTampered);
    expect(error.message).toMatch(/^Không gộp gói nào\. Gói "to1-sua\.json": /);
    expect(error.message).toMatch(/chữ ký không khớp|sửa bên ngoài chương trình/);
    const reindented = JSON.stringify(JSON.parse(text), null, 2);
    expect(failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'dep.json', content: reindented }] })).message).toContain('đã bị sửa bên ngoài chương trình');
    expectNothingMerged(chair);
  });

  it('refuses, as changed, a package with a number JSON cannot hold (read as infinity)', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 2);
    const text = station.exportPackage('Tổ 1');
    const huge = text.replace(/"events":\d+/, '"events":1e999');
    expect(huge).not.toBe(text);
    const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'so-lon.json', content: huge }] }));
    expect(error.code).toBe(ERROR_CODES.packageTampered);
    expect(error.message).toContain('Gói "so-lon.json": tệp đã bị sửa bên ngoài chương trình');
    expectNothingMerged(chair);
  });

  it('refuses a package of another congress', () => {
    const chair = chairWithSetup();
    const other = chairWithSetup();
    const station = stationFrom(other.setups['Tổ 1'] as string, 'Máy lạ');
    station.enter('Tổ 1', 2);
    const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'dai-hoi-khac.json', content: station.exportPackage('Tổ 1') }] }));
    expect(error.code).toBe(ERROR_CODES.packageForeign);
    expect(error.message).toContain('Gói "dai-hoi-khac.json": gói của một đại hội khác');
    expectNothingMerged(chair);
  });

  it('refuses a truncated package, an empty file and the wrong kind of file', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 2);
    const text = station.exportPackage('Tổ 1');
    const cut = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'cat-ngang.json', content: text.slice(0, Math.floor(text.length / 2)) }] }));
    expect(cut.code).toBe(ERROR_CODES.packageUnreadable);
    expect(cut.message).toContain('Gói "cat-ngang.json": tệp bị cắt cụt hoặc hỏng');
    expect(failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'rong.json', content: '' }] })).message).toContain('tệp rỗng');
    const setup = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'thiet-lap.json', content: chair.setups['Tổ 1'] as string }] }));
    expect(setup.code).toBe(ERROR_CODES.packageWrongKind);
    expect(setup.message).toContain('đây là gói thiết lập');
    expectNothingMerged(chair);
  });

  it('refuses a package signed with another team’s key, naming the team it claims and the team whose key signed it', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    station.enter('Tổ 1', 2);
    const own = JSON.parse(station.exportPackage('Tổ 1')) as Record<string, unknown>;
    // Signed with Tổ 1's key (the one its setup package holds) but claiming Tổ 2: header only, and header and ballots.
    const asTeam2 = JSON.parse(JSON.stringify(own).replaceAll('"Tổ 1"', '"Tổ 2"')) as Record<string, unknown>;
    for (const [label, fields] of [['doi-to.json', own], ['doi-ca-phieu.json', asTeam2]] as const) {
      const forged = resignedAs(fields, { ...teamKeyOf(chair, 'Tổ 1'), team: 'Tổ 2' });
      const error = failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label, content: forged }] }));
      expect(error.code, label).toBe(ERROR_CODES.packageWrongTeam);
      expect(error.message, label).toBe(`Không gộp gói nào. Gói "${label}": gói ghi là của "Tổ 2" nhưng được ký bằng khóa của "Tổ 1": máy trạm của một tổ chỉ gửi được số liệu của tổ mình`);
    }
    // Signed with the key of the team it claims, the same content would merge.
    expect(unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'to-2.json', content: resignedAs(asTeam2, teamKeyOf(chair, 'Tổ 2')) }] })).canMerge).toBe(true);
    expectNothingMerged(chair);
  });

  it('a good package beside a bad one is not merged either', () => {
    const chair = chairWithSetup();
    const a = stationFrom(chair.setups['Tổ 1'] as string, 'Máy A');
    const b = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    a.enter('Tổ 1', 2);
    b.enter('Tổ 2', 2);
    const good = a.exportPackage('Tổ 1');
    const bad = b.exportPackage('Tổ 2').replace('"Tổ 2"', '"Tổ 3"');
    const preview = unwrap(chair.app.api.previewPackages({ congressId: chair.congressId, packages: [{ label: 'tot.json', content: good }, { label: 'xau.json', content: bad }] }));
    expect(preview.packages.map((p) => p.ok)).toEqual([true, false]);
    expect(preview.canMerge).toBe(false);
    expect(failure(chair.app.api.mergePackages({ congressId: chair.congressId, packages: [{ label: 'tot.json', content: good }, { label: 'xau.json', content: bad }] })).message).toContain('Gói "xau.json"');
    expectNothingMerged(chair);
  });

  it('a damaged setup package is refused at the station, and its file stays empty; a file with a congress takes none', () => {
    const chair = chairWithSetup();
    const fresh = openTestApp();
    const setup = chair.setups['Tổ 1'] as string;
    const damaged = setup.replace('Trần Văn Bảy', 'Trần Văn Bẩy');
    expect(damaged).not.toBe(setup);
    const error = failure(fresh.api.loadSetupPackage({ label: 'thiet-lap.json', content: damaged, stationName: 'Máy A' }));
    expect(error.code).toBe(ERROR_CODES.packageTampered);
    expect(error.message).toContain('Gói "thiet-lap.json": chữ ký không khớp');
    expect(unwrap(fresh.api.listCongresses())).toEqual([]);
    expect(unwrap(fresh.api.listAudit({}))).toEqual([]);
    expect(failure(chair.app.api.loadSetupPackage({ label: 'x.json', content: setup, stationName: 'B' })).message).toContain('đã có đại hội');
  });
});
