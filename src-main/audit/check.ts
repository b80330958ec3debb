import type { AuditCheck } from '../../shared/api/audit-chain';
import type { ElectionRow, Store } from '../db/store';
import { electionTallyInput } from '../services/election-data';
import { countedDataFingerprint } from '../services/fingerprint';
import { compareWithBackups } from './backup-anchors';
import { comparePins } from './chair-pin-replay';
import { compareWithTables } from './compare';
import { replayAudit } from './replay';

/** The fingerprint of an election's data as the tables hold it now (read afresh, not from any cache). */
function fingerprintNow(store: Store, election: ElectionRow): string {
  const congress = store.getCongress(election.congressId);
  if (!congress) throw new Error(`checkAudit: no congress ${election.congressId}`);
  return countedDataFingerprint(electionTallyInput(store, congress, election));
}

/**
 * "Kiểm tra tính toàn vẹn": the chain, then the tables against what the events alone rebuild
 * (statuses, ballots, team totals, the chair's PIN and its wrong tries), each lock's fingerprint
 * against the data now, and the log against its backups. Each difference is named (election, ballot number, field).
 */
export function checkAudit(store: Store): AuditCheck {
  const chain = store.verifyAuditChain();
  const replay = replayAudit(store.eachAuditEvent());
  const differences = [...compareWithTables(store, replay, (election) => fingerprintNow(store, election)), ...comparePins(store, replay.pins)];
  const backups = compareWithBackups(store);
  differences.push(...backups.differences);
  const last = store.lastAuditEvent();
  const head = last ? { seq: last.seq, hash: last.hash } : null;
  return { ...chain, head, differences, unreadable: replay.unreadable, backupsCompared: backups.compared, sound: chain.intact && differences.length === 0 && replay.unreadable.length === 0 };
}
