import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src-main/db/connection';
import { migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { tempDir } from '../helpers/api';

describe('migration 9: the same paper scanned twice', () => {
  it('keeps the marks the reader found for the scans taken before, and nothing is waiting on a pair', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 8));
    db.prepare("INSERT INTO congresses (name, kind, summoned, created_at) VALUES ('Đại hội cũ', 'delegates', 40, '2025-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO elections (congress_id, key, position, office, seats) VALUES (1, 'bch', 1, 'cap_uy', 3)").run();
    const insert = db.prepare("INSERT INTO scans (election_id, image, sha256, stored, status, reading, decision, operator, scanned_at) VALUES (1, ?, ?, ?, 'review', ?, 'pending', 'An', '2025-06-20T09:00:00Z')");
    insert.run('a.png', 'a'.repeat(64), `${'a'.repeat(64)}.png`, JSON.stringify({ reading: { status: 'review', sha256: 'a'.repeat(64), uncertain: [], marksDescriptor: 'm1/4/2@5:AAAA' }, program: { name: 'kiem-phieu', version: '0.1.0' } }));
    insert.run('b.png', 'b'.repeat(64), `${'b'.repeat(64)}.png`, JSON.stringify({ reading: { status: 'review', sha256: 'b'.repeat(64), uncertain: [] }, program: { name: 'kiem-phieu', version: '0.1.0' } }));
    db.close();
    const store = Store.open(path);
    expect(schemaVersion(store.db)).toBeGreaterThanOrEqual(9);
    expect(store.listScans(1).map((s) => [s.image, s.descriptor, s.sameAs, s.samePaper])).toEqual([['a.png', 'm1/4/2@5:AAAA', null, null], ['b.png', null, null, null]]);
    expect(store.scanFigures(1)).toEqual({ total: 2, counted: 0, pending: 2 });
    expect(() => store.db.prepare("UPDATE scans SET same_paper = 'maybe' WHERE id = 1").run()).toThrow(/CHECK/);
    store.close();
  });
});
