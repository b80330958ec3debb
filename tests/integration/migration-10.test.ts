import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { tempDir } from '../helpers/api';

describe('migration 10: a second look at the scanned papers where it matters', () => {
  it('gives the elections of before the margin of 2, and keeps second looks as history', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
    db.prepare("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Đại hội cũ', 'delegates', 40, '2025-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO elections (congress_id, key, position, office, seats) VALUES (1, 'bch', 1, 'cap_uy', 3)").run();
    db.close();
    const store = Store.open(path);
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(store.getElection(1)?.scanMargin).toBe(2);
    store.insertScanCheck(1, { kind: 'spot', at: '2025-06-20T10:00:00.000Z', operator: 'Chủ tịch đoàn', seed: '4721', papers: [{ number: 3, agrees: true }] });
    expect(store.listScanChecks(1)).toEqual([{ kind: 'spot', at: '2025-06-20T10:00:00.000Z', operator: 'Chủ tịch đoàn', seed: '4721', papers: [{ number: 3, agrees: true }] }]);
    expect(() => store.db.prepare("UPDATE scan_checks SET operator = 'x'").run()).toThrow(/history/);
    expect(() => store.db.prepare('DELETE FROM scan_checks').run()).toThrow(/history/);
    expect(() => store.db.prepare('UPDATE elections SET scan_margin = -1').run()).toThrow(/CHECK/);
    store.close();
  });
});
