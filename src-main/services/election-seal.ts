import type { ElectionLock } from '../../shared/congress-file/schema';
import { checkSeal, sealBrokenWords, type SealVerdict } from '../../shared/seal/check';
import { sealOf, type Seal } from '../../shared/seal/seal';
import { GENESIS_HASH } from '../audit/hash-chain';
import type { ElectionRow, Store } from '../db/store';
import { congressInfoFromStore, electionInFileFromStore } from './congress-file-io';
import { lockOfElection } from './election-locks';

/**
 * The seal of an election as the app holds it, read afresh from the tables (never from a cache):
 * over the election as the congress file writes it, so that a file exported from the app gives
 * the same seal to `kiem-phieu verify` as the minutes print.
 */
export function sealNow(store: Store, election: ElectionRow, auditHead: string): Seal {
  return sealOf(congressInfoFromStore(store, election.congressId), electionInFileFromStore(store, election), auditHead);
}

/** The head of the log now: the hash of its last event (the lock's event will follow it). */
export function auditHeadNow(store: Store): string {
  return store.lastAuditEvent()?.hash ?? GENESIS_HASH;
}

/** A locked election's lock and how its seal stands against the data now; null when not locked. */
export function sealCheckOf(store: Store, election: ElectionRow): { lock: ElectionLock; verdict: SealVerdict } | null {
  const lock = lockOfElection(store, election);
  if (!lock) return null;
  return { lock, verdict: checkSeal(congressInfoFromStore(store, election.congressId), electionInFileFromStore(store, election), lock) };
}

/**
 * The lock an official paper may stand on, checked afresh: the election's lock when its seal holds
 * and the log it belongs to is unbroken; otherwise null (a draft), with `broken` saying why when the
 * data or the log were altered (an old code is not broken: it prints a draft, said on screen).
 */
export function checkedLockOf(store: Store, election: ElectionRow): { lock: ElectionLock | null; broken: string | null; old: string | null } {
  const check = sealCheckOf(store, election);
  if (!check) return { lock: null, broken: null, old: null };
  const { verdict } = check;
  if (verdict.state === 'old') return { lock: null, broken: null, old: `Cuộc bầu "${election.title}" ${sealBrokenWords(verdict)}` };
  if (verdict.state === 'broken') return { lock: null, broken: `Cuộc bầu "${election.title}": ${sealBrokenWords(verdict)}`, old: null };
  const chain = store.verifyAuditChain();
  if (!chain.intact) return { lock: null, broken: `Nhật ký của hồ sơ bị gãy (${chain.reason}): con dấu số của cuộc bầu "${election.title}" ràng buộc nhật ký, không in giấy tờ chính thức`, old: null };
  return { lock: check.lock, broken: null, old: null };
}
