import type { CommitteeMemberRow, CongressIdentityRow, CongressRow, ExclusionRow } from '../../../shared/api/records';
import type { Fields, Sql } from '../sql';

const CONGRESS_COLUMNS = { name: 'name', organization: 'organization', term: 'term', place: 'place', date: 'date', kind: 'kind', meeting: 'meeting', summoned: 'summoned', present: 'present', chairPinHash: 'chair_pin_hash' } as const;

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function congressFromSql(r: any): CongressRow {
  return { id: r.id, name: r.name, organization: r.organization, term: r.term, place: r.place, date: r.date, kind: r.kind, meeting: r.meeting ?? null, summoned: r.summoned, present: r.present, chairPinHash: r.chair_pin_hash, createdAt: r.created_at };
}

/** Congresses, their exclusions (RULES R2), the ban kiểm phiếu, and the identity packages carry. */
export function congressQueries({ stmt, update }: Sql) {
  return {
    insertCongress(row: Omit<CongressRow, 'id'>): number {
      const result = stmt(
        'INSERT INTO congresses (name, organization, term, place, date, kind, meeting, summoned, present, chair_pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(row.name, row.organization, row.term, row.place, row.date, row.kind, row.meeting, row.summoned, row.present, row.chairPinHash, row.createdAt);
      return Number(result.lastInsertRowid);
    },

    updateCongress(id: number, fields: Fields<CongressRow>): void {
      update('congresses', CONGRESS_COLUMNS, id, fields);
    },

    getCongress(id: number): CongressRow | null {
      const row = stmt('SELECT * FROM congresses WHERE id = ?').get(id);
      return row === undefined ? null : congressFromSql(row);
    },

    listCongresses(): CongressRow[] {
      return stmt('SELECT * FROM congresses ORDER BY id').all().map(congressFromSql);
    },

    getExclusions(congressId: number): ExclusionRow[] {
      return stmt('SELECT reason, count FROM exclusions WHERE congress_id = ? ORDER BY position').all(congressId) as ExclusionRow[];
    },

    /** Exclusions are a list edited as a whole; replacing it is one change in the audit log. */
    replaceExclusions(congressId: number, exclusions: readonly ExclusionRow[]): void {
      stmt('DELETE FROM exclusions WHERE congress_id = ?').run(congressId);
      const insert = stmt('INSERT INTO exclusions (congress_id, position, reason, count) VALUES (?, ?, ?, ?)');
      exclusions.forEach((e, i) => insert.run(congressId, i, e.reason, e.count));
    },

    getCountingCommittee(congressId: number): CommitteeMemberRow[] {
      return stmt('SELECT name, role FROM counting_committee WHERE congress_id = ? ORDER BY position').all(congressId) as CommitteeMemberRow[];
    },

    replaceCountingCommittee(congressId: number, members: readonly CommitteeMemberRow[]): void {
      stmt('DELETE FROM counting_committee WHERE congress_id = ?').run(congressId);
      const insert = stmt('INSERT INTO counting_committee (congress_id, position, name, role) VALUES (?, ?, ?, ?)');
      members.forEach((m, i) => insert.run(congressId, i, m.name, m.role));
    },

    /** Without a team: the chair's file, holding the congress key. */
    insertCongressIdentity(row: Omit<CongressIdentityRow, 'team'> & { team?: string | null }): void {
      stmt('INSERT INTO congress_identity (congress_id, identity, signing_key, team, created_at) VALUES (?, ?, ?, ?, ?)').run(row.congressId, row.identity, row.signingKey, row.team ?? null, row.createdAt);
    },

    getCongressIdentity(congressId: number): CongressIdentityRow | null {
      const row = stmt('SELECT congress_id AS congressId, identity, signing_key AS signingKey, team, created_at AS createdAt FROM congress_identity WHERE congress_id = ?').get(congressId) as CongressIdentityRow | undefined;
      return row ?? null;
    },
  };
}
