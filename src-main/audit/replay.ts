import { AUDIT_EVENTS, isAuditKind, writtenSchema, type AuditKind, type LoggedBallot } from '../../shared/audit/events';
import type { AuditEvent, BallotKind } from '../db/store';
import { replayPinEvent, type ReplayedPin } from './chair-pin-replay';

/** A ballot as the log alone says it is now: its last version (a void is a version too). */
export interface ReplayedBallot {
  uid: string;
  number: number;
  version: number;
  teamId: number | null;
  count: number;
  kind: BallotKind;
  selection: unknown;
  ruling: string | null;
  note: string | null;
}

export interface ReplayedTotal {
  returned: number;
  valid: number;
  invalid: Record<string, number>;
  votes: Record<string, number>;
}

export interface ReplayedElection {
  status: 'open' | 'locked' | 'paused';
  /** The fingerprint its last lock sealed, while it stays locked (a correction of a finished round seals it anew). */
  lockFingerprint: string | null;
  /** Voided because a correction changed the outcome of the round it continues (`round.voided`). */
  voided: boolean;
  ballots: Map<string, ReplayedBallot>;
  totals: Map<number, ReplayedTotal>;
}

export interface Replay {
  elections: Map<number, ReplayedElection>;
  /** The chair's PIN of each congress: its commitment, the wrong tries in a row. */
  pins: Map<number, ReplayedPin>;
  /** Events the log holds but cannot be rebuilt from (written by an older version, or not of the shape of their kind). */
  unreadable: { seq: number; kind: string; why: string }[];
}

function electionOf(replay: Replay, electionId: number): ReplayedElection {
  let election = replay.elections.get(electionId);
  if (election === undefined) {
    election = { status: 'open', lockFingerprint: null, voided: false, ballots: new Map(), totals: new Map() };
    replay.elections.set(electionId, election);
  }
  return election;
}

function ballotOf(entry: LoggedBallot, number: number, version: number): Omit<ReplayedBallot, 'uid'> {
  const kind: BallotKind = entry.kept !== undefined ? 'kept' : entry.struck !== undefined ? 'struck' : entry.marks !== undefined ? 'marks' : 'none';
  const selection = entry.kept ?? entry.struck ?? entry.marks ?? null;
  return { number, version, teamId: entry.teamId ?? null, count: entry.count, kind, selection, ruling: entry.invalid ?? null, note: entry.note ?? null };
}

const STATUS_AFTER: Partial<Record<AuditKind, ReplayedElection['status']>> = {
  'election.locked': 'locked',
  'election.unlocked': 'open',
  'election.paused': 'paused',
  'election.resumed': 'open',
};

/** Applies one event whose payload fits its kind. */
function apply(replay: Replay, event: AuditEvent, kind: AuditKind, payload: Record<string, unknown>): void {
  replayPinEvent(replay.pins, event, kind, payload);
  const electionId = event.electionId;
  if (payload.written !== undefined) {
    const written = writtenSchema.parse(payload.written);
    for (const [id, status] of written.elections) electionOf(replay, id).status = status;
    for (const [id, uid, number, version, teamId, count, ballotKind, selection, ruling, note] of written.ballots) electionOf(replay, id).ballots.set(uid, { uid, number, version, teamId, count, kind: ballotKind, selection, ruling, note });
    for (const [id, teamId, returned, valid, invalid, votes] of written.teamTotals) electionOf(replay, id).totals.set(teamId, { returned, valid, invalid, votes });
    for (const [id, teamId] of written.teamTotalsRemoved) electionOf(replay, id).totals.delete(teamId);
    for (const id of written.roundsVoided) electionOf(replay, id).voided = true;
  }
  if (electionId === null) return;
  const election = electionOf(replay, electionId);
  const status = STATUS_AFTER[kind];
  if (status !== undefined) {
    election.status = status;
    election.lockFingerprint = kind === 'election.locked' ? (payload.fingerprint as string) : status === 'open' ? null : election.lockFingerprint;
  }
  if (kind === 'election.created' || kind === 'round.created') election.status = payload.status as ReplayedElection['status'];
  if (kind === 'round.voided') election.voided = true;
  if (kind === 'ballot.entered') {
    const entry = payload as LoggedBallot & { id: string; number: number };
    election.ballots.set(entry.id, { uid: entry.id, ...ballotOf(entry, entry.number, 1) });
  }
  if (kind === 'ballot.corrected') {
    const uid = payload.uid as string;
    election.ballots.set(uid, { uid, ...ballotOf(payload.after as LoggedBallot, payload.number as number, payload.version as number) });
  }
  if (kind === 'ballot.voided') {
    const uid = payload.uid as string;
    const before = election.ballots.get(uid);
    election.ballots.set(uid, { uid, number: payload.number as number, version: payload.version as number, teamId: before?.teamId ?? null, count: before?.count ?? 0, kind: 'void', selection: null, ruling: null, note: (payload.reason as string | null) || null });
  }
  if (kind === 'team_totals.set') election.totals.set(payload.teamId as number, payload.after as ReplayedTotal);
  if (kind === 'team_totals.removed') election.totals.delete(payload.teamId as number);
}

/**
 * The count as the log alone tells it: every election's status and last lock, every ballot's
 * last version, every team's totals, from the events in order. The check compares this with
 * the tables; each event's payload is read with the shape its kind has in the registry.
 */
export function replayAudit(events: Iterable<AuditEvent>): Replay {
  const replay: Replay = { elections: new Map(), pins: new Map(), unreadable: [] };
  for (const event of events) {
    if (!isAuditKind(event.kind)) {
      replay.unreadable.push({ seq: event.seq, kind: event.kind, why: 'loại sự kiện chương trình này không biết' });
      continue;
    }
    const parsed = AUDIT_EVENTS[event.kind].payload.safeParse(JSON.parse(event.payload));
    if (!parsed.success) {
      replay.unreadable.push({ seq: event.seq, kind: event.kind, why: `nội dung không đúng dạng của loại sự kiện này (${parsed.error.issues[0]?.path.join('.') ?? ''})` });
      continue;
    }
    apply(replay, event, event.kind, parsed.data as Record<string, unknown>);
  }
  return replay;
}
