import type { Statement } from 'better-sqlite3';
import type { CongressKind, Mark, Office, OperatorRuling } from '../../shared/domain';
import type { ElectionStatus } from '../../shared/congress-file/schema';
import { eventHash, GENESIS_HASH, verifyChain, type ChainVerdict } from '../audit/hash-chain';
import { openConnection, type Db } from './connection';
import { migrate } from './migrations';

// Rows as the rest of the program sees them (camelCase, booleans, parsed JSON).

export interface CongressRow {
  id: number;
  name: string;
  organization: string | null;
  term: string | null;
  place: string | null;
  date: string | null;
  kind: CongressKind;
  summoned: number;
  present: number | null;
  chairPinHash: string | null;
  createdAt: string;
}

export interface ExclusionRow {
  reason: string;
  count: number;
}

export interface CommitteeMemberRow {
  name: string;
  role: string | null;
}

export interface TeamRow {
  id: number;
  congressId: number;
  name: string;
}

export interface ElectionRow {
  id: number;
  congressId: number;
  key: string;
  position: number;
  office: Office;
  title: string;
  seats: number;
  round: number;
  continuesId: number | null;
  requireMajority: boolean;
  allBothOrNoneInvalid: boolean;
  baseOverride: number | null;
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  status: ElectionStatus;
}

export interface CandidateRow {
  id: number;
  electionId: number;
  key: string;
  ballotOrder: number;
  name: string;
  birthYear: number | null;
  birthDate: string | null;
  gender: 'nam' | 'nữ' | null;
  position: string | null;
  note: string | null;
  nomination: 'committee' | 'floor' | 'self' | null;
  withdrawn: boolean;
}

export type BallotKind = 'kept' | 'struck' | 'marks' | 'none' | 'void';
export type BallotSelection = string[] | Record<string, Mark> | null;

export interface BallotRow {
  id: number;
  electionId: number;
  uid: string;
  number: number;
  version: number;
  supersedes: number | null;
  teamId: number | null;
  teamName: string | null;
  count: number;
  kind: BallotKind;
  selection: BallotSelection;
  ruling: OperatorRuling | null;
  note: string | null;
  operator: string;
  enteredAt: string;
}

export type NewBallot = Omit<BallotRow, 'id' | 'teamName' | 'number'> & { number?: number };

export interface TeamTotalRow {
  id: number;
  electionId: number;
  teamId: number;
  teamName: string;
  returned: number;
  valid: number;
  invalid: Record<string, number>;
  votes: Record<string, number>;
  operator: string;
  enteredAt: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  operator: string;
  kind: string;
  congressId: number | null;
  electionId: number | null;
  payload: string;
  prevHash: string;
  hash: string;
}

export interface NewAuditEvent {
  at: string;
  operator: string;
  kind: string;
  congressId: number | null;
  electionId: number | null;
  payload: unknown;
}

export interface AuditFilter {
  congressId?: number;
  electionId?: number;
  operator?: string;
  kind?: string;
  /** Events about a team: its id or its name in the payload (`teamId`, `team`). */
  team?: { id: number; name: string };
  from?: string;
  to?: string;
  limit?: number;
  afterSeq?: number;
  newestFirst?: boolean;
}

export interface CongressIdentityRow {
  congressId: number;
  identity: string;
  signingKey: string;
  createdAt: string;
}

export interface TeamReceivedRow {
  electionId: number;
  teamId: number;
  teamName: string;
  received: number;
  operator: string;
  enteredAt: string;
}

export interface StationPackageRow {
  id: number;
  congressId: number;
  sha256: string;
  label: string;
  teamName: string;
  stationId: string;
  stationName: string;
  createdAt: string;
  mergedAt: string;
  operator: string;
  summary: unknown;
}

export type BatchStatus = 'open' | 'reconciled' | 'abandoned';

