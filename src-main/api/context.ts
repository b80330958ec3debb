import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/api/errors';
import type { AuditKind, AuditPayload } from '../../shared/audit/events';
import { assemblyWords } from '../../shared/minutes/wording';
import { fail, type Result } from '../../shared/result';
import { parseWith } from '../../shared/validation/issues';
import type { CongressRow, ElectionRow, Store, TeamRow } from '../db/store';
import { BallotCache } from '../services/ballot-cache';
import { systemClock, type Clock } from '../services/clock';

export interface ApiDeps {
  store: Store;
  clock?: Clock;
  /** Ballot ids; injected so that tests can make them predictable. */
  newId?: () => string;
}

/** What every group of methods shares: the store, the clock, the audit log and the lookups. */
export interface ApiContext {
  store: Store;
  /** The ballots that count, per election, kept in memory for live results. */
  ballots: BallotCache;
  now(): string;
  newId(): string;
  /** Appends an event of a registered kind (shared/audit/events.ts), in the transaction of the change. */
  audit<K extends AuditKind>(kind: K, scope: { congressId?: number | null; electionId?: number | null; operator?: string | undefined }, payload: AuditPayload<K>): void;
  requireCongress(congressId: number): Result<CongressRow>;
  requireElection(electionId: number): Result<ElectionRow>;
  /** The election, if ballots, candidates and figures may still change. */
  requireEditableElection(electionId: number): Result<ElectionRow>;
  /** A counting team of the given congress. */
  requireTeam(teamId: number, congressId: number): Result<TeamRow>;
  /** An election that may still change, and one of its congress's teams (figures of a team). */
  requireEditableTeam(electionId: number, teamId: number): Result<{ election: ElectionRow; team: TeamRow }>;
}

export function createContext(deps: ApiDeps): ApiContext {
  const { store } = deps;
  /** Who reopens a result of this congress: its chair's words (a committee meeting's is the chủ tọa). */
  const chairOf = (congressId: number) => assemblyWords(store.getCongress(congressId)?.kind ?? 'delegates').chair;
  const clock = deps.clock ?? systemClock;
  const context: ApiContext = {
    store,
    ballots: new BallotCache(store),
    now: () => clock.now().toISOString(),
    newId: deps.newId ?? randomUUID,
    audit(kind, scope, payload) {
      store.appendAudit({ at: context.now(), operator: scope.operator ?? '', kind, congressId: scope.congressId ?? null, electionId: scope.electionId ?? null, payload });
    },
    requireCongress(congressId) {
      const congress = store.getCongress(congressId);
      return congress ? { ok: true, value: congress } : fail(ERROR_CODES.notFound, `Không tìm thấy đại hội số ${congressId}`, 'congressId');
    },
    requireElection(electionId) {
      const election = store.getElection(electionId);
      return election ? { ok: true, value: election } : fail(ERROR_CODES.notFound, `Không tìm thấy cuộc bầu số ${electionId}`, 'electionId');
    },
    requireEditableElection(electionId) {
      const found = context.requireElection(electionId);
      if (!found.ok) return found;
      const election = found.value;
      if (election.status === 'locked') return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${election.title}" đã chốt kết quả: không thể thay đổi. Muốn sửa, ${chairOf(election.congressId)} phải mở khóa (cần mã PIN và lý do).`);
      if (store.getVoidedRound(electionId)) return fail(ERROR_CODES.roundVoided, `Vòng bầu "${election.title}" đã bị hủy (kết quả vòng trước đã thay đổi khi sửa phiếu): không thể nhập hay sửa; phải bầu lại vòng này.`);
      if (election.status === 'paused') return fail(ERROR_CODES.electionPaused, `Cuộc bầu "${election.title}" đang tạm dừng chờ ý kiến cấp trên: không thể nhập hay sửa.`);
      if (store.listContinuations(electionId).length > 0) return fail(ERROR_CODES.roundFinished, `Vòng bầu "${election.title}" đã kết thúc (đã có vòng bầu tiếp theo): không thể nhập hay sửa.`);
      return found;
    },
    requireTeam(teamId, congressId) {
      const team = store.getTeam(teamId);
      return team && team.congressId === congressId ? { ok: true, value: team } : fail(ERROR_CODES.notFound, `Không tìm thấy tổ kiểm phiếu số ${teamId}`, 'teamId');
    },
    requireEditableTeam(electionId, teamId) {
      const election = context.requireEditableElection(electionId);
      if (!election.ok) return election;
      const team = context.requireTeam(teamId, election.value.congressId);
      return team.ok ? { ok: true, value: { election: election.value, team: team.value } } : team;
    },
  };
  return context;
}

/**
 * One api method: the input is checked against its schema (a failure names the field), then the
 * handler runs. Handlers return Results for expected failures; exceptions are bugs.
 */
export function method<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Result<T>): (input: z.input<S>) => Result<T> {
  return (input) => {
    const parsed = parseWith(schema, input);
    if (!parsed.ok) return parsed;
    return handler(parsed.value);
  };
}

/** The same for work that waits (writing a workbook or a PDF): the input is checked first. */
export function asyncMethod<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<Result<T>>): (input: z.input<S>) => Promise<Result<T>> {
  return async (input) => {
    const parsed = parseWith(schema, input);
    if (!parsed.ok) return parsed;
    return handler(parsed.value);
  };
}

/** Runs a handler inside one transaction; a failure Result rolls everything back. */
export function inTransaction<T>(store: Store, handler: () => Result<T>): Result<T> {
  const rollback = new Error('rollback');
  let failure: Result<T> | null = null;
  try {
    return store.transaction(() => {
      const result = handler();
      if (!result.ok) {
        failure = result;
        throw rollback;
      }
      return result;
    });
  } catch (error) {
    if (error === rollback && failure !== null) return failure;
    throw error;
  }
}
