import type { AuditCheck } from '../../shared/api/audit-chain';
import type { ElectionRow, Store } from '../db/store';
import { sealBrokenWords } from '../../shared/seal/check';
import { sealCheckOf } from '../services/election-seal';
import { compareWithBackups } from './backup-anchors';
import { comparePins } from './chair-pin-replay';
import { compareWithTables } from './compare';
import { replayAudit } from './replay';

/** What differs between a locked election's seal and its data as the tables hold it now (read afresh, not from any cache); null when the seal holds. */
function sealDifference(store: Store, election: ElectionRow): string | null {
  const check = sealCheckOf(store, election);
  if (!check || check.verdict.state === 'sealed') return null;
  const words = sealBrokenWords(check.verdict);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * "Kiểm tra tính toàn vẹn": the chain, then the tables against what the events alone rebuild
 * (statuses, ballots, team totals, the chair's PIN and its wrong tries), each lock's seal against
 * the data now, and the log against its backups. Each difference is named (election, ballot number, field).
 */
export function checkAudit(store: Store): AuditCheck {
  const chain = store.verifyAuditChain();
  const replay = replayAudit(store.eachAuditEvent());
  const differences = [...compareWithTables(store, replay, (election) => sealDifference(store, election)), ...comparePins(store, replay.pins)];
  const backups = compareWithBackups(store);
  differences.push(...backups.differences);
  const last = store.lastAuditEvent();
  const head = last ? { seq: last.seq, hash: last.hash } : null;
  return { ...chain, head, differences, unreadable: replay.unreadable, backupsCompared: backups.compared, sound: chain.intact && differences.length === 0 && replay.unreadable.length === 0 };
}
