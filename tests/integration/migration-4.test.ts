import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { buildApi } from '../../src-main/api/build-api';
import { tempDir, unwrap } from '../helpers/api';
import { chairWithSetup, stationFrom } from '../helpers/stations';

describe('migration 4: a station holds only its team key', () => {
  it('leaves a file of before as the chair’s: its key is the congress key, and it signs for every team', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Đại hội cũ', 'delegates', 40, '2025-01-01T00:00:00.000Z')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
    expect(schemaVersion(db)).toBe(2);
    db.close();

    const store = Store.open(path);
    expect(schemaVersion(store.db)).toBeGreaterThanOrEqual(4);
    expect(store.getCongressIdentity(1)?.team).toBeNull();
    const api = buildApi({ store });
    const teams = ['Tổ 1', 'Tổ 2'].map((name) => unwrap(api.createTeam({ congressId: 1, name })).teamId);
    expect(teams.map((teamId) => (JSON.parse(unwrap(api.exportSetupPackage({ congressId: 1, teamId })).text) as { team: string }).team)).toEqual(['Tổ 1', 'Tổ 2']);
    store.close();
  });

  it('binds a station’s file to its team for good', () => {
    const chair = chairWithSetup();
    const station = stationFrom(chair.setups['Tổ 2'] as string, 'Máy B');
    const row = station.app.store.getCongressIdentity(station.congressId);
    expect(row?.team).toBe('Tổ 2');
    expect(() => station.app.store.db.prepare('UPDATE congress_identity SET team = NULL').run()).toThrow(/never changes/);
    expect(() => station.app.store.db.prepare("INSERT INTO congress_identity (congress_id, identity, signing_key, team, created_at) VALUES (99, ?, ?, '', 'x')").run('1'.repeat(32), '2'.repeat(64))).toThrow(/CHECK|FOREIGN KEY/);
  });
});
