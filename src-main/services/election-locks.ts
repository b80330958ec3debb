import { electionLockSchema, type ElectionLock } from '../../shared/congress-file/schema';
import type { ElectionRow, Store } from '../db/store';

/**
 * The lock of a locked election, from its last `election.locked` event: when, the fingerprint it
 * sealed, and that event's hash (the log's last event at that moment). An election locked by an
 * import carries the lock of the file it came from. Null while the election is not locked.
 */
export function lockOfElection(store: Store, election: Pick<ElectionRow, 'id' | 'status'>): ElectionLock | null {
  if (election.status !== 'locked') return null;
  const [event] = store.listAudit({ electionId: election.id, kind: 'election.locked', newestFirst: true, limit: 1 });
  if (!event) return null;
  const payload = JSON.parse(event.payload) as { fingerprint: string; lock?: unknown };
  const kept = electionLockSchema.safeParse(payload.lock);
  return kept.success ? kept.data : { at: event.at, fingerprint: payload.fingerprint, auditHead: event.hash };
}
