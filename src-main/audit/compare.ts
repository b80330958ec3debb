import type { AuditDifference } from '../../shared/api/audit-chain';
import { canonicalJson } from '../../shared/packages/canonical-json';
import type { BallotRow, ElectionRow, Store } from '../db/store';
import type { Replay, ReplayedBallot, ReplayedElection, ReplayedTotal } from './replay';

const STATUS_WORDS = { open: 'đang mở', locked: 'đã chốt', paused: 'tạm dừng' } as const;

const BALLOT_FIELDS: { key: keyof ReplayedBallot; label: string }[] = [
  { key: 'number', label: 'số phiếu' },
  { key: 'version', label: 'lần sửa' },
  { key: 'teamId', label: 'tổ' },
  { key: 'count', label: 'số tờ giống nhau' },
  { key: 'kind', label: 'cách ghi' },
  { key: 'selection', label: 'nội dung (tên bị gạch, được giữ hoặc dấu)' },
  { key: 'ruling', label: 'kết luận của Ban kiểm phiếu' },
  { key: 'note', label: 'ghi chú' },
];

/** Equal as values, whatever the order of an object's keys. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function shown(value: unknown): string {
  return value === null || value === undefined ? '(trống)' : typeof value === 'string' ? value : JSON.stringify(value);
}

function tableBallot(row: BallotRow): ReplayedBallot {
  return { uid: row.uid, number: row.number, version: row.version, teamId: row.teamId, count: row.count, kind: row.kind, selection: row.selection, ruling: row.ruling, note: row.note };
}

/** The last version of each ballot in the table, voids included, by id. */
function lastVersions(store: Store, electionId: number): Map<string, ReplayedBallot> {
  const last = new Map<string, ReplayedBallot>();
  for (const row of store.ballotRowsAfter(electionId, 0)) {
    const known = last.get(row.uid);
    if (known === undefined || row.version > known.version) last.set(row.uid, tableBallot(row));
  }
  return last;
}

function compareBallots(table: Map<string, ReplayedBallot>, logged: Map<string, ReplayedBallot>, add: (d: Omit<AuditDifference, 'electionId' | 'election'>) => void): void {
  for (const [uid, inLog] of logged) {
    const inTable = table.get(uid);
    if (inTable === undefined) {
      add({ ballot: inLog.number, field: 'ballot', message: `Phiếu số ${inLog.number} có trong nhật ký nhưng không còn trong bảng phiếu` });
      continue;
    }
    for (const { key, label } of BALLOT_FIELDS) {
      if (!sameValue(inTable[key], inLog[key])) add({ ballot: inLog.number, field: key, message: `Phiếu số ${inLog.number}: ${label} trong bảng là ${shown(inTable[key])}, nhật ký ghi ${shown(inLog[key])}` });
    }
  }
  for (const [uid, inTable] of table) {
    if (!logged.has(uid)) add({ ballot: inTable.number, field: 'ballot', message: `Phiếu số ${inTable.number} có trong bảng phiếu nhưng nhật ký không ghi việc nhập nó` });
  }
}

function compareTotals(store: Store, electionId: number, logged: Map<number, ReplayedTotal>, add: (d: Omit<AuditDifference, 'electionId' | 'election'>) => void): void {
  const table = new Map(store.listTeamTotals(electionId).map((t) => [t.teamId, { returned: t.returned, valid: t.valid, invalid: t.invalid, votes: t.votes, team: t.teamName }]));
  for (const [teamId, inLog] of logged) {
    const inTable = table.get(teamId);
    const { team: name, ...figures } = inTable ?? { team: `tổ số ${teamId}` };
    if (inTable === undefined) add({ field: 'teamTotals', message: `Số tổng hợp của ${name} có trong nhật ký nhưng không còn trong bảng` });
    else if (!sameValue(figures, { returned: inLog.returned, valid: inLog.valid, invalid: inLog.invalid, votes: inLog.votes })) add({ field: 'teamTotals', message: `Số tổng hợp của ${name} trong bảng khác với nhật ký` });
  }
  for (const [teamId, inTable] of table) if (!logged.has(teamId)) add({ field: 'teamTotals', message: `Số tổng hợp của ${inTable.team} có trong bảng nhưng nhật ký không ghi` });
}

/**
 * Every difference between the tables and what the log alone rebuilds: each election's status,
 * each ballot's last version field by field, each team's totals; and for every locked election,
 * its seal against the data now (`sealDifference` names what differs, or gives null).
 */
export function compareWithTables(store: Store, replay: Replay, sealDifference: (election: ElectionRow) => string | null): AuditDifference[] {
  const differences: AuditDifference[] = [];
  const seen = new Set<number>();
  for (const congress of store.listCongresses()) {
    for (const election of store.listElections(congress.id)) {
      seen.add(election.id);
      const add = (d: Omit<AuditDifference, 'electionId' | 'election'>) => differences.push({ electionId: election.id, election: election.title, ...d });
      const logged: ReplayedElection | undefined = replay.elections.get(election.id);
      if (logged === undefined) {
        add({ field: 'election', message: 'Cuộc bầu có trong bảng nhưng nhật ký không ghi việc tạo nó' });
        continue;
      }
      if (logged.status !== election.status) add({ field: 'status', message: `Trạng thái trong bảng là "${STATUS_WORDS[election.status]}", nhật ký ghi "${STATUS_WORDS[logged.status]}"` });
      const voided = store.getVoidedRound(election.id) !== null;
      if (logged.voided !== voided) add({ field: 'voided', message: voided ? 'Vòng bầu bị hủy trong bảng nhưng nhật ký không ghi việc hủy' : 'Nhật ký ghi vòng bầu đã bị hủy nhưng bảng không còn ghi' });
      compareBallots(lastVersions(store, election.id), logged.ballots, add);
      compareTotals(store, election.id, logged.totals, add);
      if (logged.status === 'locked' && logged.lockFingerprint !== null) {
        const differs = sealDifference(election);
        if (differs !== null) add({ field: 'fingerprint', message: differs });
      }
    }
  }
  for (const [electionId] of replay.elections) {
    if (!seen.has(electionId)) differences.push({ electionId, election: null, field: 'election', message: `Nhật ký ghi cuộc bầu số ${electionId} nhưng bảng không còn cuộc bầu này` });
  }
  return differences;
}
