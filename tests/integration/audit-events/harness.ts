import { expect, it } from 'vitest';
import type { ApiMethod } from '../../../shared/api/contract';
import type { AuditEvent } from '../../../shared/api/records';
import { AUDIT_EVENTS, isAuditKind, type AuditKind } from '../../../shared/audit/events';
import type { Result } from '../../../shared/result';
import type { Api } from '../../../src-main/api/build-api';
import type { Store } from '../../../src-main/db/store';
import { buildApi } from '../../../src-main/api/build-api';
import { CHAIR_PIN, openTestApp, setUpElection, unwrap, type TestApp } from '../../helpers/api';
import { expectReadable } from '../../helpers/audit-readable';
import { auditEventText } from '../../../shared/audit/event-text';
import type { AuditNames } from '../../../shared/audit/words';
import { auditNamesOf } from '../../../src-main/services/audit-names';

/**
 * After each call, what it appended to the log: as VxAdmin's app tests check, after each api
 * call, that the logger got the expected LogEventId and details. Here the log is the file's own
 * hash-chained table, read back after the call; every event read must be of a registered kind,
 * parse with the registry's schema for that kind, and read on the log screen as a Vietnamese
 * sentence with names and labelled details.
 */

/** An event as a case checks it: who and where, and the payload as written. */
export interface Logged {
  kind: string;
  congressId: number | null;
  electionId: number | null;
  operator: string;
  payload: Record<string, unknown>;
}

/** A file whose integrity check must say sound once its case is over. */
export type Verifiable = Pick<Api, 'verifyAudit'>;

/** One row of the table: a method, the kinds its scenario appends, the scenario. */
export interface EventCase {
  method: ApiMethod;
  /** Every kind the scenario's checked calls append (a success's, and a refusal's that is recorded). */
  kinds: readonly AuditKind[];
  /** Calls the method (and refusals of it), checking each call's events; returns the files to check. */
  run(): Promise<readonly Verifiable[]> | readonly Verifiable[];
}

/** The kinds appended by the checked calls of the running case. */
const seen = new Set<string>();

function logged(event: AuditEvent, names: AuditNames): Logged {
  expect(isAuditKind(event.kind), `"${event.kind}" is a registered kind`).toBe(true);
  const payload = JSON.parse(event.payload) as Record<string, unknown>;
  const parsed = AUDIT_EVENTS[event.kind as AuditKind].payload.safeParse(payload);
  expect(parsed.success, `the payload of ${event.kind} parses: ${parsed.error?.message ?? ''}`).toBe(true);
  // The log screen reads it as a sentence with names and labelled details (issue 18, item 6).
  expectReadable(event.kind, auditEventText(event, names), payload);
  seen.add(event.kind);
  return { kind: event.kind, congressId: event.congressId, electionId: event.electionId, operator: event.operator, payload };
}

/** The events of a file's log after `afterSeq`, each checked against the registry. */
export function logOf(store: Store, afterSeq = 0): Logged[] {
  const names = auditNamesOf(store);
  return store.listAudit({ afterSeq, limit: 1_000_000 }).map((event) => logged(event, names));
}

export function headOf(store: Store): number {
  return store.lastAuditEvent()?.seq ?? 0;
}

async function appended<T>(store: Store, call: () => Result<T> | Promise<Result<T>>): Promise<{ result: Result<T>; events: Logged[] }> {
  const mark = headOf(store);
  const result = await call();
  return { result, events: logOf(store, mark) };
}

/** What an event must be: its kind, its scope exactly, and at least these payload fields. */
export function ev(kind: AuditKind, scope: { congressId?: number | null; electionId?: number | null; operator?: string }, payload: Record<string, unknown> = {}) {
  return { kind, congressId: scope.congressId ?? null, electionId: scope.electionId ?? null, operator: scope.operator ?? '', payload: expect.objectContaining(payload) };
}

/** A call that succeeds and appends exactly the events `expected` makes of its value. */
export async function changes<T>(store: Store, call: () => Result<T> | Promise<Result<T>>, expected: (value: T) => unknown[]): Promise<{ value: T; events: Logged[] }> {
  const { result, events } = await appended(store, call);
  const value = unwrap(result);
  expect(events).toEqual(expected(value));
  return { value, events };
}

/** A call refused with `code`, which appends nothing, or exactly the refusal events the policy records. */
export async function refused(store: Store, call: () => Result<unknown> | Promise<Result<unknown>>, code: string, expected: unknown[] = []): Promise<Logged[]> {
  const { result, events } = await appended(store, call);
  expect(result.ok, `expected ${code}`).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
  expect(events).toEqual(expected);
  return events;
}

/** The payload's `written` rows (a bulk change), as the registry reads them. */
export function writtenOf(event: Logged | undefined) {
  return (event?.payload.written ?? {}) as { elections: [number, string][]; ballots: unknown[][]; teamTotals: unknown[][]; teamTotalsRemoved: unknown[][] };
}

/** The election of setUpElection with ballots and returned figures that allow it to be locked (4 seats, two ballots), locked. */
export function lockedElection(app: TestApp = openTestApp()) {
  const setup = setUpElection(app, { seats: 4, ballotsReturned: 2 });
  const first = unwrap(app.api.enterBallot({ electionId: setup.electionId, teamId: setup.teamId, struck: ['c01'] }));
  unwrap(app.api.enterBallot({ electionId: setup.electionId, teamId: setup.teamId, struck: ['c02'] }));
  const { fingerprint } = unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: setup.electionId }));
  return { app, ...setup, ballotId: first.ballotId, fingerprint };
}

/** A second api on the same file whose clock never moves: a wait after five wrong PINs never ends by itself. */
export function frozenApi(app: TestApp): Api {
  const at = new Date('2025-06-20T08:00:00.000Z');
  return buildApi({ store: app.store, clock: { now: () => new Date(at) } });
}

/** The table as tests: each case runs, appends exactly the kinds its row names, and leaves every file it touched sound. */
export function runCases(cases: readonly EventCase[]): void {
  for (const row of cases) {
    it(`${row.method}: ${row.kinds.length > 0 ? row.kinds.join(', ') : 'no event (no congress data changes)'}`, async () => {
      seen.clear();
      const files = await row.run();
      expect([...seen].sort()).toEqual([...new Set(row.kinds)].sort());
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(unwrap(file.verifyAudit({}))).toMatchObject({ intact: true, sound: true, differences: [], unreadable: [] });
    });
  }
}
