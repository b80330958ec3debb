import { electionLockSchema, type ElectionLock } from '../../shared/congress-file/schema';
import type { ElectionRow, Store } from '../db/store';

/**
 * The lock of a locked election, from its last `election.locked` event: when, the seal it bound
 * with each part's digest, and the head of the log the seal bound (the hash of the event before
 * the lock's: the lock's own event carries the seal, so it cannot be in it). An election locked by
 * an import carries the lock of the file it came from. Null while the election is not locked.
 */
export function lockOfElection(store: Store, election: Pick<ElectionRow, 'id' | 'status'>): ElectionLock | null {
  if (election.status !== 'locked') return null;
  const [event] = store.listAudit({ electionId: election.id, kind: 'election.locked', newestFirst: true, limit: 1 });
  if (!event) return null;
  const payload = JSON.parse(event.payload) as { fingerprint: string; digests?: ElectionLock['digests']; lock?: unknown };
  const kept = electionLockSchema.safeParse(payload.lock);
  if (kept.success) return kept.data;
  return { at: event.at, fingerprint: payload.fingerprint, auditHead: event.prevHash, ...(payload.digests ? { digests: payload.digests } : {}) };
}
