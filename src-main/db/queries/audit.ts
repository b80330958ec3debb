import type { AuditEvent, AuditFilter, NewAuditEvent } from '../../../shared/api/records';
import type { ChainVerdict } from '../../../shared/api/audit-chain';
import { eventHash, GENESIS_HASH, verifyChain } from '../../audit/hash-chain';
import type { Sql, SqlValue } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function auditFromSql(r: any): AuditEvent {
  return { seq: r.seq, at: r.at, operator: r.operator, kind: r.kind, congressId: r.congress_id, electionId: r.election_id, payload: r.payload, prevHash: r.prev_hash, hash: r.hash };
}

/** The audit log: append-only, each event chained to the one before by its hash. */
export function auditQueries({ db, stmt }: Sql) {
  return {
    /** Appends an event chained to the last one. Call inside the transaction of the change. */
    appendAudit(event: NewAuditEvent): AuditEvent {
      const last = stmt('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
      const seq = (last?.seq ?? 0) + 1;
      const prevHash = last?.hash ?? GENESIS_HASH;
      const payload = JSON.stringify(event.payload ?? {});
      const fields = { seq, at: event.at, operator: event.operator, kind: event.kind, congressId: event.congressId, electionId: event.electionId, payload };
      const hash = eventHash(prevHash, fields);
      stmt('INSERT INTO audit_events (seq, at, operator, kind, congress_id, election_id, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        seq, event.at, event.operator, event.kind, event.congressId, event.electionId, payload, prevHash, hash,
      );
      return { ...fields, prevHash, hash };
    },

    listAudit(filter: AuditFilter = {}): AuditEvent[] {
      const where: string[] = [];
      const params: SqlValue[] = [];
      const add = (clause: string, value: SqlValue | undefined) => {
        if (value === undefined) return;
        where.push(clause);
        params.push(value);
      };
      add('congress_id = ?', filter.congressId);
      add('election_id = ?', filter.electionId);
      add('operator = ?', filter.operator);
      add('kind = ?', filter.kind);
      add('at >= ?', filter.from);
      add('at <= ?', filter.to);
      add('seq > ?', filter.afterSeq);
      if (filter.team !== undefined) {
        where.push("(json_extract(payload, '$.teamId') = ? OR json_extract(payload, '$.team') = ?)");
        params.push(filter.team.id, filter.team.name);
      }
      const sql = `SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq ${filter.newestFirst ? 'DESC' : ''} LIMIT ?`;
      return db.prepare(sql).all(...params, filter.limit ?? 1000).map(auditFromSql);
    },

    /** The kinds of the events written after `seq` (what changed since a backup). */
    auditKindsAfter(seq: number): { seq: number; kind: string }[] {
      return stmt('SELECT seq, kind FROM audit_events WHERE seq > ? ORDER BY seq').all(seq) as { seq: number; kind: string }[];
    },

    /** The hash of event `seq`, or null when the log has no such event. */
    auditHashAt(seq: number): string | null {
      const row = stmt('SELECT hash FROM audit_events WHERE seq = ?').get(seq) as { hash: string } | undefined;
      return row?.hash ?? null;
    },

    /** Every event, oldest first, one at a time (the log can hold the payloads of big imports). */
    *eachAuditEvent(): Generator<AuditEvent> {
      for (const row of db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate()) yield auditFromSql(row);
    },

    lastAuditEvent(): AuditEvent | null {
      const row = stmt('SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1').get();
      return row === undefined ? null : auditFromSql(row);
    },

    verifyAuditChain(): ChainVerdict {
      const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate();
      return verifyChain((function* () {
        for (const row of rows) yield auditFromSql(row);
      })());
    },
  };
}
