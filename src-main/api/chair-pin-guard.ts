import { ERROR_CODES } from '../../shared/api/errors';
import { localDateTimeOf, numericDateTime } from '../../shared/format/date';
import { assemblyWords, capitalized } from '../../shared/minutes/wording';
import { fail, ok, type Result } from '../../shared/result';
import type { CongressRow } from '../db/store';
import { hashPin, pinHashCommitment, pinMatches, pinNeedsRehash } from '../services/chair-pin';
import type { ApiContext } from './context';

/** Wrong PINs in a row allowed before a wait. */
export const FREE_PIN_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 4 * 3600;

/** The wait after the n-th wrong PIN in a row: none before the 5th, then 30 s doubling each time, at most 4 h. */
export function waitSecondsAfter(failures: number): number | null {
  if (failures < FREE_PIN_TRIES) return null;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(failures - FREE_PIN_TRIES, 30));
}

/** The end of a wait as the user reads it, rounded up to the minute: at that minute the wait is over. */
function shownTime(iso: string): string {
  return numericDateTime(localDateTimeOf(new Date(Math.ceil(Date.parse(iso) / 60_000) * 60_000)));
}

export interface PinAttempt {
  /** What the PIN was asked for: locking or reopening an election, changing the PIN itself, restoring an old backup, correcting a finished round. */
  action: 'lock' | 'unlock' | 'change_pin' | 'restore' | 'correct_finished_round';
  /** The field that carried the PIN, named by a refusal. */
  path: 'pin' | 'currentPin';
  electionId?: number;
  operator?: string | undefined;
  reason?: string;
}

export interface PinAccepted {
  /** Wrong tries in a row that this right PIN ends (0 if none). */
  pinFailuresCleared: number;
  /** The stored hash was of a lower cost and has been made again at today's. */
  pinRehashed: boolean;
}

/**
 * Checks the chair's PIN of a congress under the policy of issue 10: while a wait is running the
 * try is refused without checking the PIN (the refusal tells nothing about it); a wrong PIN counts
 * and, from the 5th in a row, starts a wait; the right one clears the count. Every try is audited.
 * Call it inside `store.transaction` and keep a refusal committed (not `inTransaction`, which would
 * roll the count back): the read, the check and the count are then one step even across processes.
 */
export function checkChairPin(ctx: ApiContext, congress: CongressRow & { chairPinHash: string }, pin: string, attempt: PinAttempt): Result<PinAccepted> {
  const { store } = ctx;
  const now = ctx.now();
  const scope = { congressId: congress.id, electionId: attempt.electionId ?? null, operator: attempt.operator };
  const recorded = { action: attempt.action, ...(attempt.reason !== undefined ? { reason: attempt.reason } : {}) };
  const before = store.getChairPinFailures(congress.id);

  if (before?.waitUntil && now < before.waitUntil) {
    ctx.audit('pin.locked_out', scope, { ...recorded, failures: before.failures, waitUntil: before.waitUntil });
    return fail(ERROR_CODES.pinLockedOut, `Đã nhập sai mã PIN ${before.failures} lần liên tiếp: phải chờ đến ${shownTime(before.waitUntil)} mới được thử lại. Mã PIN không được kiểm tra.`, attempt.path);
  }

  if (!pinMatches(pin, congress.chairPinHash)) {
    const failures = (before?.failures ?? 0) + 1;
    const waitSeconds = waitSecondsAfter(failures);
    const waitUntil = waitSeconds === null ? null : new Date(Date.parse(now) + waitSeconds * 1000).toISOString();
    store.setChairPinFailures({ congressId: congress.id, failures, waitUntil, lastFailedAt: now });
    ctx.audit('pin.attempt_failed', scope, { ...recorded, failures, waitSeconds, waitUntil });
    const message =
      waitUntil === null
        ? `Mã PIN không đúng (còn ${FREE_PIN_TRIES - failures} lần thử trước khi phải chờ)`
        : `Mã PIN không đúng. Đã sai ${failures} lần liên tiếp: phải chờ đến ${shownTime(waitUntil)} mới được thử lại`;
    return fail(ERROR_CODES.wrongPin, message, attempt.path);
  }

  // The count's end is an event too: the integrity check rebuilds the count from the log alone.
  if (before) {
    store.clearChairPinFailures(congress.id);
    ctx.audit('pin.failures_cleared', scope, { action: attempt.action, failures: before.failures });
  }
  const pinRehashed = pinNeedsRehash(congress.chairPinHash);
  if (pinRehashed) {
    const chairPinHash = hashPin(pin);
    store.updateCongress(congress.id, { chairPinHash });
    ctx.audit('congress.pin_set', scope, { replaced: true, rehashed: true, before: pinHashCommitment(congress.chairPinHash), commitment: pinHashCommitment(chairPinHash) });
  }
  return ok({ pinFailuresCleared: before?.failures ?? 0, pinRehashed });
}

/**
 * The chair's consent to an act (locking, unlocking, a next round that locks the round it
 * continues): refused, naming the field, while the congress has no PIN or none is given; else
 * checked under the policy above. Call inside `store.transaction` (see checkChairPin).
 */
export function requireChairPin(ctx: ApiContext, congress: CongressRow, pin: string | undefined, attempt: PinAttempt, act: string): Result<PinAccepted> {
  const { chairPinHash } = congress;
  const words = assemblyWords(congress.kind);
  if (chairPinHash === null) return fail(ERROR_CODES.pinRequired, `Chưa đặt mã PIN của ${words.chair}: ${act} cần mã PIN; hãy đặt mã PIN trong phần thiết lập ${words.body}`, attempt.path);
  if (pin === undefined || pin === '') return fail(ERROR_CODES.pinRequired, `${capitalized(act)} cần mã PIN của ${words.chair}`, attempt.path);
  return checkChairPin(ctx, { ...congress, chairPinHash }, pin, attempt);
}
