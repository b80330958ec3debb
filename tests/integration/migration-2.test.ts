import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { buildApi } from '../../src-main/api/build-api';
import { tempDir, unwrap } from '../helpers/api';

describe('migration 2: several teams, double entry', () => {
  it('brings a file of the counting core up to date: its congress gets an identity and a key, the machine a station id', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Đại hội cũ', 'delegates', 40, '2025-01-01T00:00:00.000Z')").run();
    db.close();

    const store = Store.open(path);
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
    const identity = store.getCongressIdentity(1);
    expect(identity?.identity).toMatch(/^[0-9a-f]{32}$/);
    expect(identity?.signingKey).toMatch(/^[0-9a-f]{64}$/);
    expect(store.getMeta('station.id')).toMatch(/^[0-9a-f]{32}$/);
    expect(() => store.db.prepare("UPDATE congress_identity SET signing_key = ?").run('0'.repeat(64))).toThrow(/never changes/);
    // The old file can now sign packages.
    const api = buildApi({ store });
    const { teamId } = unwrap(api.createTeam({ congressId: 1, name: 'Tổ 1' }));
    expect(unwrap(api.exportSetupPackage({ congressId: 1, teamId })).text).toContain(identity?.identity);
    store.close();
  });

  it('refuses what its constraints forbid: the same operator for both passes, a reading of a closed stack, a merged package changed', () => {
    const store = Store.open(join(tempDir(), 'moi.kiemphieu'));
    const api = buildApi({ store });
    const { congressId } = unwrap(api.createCongress({ name: 'Đại hội', kind: 'delegates', summoned: 10 }));
    const { electionId } = unwrap(api.createElection({ congressId, office: 'cap_uy', seats: 1 }));
    const batchId = store.insertBatch({ electionId, teamId: null, label: 'A', size: 1, createdBy: '', createdAt: 'now' });
    store.updateBatch(batchId, { pass1Operator: 'An' });
    expect(() => store.updateBatch(batchId, { pass2Operator: 'An' })).toThrow(/CHECK/);
    expect(() => store.updateBatch(batchId, { status: 'reconciled', closedAt: 'now' })).toThrow(/CHECK/);
    store.insertStationPackage({ congressId, sha256: 'a'.repeat(64), label: 'x', teamName: 'Tổ 1', stationId: 's', stationName: 'S', createdAt: 'now', mergedAt: 'now', operator: '', summary: {} });
    expect(() => store.db.prepare('DELETE FROM station_packages').run()).toThrow(/history/);
    store.close();
  });
});
