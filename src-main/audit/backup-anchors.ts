import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditDifference } from '../../shared/api/audit-chain';
import { openConnection } from '../db/connection';
import type { Store } from '../db/store';
import { backupDirOf } from '../services/backups';

interface Head {
  seq: number;
  hash: string;
}

/** A log as the check reads it: the hash of an event by its number, and the states its restores replaced. */
interface Log {
  hashAt(seq: number): string | null;
  /** The head of the log each `backup.restored` event says the restore replaced. */
  replaced: Head[];
}

type Connection = ReturnType<typeof openConnection>;

function replacedHeads(payloads: readonly string[]): Head[] {
  return payloads.flatMap((payload) => {
    try {
      const replaced = (JSON.parse(payload) as { replaced?: { seq?: unknown; hash?: unknown } }).replaced;
      return typeof replaced?.seq === 'number' && typeof replaced.hash === 'string' ? [{ seq: replaced.seq, hash: replaced.hash }] : [];
    } catch {
      return [];
    }
  });
}

function backupLog(db: Connection): Log {
  const hashAt = db.prepare('SELECT hash FROM audit_events WHERE seq = ?');
  const payloads = db.prepare("SELECT payload FROM audit_events WHERE kind = 'backup.restored' ORDER BY seq").all() as { payload: string }[];
  return { hashAt: (seq) => (hashAt.get(seq) as { hash: string } | undefined)?.hash ?? null, replaced: replacedHeads(payloads.map((p) => p.payload)) };
}

/**
 * The states restores replaced, as the backups taken just before each restore kept them (a
 * restore records the head it replaced; the backup whose head that is holds that state), and the
 * states the restores recorded in those replaced in turn.
 */
function replacedStates(live: Log, backups: readonly { name: string; db: Connection; head: Head }[]): Log[] {
  const states: Log[] = [];
  const queue = [...live.replaced];
  const taken = new Set<string>();
  for (let head = queue.pop(); head !== undefined; head = queue.pop()) {
    const { seq, hash } = head;
    const copy = backups.find((b) => !taken.has(b.name) && b.head.seq === seq && b.head.hash === hash);
    if (copy === undefined) continue;
    taken.add(copy.name);
    const state = backupLog(copy.db);
    states.push(state);
    queue.push(...state.replaced);
  }
  return states;
}

/**
 * The backups beside the file hold earlier states of its log. The live log must extend each of
 * them: the event a backup ends with must be in the live log with the same hash, or in a state a
 * restore recorded in the log replaced (a backup taken before a restore, of what it undid). A log
 * rewritten or cut short after a backup was made (chain recomputed, events deleted) is found this
 * way, as long as the backups were left alone.
 */
export function compareWithBackups(store: Store): { compared: number; differences: AuditDifference[] } {
  const dir = backupDirOf(store.path);
  if (!existsSync(dir)) return { compared: 0, differences: [] };
  const backups: { name: string; db: Connection; head: Head }[] = [];
  try {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.kiemphieu')).sort()) {
      let db: Connection | undefined;
      try {
        db = openConnection(join(dir, name), { readonly: true });
        const head = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as Head | undefined;
        if (head === undefined) db.close();
        else backups.push({ name, db, head });
      } catch {
        db?.close(); // a backup that cannot be read proves nothing either way
      }
    }
    const live: Log = { hashAt: (seq) => store.auditHashAt(seq), replaced: replacedHeads(store.listAudit({ kind: 'backup.restored', limit: 1_000_000 }).map((e) => e.payload)) };
    const replaced = replacedStates(live, backups);
    const differences: AuditDifference[] = [];
    for (const { name, head } of backups) {
      const inLive = live.hashAt(head.seq);
      if (inLive === head.hash || replaced.some((state) => state.hashAt(head.seq) === head.hash)) continue;
      const add = (message: string) => differences.push({ electionId: null, election: null, field: 'log', message });
      if (inLive === null) add(`Nhật ký hiện nay ngắn hơn bản sao lưu "${name}": thiếu từ sự kiện số ${head.seq} trở về trước (đã bị xóa bớt)`);
      else add(`Sự kiện số ${head.seq} trong nhật ký khác với bản sao lưu "${name}": nhật ký đã bị viết lại sau khi sao lưu`);
    }
    return { compared: backups.length, differences };
  } finally {
    for (const { db } of backups) db.close();
  }
}