export interface BatchRow {
  id: number;
  electionId: number;
  teamId: number | null;
  teamName: string | null;
  label: string;
  size: number;
  status: BatchStatus;
  pass1Operator: string | null;
  pass1FinishedAt: string | null;
  pass2Operator: string | null;
  pass2FinishedAt: string | null;
  createdBy: string;
  createdAt: string;
  closedBy: string | null;
  closedAt: string | null;
  closeNote: string | null;
}

export type ReadingResolution = 'pass1' | 'pass2' | 'reentered';

export interface BatchReadingRow {
  batchId: number;
  pass: 1 | 2 | 3;
  position: number;
  kind: Exclude<BallotKind, 'void'>;
  selection: BallotSelection;
  ruling: OperatorRuling | null;
  note: string | null;
  resolution: ReadingResolution | null;
  operator: string;
  enteredAt: string;
}

type Fields<T> = Partial<Omit<T, 'id'>>;

const CONGRESS_COLUMNS = { name: 'name', organization: 'organization', term: 'term', place: 'place', date: 'date', kind: 'kind', summoned: 'summoned', present: 'present', chairPinHash: 'chair_pin_hash' } as const;
const ELECTION_COLUMNS = { key: 'key', position: 'position', office: 'office', title: 'title', seats: 'seats', round: 'round', continuesId: 'continues_id', requireMajority: 'require_majority', allBothOrNoneInvalid: 'all_both_or_none_invalid', baseOverride: 'base_override', ballotsIssued: 'ballots_issued', ballotsReturned: 'ballots_returned', status: 'status' } as const;
const BATCH_COLUMNS = { status: 'status', pass1Operator: 'pass1_operator', pass1FinishedAt: 'pass1_finished_at', pass2Operator: 'pass2_operator', pass2FinishedAt: 'pass2_finished_at', closedBy: 'closed_by', closedAt: 'closed_at', closeNote: 'close_note' } as const;
const CANDIDATE_COLUMNS = { key: 'key', ballotOrder: 'ballot_order', name: 'name', birthYear: 'birth_year', birthDate: 'birth_date', gender: 'gender', position: 'position', note: 'note', nomination: 'nomination', withdrawn: 'withdrawn' } as const;

type SqlValue = string | number | bigint | null | Buffer;

function toSql(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as SqlValue;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function congressFromSql(r: any): CongressRow {
  return { id: r.id, name: r.name, organization: r.organization, term: r.term, place: r.place, date: r.date, kind: r.kind, summoned: r.summoned, present: r.present, chairPinHash: r.chair_pin_hash, createdAt: r.created_at };
}
function electionFromSql(r: any): ElectionRow {
  return {
    id: r.id, congressId: r.congress_id, key: r.key, position: r.position, office: r.office, title: r.title, seats: r.seats, round: r.round, continuesId: r.continues_id,
    requireMajority: r.require_majority === 1, allBothOrNoneInvalid: r.all_both_or_none_invalid === 1, baseOverride: r.base_override, ballotsIssued: r.ballots_issued, ballotsReturned: r.ballots_returned, status: r.status,
  };
}
function candidateFromSql(r: any): CandidateRow {
  return { id: r.id, electionId: r.election_id, key: r.key, ballotOrder: r.ballot_order, name: r.name, birthYear: r.birth_year, birthDate: r.birth_date, gender: r.gender, position: r.position, note: r.note, nomination: r.nomination, withdrawn: r.withdrawn === 1 };
}
function ballotFromSql(r: any): BallotRow {
  return {
    id: r.id, electionId: r.election_id, uid: r.uid, number: r.number, version: r.version, supersedes: r.supersedes, teamId: r.team_id, teamName: r.team_name ?? null, count: r.count, kind: r.kind,
    selection: r.selection === null ? null : JSON.parse(r.selection), ruling: r.ruling, note: r.note, operator: r.operator, enteredAt: r.entered_at,
  };
}
function teamTotalFromSql(r: any): TeamTotalRow {
  return { id: r.id, electionId: r.election_id, teamId: r.team_id, teamName: r.team_name, returned: r.returned, valid: r.valid, invalid: JSON.parse(r.invalid), votes: JSON.parse(r.votes), operator: r.operator, enteredAt: r.entered_at };
}
function batchFromSql(r: any): BatchRow {
  return {
    id: r.id, electionId: r.election_id, teamId: r.team_id, teamName: r.team_name ?? null, label: r.label, size: r.size, status: r.status, pass1Operator: r.pass1_operator, pass1FinishedAt: r.pass1_finished_at,
    pass2Operator: r.pass2_operator, pass2FinishedAt: r.pass2_finished_at, createdBy: r.created_by, createdAt: r.created_at, closedBy: r.closed_by, closedAt: r.closed_at, closeNote: r.close_note,
  };
}
function readingFromSql(r: any): BatchReadingRow {
  return { batchId: r.batch_id, pass: r.pass, position: r.position, kind: r.kind, selection: r.selection === null ? null : JSON.parse(r.selection), ruling: r.ruling, note: r.note, resolution: r.resolution, operator: r.operator, enteredAt: r.entered_at };
}
function stationPackageFromSql(r: any): StationPackageRow {
  return { id: r.id, congressId: r.congress_id, sha256: r.sha256, label: r.label, teamName: r.team_name, stationId: r.station_id, stationName: r.station_name, createdAt: r.created_at, mergedAt: r.merged_at, operator: r.operator, summary: JSON.parse(r.summary) };
}
function auditFromSql(r: any): AuditEvent {
  return { seq: r.seq, at: r.at, operator: r.operator, kind: r.kind, congressId: r.congress_id, electionId: r.election_id, payload: r.payload, prevHash: r.prev_hash, hash: r.hash };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const CURRENT_BALLOTS = `
  SELECT b.*, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id
  WHERE b.election_id = ? AND b.kind <> 'void' AND NOT EXISTS (SELECT 1 FROM ballots n WHERE n.supersedes = b.id)`;

/**
 * The only place with SQL (ARCHITECTURE.md). Methods are plain reads and writes; the rules and
 * the checks live in the api and in shared/. Writes that belong together run in `transaction`.
 */
export class Store {
  private readonly statements = new Map<string, Statement>();

  private constructor(readonly db: Db, readonly path: string) {}

  /** Opens (creating if needed) and migrates; throws DatabaseTooNewError for a newer file. */
  static open(path: string, nativeBinding?: string): Store {
    const db = openConnection(path, nativeBinding ? { nativeBinding } : {});
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new Store(db, path);
  }

  close(): void {
    this.db.close();
  }

  private stmt(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** A consistent copy of the whole database (a backup, "save a copy"): VACUUM INTO a new file. */
  copyTo(path: string): void {
    this.db.prepare('VACUUM INTO ?').run(path);
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it is written, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  private update<T>(table: string, columns: Record<string, string>, id: number, fields: Fields<T>): void {
    const entries = Object.entries(fields).filter(([key, value]) => value !== undefined && key in columns);
    if (entries.length === 0) return;
    const assignments = entries.map(([key]) => `${columns[key]} = ?`).join(', ');
    this.stmt(`UPDATE ${table} SET ${assignments} WHERE id = ?`).run(...entries.map(([, value]) => toSql(value)), id);
  }

  // --- app meta ---------------------------------------------------------------------------

  getMeta(key: string): string | null {
    const row = this.stmt('SELECT value FROM app_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  // --- congresses -----------------------------------------------------------------------------

  insertCongress(row: Omit<CongressRow, 'id'>): number {
    const result = this.stmt(
      'INSERT INTO congresses (name, organization, term, place, date, kind, summoned, present, chair_pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.name, row.organization, row.term, row.place, row.date, row.kind, row.summoned, row.present, row.chairPinHash, row.createdAt);
    return Number(result.lastInsertRowid);
  }

  updateCongress(id: number, fields: Fields<CongressRow>): void {
    this.update('congresses', CONGRESS_COLUMNS, id, fields);
  }

  getCongress(id: number): CongressRow | null {
    const row = this.stmt('SELECT * FROM congresses WHERE id = ?').get(id);
    return row === undefined ? null : congressFromSql(row);
  }

  listCongresses(): CongressRow[] {
    return this.stmt('SELECT * FROM congresses ORDER BY id').all().map(congressFromSql);
  }

  getExclusions(congressId: number): ExclusionRow[] {
    return this.stmt('SELECT reason, count FROM exclusions WHERE congress_id = ? ORDER BY position').all(congressId) as ExclusionRow[];
  }

  /** Exclusions are a list edited as a whole; replacing it is one change in the audit log. */
  replaceExclusions(congressId: number, exclusions: readonly ExclusionRow[]): void {
    this.stmt('DELETE FROM exclusions WHERE congress_id = ?').run(congressId);
    const insert = this.stmt('INSERT INTO exclusions (congress_id, position, reason, count) VALUES (?, ?, ?, ?)');
    exclusions.forEach((e, i) => insert.run(congressId, i, e.reason, e.count));
  }

  getCountingCommittee(congressId: number): CommitteeMemberRow[] {
    return this.stmt('SELECT name, role FROM counting_committee WHERE congress_id = ? ORDER BY position').all(congressId) as CommitteeMemberRow[];
  }

  replaceCountingCommittee(congressId: number, members: readonly CommitteeMemberRow[]): void {
    this.stmt('DELETE FROM counting_committee WHERE congress_id = ?').run(congressId);
    const insert = this.stmt('INSERT INTO counting_committee (congress_id, position, name, role) VALUES (?, ?, ?, ?)');
    members.forEach((m, i) => insert.run(congressId, i, m.name, m.role));
  }

  // --- teams ----------------------------------------------------------------------------------

  insertTeam(congressId: number, name: string): number {
    return Number(this.stmt('INSERT INTO teams (congress_id, name) VALUES (?, ?)').run(congressId, name).lastInsertRowid);
  }

  renameTeam(id: number, name: string): void {
    this.stmt('UPDATE teams SET name = ? WHERE id = ?').run(name, id);
  }

  getTeam(id: number): TeamRow | null {
    const row = this.stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE id = ?').get(id) as TeamRow | undefined;
    return row ?? null;
  }

  findTeamByName(congressId: number, name: string): TeamRow | null {
    const row = this.stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE congress_id = ? AND name = ?').get(congressId, name) as TeamRow | undefined;
    return row ?? null;
  }

  /** Team id → name for the congress an election belongs to. */
  teamNamesOfElection(electionId: number): [number, string][] {
    return (this.stmt('SELECT t.id, t.name FROM teams t JOIN elections e ON e.congress_id = t.congress_id WHERE e.id = ?').all(electionId) as { id: number; name: string }[]).map((r) => [r.id, r.name]);
  }

  listTeams(congressId: number): TeamRow[] {
    return this.stmt('SELECT id, congress_id AS congressId, name FROM teams WHERE congress_id = ? ORDER BY id').all(congressId) as TeamRow[];
  }

  // --- elections ------------------------------------------------------------------------------

  insertElection(row: Omit<ElectionRow, 'id'>): number {
    const result = this.stmt(
      `INSERT INTO elections (congress_id, key, position, office, title, seats, round, continues_id, require_majority, all_both_or_none_invalid, base_override, ballots_issued, ballots_returned, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(row.congressId, row.key, row.position, row.office, row.title, row.seats, row.round, row.continuesId, toSql(row.requireMajority), toSql(row.allBothOrNoneInvalid), row.baseOverride, row.ballotsIssued, row.ballotsReturned, row.status);
    return Number(result.lastInsertRowid);
  }

  updateElection(id: number, fields: Fields<ElectionRow>): void {
    this.update('elections', ELECTION_COLUMNS, id, fields);
  }

  getElection(id: number): ElectionRow | null {
    const row = this.stmt('SELECT * FROM elections WHERE id = ?').get(id);
    return row === undefined ? null : electionFromSql(row);
  }

  listElections(congressId: number): ElectionRow[] {
    return this.stmt('SELECT * FROM elections WHERE congress_id = ? ORDER BY position, id').all(congressId).map(electionFromSql);
  }

  /** The rounds that continue an election (tie-break and further rounds). */
  listContinuations(electionId: number): ElectionRow[] {
    return this.stmt('SELECT * FROM elections WHERE continues_id = ? ORDER BY id').all(electionId).map(electionFromSql);
  }

  electionKeys(congressId: number): string[] {
    return (this.stmt('SELECT key FROM elections WHERE congress_id = ?').all(congressId) as { key: string }[]).map((r) => r.key);
  }

  // --- candidates -----------------------------------------------------------------------------

  insertCandidate(row: Omit<CandidateRow, 'id'>): number {
    const result = this.stmt(
      'INSERT INTO candidates (election_id, key, ballot_order, name, birth_year, birth_date, gender, position, note, nomination, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.electionId, row.key, row.ballotOrder, row.name, row.birthYear, row.birthDate, row.gender, row.position, row.note, row.nomination, toSql(row.withdrawn));
    return Number(result.lastInsertRowid);
  }

  updateCandidate(id: number, fields: Fields<CandidateRow>): void {
    this.update('candidates', CANDIDATE_COLUMNS, id, fields);
  }

  deleteCandidate(id: number): void {
    this.stmt('DELETE FROM candidates WHERE id = ?').run(id);
  }

  getCandidate(id: number): CandidateRow | null {
    const row = this.stmt('SELECT * FROM candidates WHERE id = ?').get(id);
    return row === undefined ? null : candidateFromSql(row);
  }

  /** In ballot order. */
  listCandidates(electionId: number): CandidateRow[] {
    return this.stmt('SELECT * FROM candidates WHERE election_id = ? ORDER BY ballot_order, id').all(electionId).map(candidateFromSql);
  }

  // --- ballots --------------------------------------------------------------------------------

  insertBallot(ballot: NewBallot): BallotRow {
    const number = ballot.number ?? ((this.stmt('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM ballots WHERE election_id = ?').get(ballot.electionId) as { n: number }).n);
    const result = this.stmt(
      `INSERT INTO ballots (election_id, uid, number, version, supersedes, team_id, count, kind, selection, ruling, note, operator, entered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(ballot.electionId, ballot.uid, number, ballot.version, ballot.supersedes, ballot.teamId, ballot.count, ballot.kind, ballot.selection === null ? null : JSON.stringify(ballot.selection), ballot.ruling, ballot.note, ballot.operator, ballot.enteredAt);
    return { ...ballot, id: Number(result.lastInsertRowid), number, teamName: null };
  }

  getBallot(id: number): BallotRow | null {
    const row = this.stmt('SELECT b.*, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id WHERE b.id = ?').get(id);
    return row === undefined ? null : ballotFromSql(row);
  }

  isSuperseded(ballotId: number): boolean {
    return this.stmt('SELECT 1 FROM ballots WHERE supersedes = ?').get(ballotId) !== undefined;
  }

  /** The ballots that count: the latest version of each, voids left out, in entry order. */
  currentBallots(electionId: number): BallotRow[] {
    return this.stmt(`${CURRENT_BALLOTS} ORDER BY b.number`).all(electionId).map(ballotFromSql);
  }

  /** Every ballot row written after `afterId`, in order: new ballots, corrections and voids. */
  ballotRowsAfter(electionId: number, afterId: number): BallotRow[] {
    return this.stmt('SELECT b.*, NULL AS team_name FROM ballots b WHERE b.election_id = ? AND b.id > ? ORDER BY b.id').all(electionId, afterId).map(ballotFromSql);
  }

  countCurrentBallots(electionId: number): number {
    return (this.stmt(`SELECT COUNT(*) AS n FROM (${CURRENT_BALLOTS})`).get(electionId) as { n: number }).n;
  }

  /** Whether the election has any ballot entered, voided ones included. */
  hasAnyBallot(electionId: number): boolean {
    return this.stmt('SELECT 1 FROM ballots WHERE election_id = ? LIMIT 1').get(electionId) !== undefined;
  }

  /** Every version of one physical ballot, oldest first. */
  ballotVersions(electionId: number, uid: string): BallotRow[] {
    return this.stmt('SELECT b.*, t.name AS team_name FROM ballots b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? AND b.uid = ? ORDER BY b.version').all(electionId, uid).map(ballotFromSql);
  }

  // --- team totals ----------------------------------------------------------------------------

  upsertTeamTotal(row: Omit<TeamTotalRow, 'id' | 'teamName'>): void {
    this.stmt(
      `INSERT INTO team_totals (election_id, team_id, returned, valid, invalid, votes, operator, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(election_id, team_id) DO UPDATE SET returned = excluded.returned, valid = excluded.valid, invalid = excluded.invalid, votes = excluded.votes, operator = excluded.operator, entered_at = excluded.entered_at`,
    ).run(row.electionId, row.teamId, row.returned, row.valid, JSON.stringify(row.invalid), JSON.stringify(row.votes), row.operator, row.enteredAt);
  }

  deleteTeamTotal(electionId: number, teamId: number): void {
    this.stmt('DELETE FROM team_totals WHERE election_id = ? AND team_id = ?').run(electionId, teamId);
  }

  listTeamTotals(electionId: number): TeamTotalRow[] {
    return this.stmt('SELECT tt.*, t.name AS team_name FROM team_totals tt JOIN teams t ON t.id = tt.team_id WHERE tt.election_id = ? ORDER BY t.id').all(electionId).map(teamTotalFromSql);
  }

  /** The kinds of the events written after `seq` (what changed since a backup). */
  auditKindsAfter(seq: number): { seq: number; kind: string }[] {
    return this.stmt('SELECT seq, kind FROM audit_events WHERE seq > ? ORDER BY seq').all(seq) as { seq: number; kind: string }[];
  }

  lastAuditEvent(): AuditEvent | null {
    const row = this.stmt('SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1').get();
    return row === undefined ? null : auditFromSql(row);
  }

  /** SQLite's own check of the file: 'ok', or what is damaged. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }

  // --- congress identity (station packages) ---------------------------------------------------

  insertCongressIdentity(row: CongressIdentityRow): void {
    this.stmt('INSERT INTO congress_identity (congress_id, identity, signing_key, created_at) VALUES (?, ?, ?, ?)').run(row.congressId, row.identity, row.signingKey, row.createdAt);
  }

  getCongressIdentity(congressId: number): CongressIdentityRow | null {
    const row = this.stmt('SELECT congress_id AS congressId, identity, signing_key AS signingKey, created_at AS createdAt FROM congress_identity WHERE congress_id = ?').get(congressId) as CongressIdentityRow | undefined;
    return row ?? null;
  }

  // --- ballots handed to each team (RULES R4.5) ------------------------------------------------

  setTeamReceived(row: Omit<TeamReceivedRow, 'teamName'>): void {
    this.stmt(
      `INSERT INTO team_received (election_id, team_id, received, operator, entered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(election_id, team_id) DO UPDATE SET received = excluded.received, operator = excluded.operator, entered_at = excluded.entered_at`,
    ).run(row.electionId, row.teamId, row.received, row.operator, row.enteredAt);
  }

  deleteTeamReceived(electionId: number, teamId: number): void {
    this.stmt('DELETE FROM team_received WHERE election_id = ? AND team_id = ?').run(electionId, teamId);
  }

  listTeamReceived(electionId: number): TeamReceivedRow[] {
    return this.stmt(
      'SELECT r.election_id AS electionId, r.team_id AS teamId, t.name AS teamName, r.received, r.operator, r.entered_at AS enteredAt FROM team_received r JOIN teams t ON t.id = r.team_id WHERE r.election_id = ? ORDER BY t.id',
    ).all(electionId) as TeamReceivedRow[];
  }

  // --- station packages merged ----------------------------------------------------------------

  insertStationPackage(row: Omit<StationPackageRow, 'id'>): number {
    return Number(
      this.stmt('INSERT INTO station_packages (congress_id, sha256, label, team_name, station_id, station_name, created_at, merged_at, operator, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        row.congressId, row.sha256, row.label, row.teamName, row.stationId, row.stationName, row.createdAt, row.mergedAt, row.operator, JSON.stringify(row.summary),
      ).lastInsertRowid,
    );
  }

  listStationPackages(congressId: number): StationPackageRow[] {
    return this.stmt('SELECT * FROM station_packages WHERE congress_id = ? ORDER BY id').all(congressId).map(stationPackageFromSql);
  }

  // --- double entry ---------------------------------------------------------------------------

  insertBatch(row: Pick<BatchRow, 'electionId' | 'teamId' | 'label' | 'size' | 'createdBy' | 'createdAt'>): number {
    return Number(this.stmt('INSERT INTO entry_batches (election_id, team_id, label, size, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(row.electionId, row.teamId, row.label, row.size, row.createdBy, row.createdAt).lastInsertRowid);
  }

  updateBatch(id: number, fields: Partial<Pick<BatchRow, keyof typeof BATCH_COLUMNS>>): void {
    this.update('entry_batches', BATCH_COLUMNS, id, fields);
  }

  getBatch(id: number): BatchRow | null {
    const row = this.stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.id = ?').get(id);
    return row === undefined ? null : batchFromSql(row);
  }

  findBatchByLabel(electionId: number, label: string): BatchRow | null {
    const row = this.stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? AND b.label = ?').get(electionId, label);
    return row === undefined ? null : batchFromSql(row);
  }

  listBatches(electionId: number): BatchRow[] {
    return this.stmt('SELECT b.*, t.name AS team_name FROM entry_batches b LEFT JOIN teams t ON t.id = b.team_id WHERE b.election_id = ? ORDER BY b.id').all(electionId).map(batchFromSql);
  }

  /** A reading typed for one position of one pass; typing the position again replaces it while the stack is open. */
  putReading(row: BatchReadingRow): void {
    this.stmt(
      `INSERT INTO batch_readings (batch_id, pass, position, kind, selection, ruling, note, resolution, operator, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(batch_id, pass, position) DO UPDATE SET kind = excluded.kind, selection = excluded.selection, ruling = excluded.ruling, note = excluded.note, resolution = excluded.resolution, operator = excluded.operator, entered_at = excluded.entered_at`,
    ).run(row.batchId, row.pass, row.position, row.kind, row.selection === null ? null : JSON.stringify(row.selection), row.ruling, row.note, row.resolution, row.operator, row.enteredAt);
  }

  listReadings(batchId: number, pass?: 1 | 2 | 3): BatchReadingRow[] {
    const rows = pass === undefined ? this.stmt('SELECT * FROM batch_readings WHERE batch_id = ? ORDER BY pass, position').all(batchId) : this.stmt('SELECT * FROM batch_readings WHERE batch_id = ? AND pass = ? ORDER BY position').all(batchId, pass);
    return rows.map(readingFromSql);
  }

  // --- audit log ------------------------------------------------------------------------------

  /** Appends an event chained to the last one. Call inside the transaction of the change. */
  appendAudit(event: NewAuditEvent): AuditEvent {
    const last = this.stmt('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const payload = JSON.stringify(event.payload ?? {});
    const fields = { seq, at: event.at, operator: event.operator, kind: event.kind, congressId: event.congressId, electionId: event.electionId, payload };
    const hash = eventHash(prevHash, fields);
    this.stmt('INSERT INTO audit_events (seq, at, operator, kind, congress_id, election_id, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      seq, event.at, event.operator, event.kind, event.congressId, event.electionId, payload, prevHash, hash,
    );
    return { ...fields, prevHash, hash };
  }

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
    return this.db.prepare(sql).all(...params, filter.limit ?? 1000).map(auditFromSql);
  }

  verifyAuditChain(): ChainVerdict {
    const rows = this.db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate();
    return verifyChain((function* () {
      for (const row of rows) yield auditFromSql(row);
    })());
  }
}
