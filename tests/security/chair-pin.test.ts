import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../src-main/api/build-api';
import { waitSecondsAfter } from '../../src-main/api/chair-pin-guard';
import { openConnection } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../src-main/db/migrations';
import { Store } from '../../src-main/db/store';
import { CHAIR_PIN, failure, setUpElection, tempDir, unwrap, type TestApp } from '../helpers/api';

// Issue 10, finding 6: a 4-digit PIN was found through the api in 24 s and offline from the file in 16 s.

const PIN = '246813';
const WRONG = '999999';

/** A clock that moves one second per reading, and jumps when the test says: no test sleeps. */
function movableClock(start = '2025-06-20T07:30:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)), advance: (seconds: number) => void (t += seconds * 1000), peek: () => t };
}
type MovableClock = ReturnType<typeof movableClock>;

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) if (store.db.open) store.close();
});

function openApp(path: string, clock: MovableClock): TestApp {
  const store = Store.open(path);
  stores.push(store);
  let n = 0;
  const api = buildApi({ store, clock, newId: () => `phieu-${++n}` });
  return { api, store, path, reopen: () => (store.close(), openApp(path, clock)) };
}

/** A congress whose chair's PIN is PIN (tests/helpers/api.ts), with one locked election (two ballots, four seats). */
function lockedElection(clock = movableClock()) {
  const app = openApp(join(tempDir(), 'dai-hoi.kiemphieu'), clock);
  const { congressId, electionId } = setUpElection(app, { seats: 4, ballotsReturned: 2 });
  unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
  unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
  unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
  return { app, clock, congressId, electionId };
}

const unlock = (app: TestApp, electionId: number, pin: string) => app.api.unlockElection({ electionId, pin, reason: 'Sửa phiếu số 1', operator: 'Chủ tịch đoàn' });

function pinEvents(app: TestApp, congressId: number) {
  return unwrap(app.api.listAudit({ congressId }))
    .filter((e) => e.kind.startsWith('pin.') || e.kind === 'election.unlocked' || e.kind === 'congress.pin_set')
    .map((e) => ({ kind: e.kind, at: e.at, payload: JSON.parse(e.payload) as Record<string, unknown> }));
}

/** "dd/mm/yyyy HH:mm" in the machine's time zone, rounded up to the minute (the wait is over then). */
function shownTime(iso: string): string {
  const d = new Date(Math.ceil(Date.parse(iso) / 60_000) * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function failFiveTimes(app: TestApp, electionId: number) {
  for (let i = 1; i <= 4; i++) expect(failure(unlock(app, electionId, WRONG))).toMatchObject({ code: 'WRONG_PIN', path: 'pin' });
  return failure(unlock(app, electionId, WRONG));
}

describe('the chair’s PIN: at least 6 digits', () => {
  it('refuses a PIN of 4 or 5 digits, in Vietnamese, naming the field, when a congress is made and when the PIN is set', () => {
    const clock = movableClock();
    const app = openApp(join(tempDir(), 'dai-hoi.kiemphieu'), clock);
    for (const pin of ['2468', '24681']) {
      expect(failure(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 10, chairPin: pin }))).toMatchObject({ code: 'INVALID_INPUT', path: 'chairPin', message: 'chairPin: mã PIN phải gồm 6 đến 12 chữ số' });
    }
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội', kind: 'members', summoned: 10 }));
    expect(failure(app.api.setChairPin({ congressId, pin: '12345' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'pin', message: 'pin: mã PIN phải gồm 6 đến 12 chữ số' });
    unwrap(app.api.setChairPin({ congressId, pin: '123456' }));
  });
});

describe('wrong PINs: after 5, a growing wait kept in the file', () => {
  it('refuses the 6th try, even with the right PIN and without checking it, saying until when; the wait doubles', () => {
    const { app, congressId, electionId, clock } = lockedElection();
    const fifth = failFiveTimes(app, electionId);
    const [firstWait] = pinEvents(app, congressId).filter((e) => e.kind === 'pin.attempt_failed').slice(-1);
    expect(firstWait?.payload).toMatchObject({ action: 'unlock', failures: 5, waitSeconds: 30 });
    const until = firstWait?.payload.waitUntil as string;
    expect(Date.parse(until) - Date.parse(firstWait?.at as string)).toBeGreaterThan(28_000);
    expect(Date.parse(until) - Date.parse(firstWait?.at as string)).toBeLessThanOrEqual(30_000);
    expect(fifth).toMatchObject({ code: 'WRONG_PIN', path: 'pin' });
    expect(fifth.message).toContain(`đến ${shownTime(until)}`);

    const refused = failure(unlock(app, electionId, PIN));
    expect(refused).toMatchObject({ code: 'PIN_LOCKED_OUT', path: 'pin' });
    expect(refused.message).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(refused.message).toContain(`đến ${shownTime(until)}`);
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('locked');

    // A wrong try after the wait: 60 s, then 120 s.
    for (const waitSeconds of [60, 120]) {
      clock.advance(31 + waitSeconds / 2);
      expect(failure(unlock(app, electionId, WRONG)).code).toBe('WRONG_PIN');
      const last = pinEvents(app, congressId).at(-1);
      expect(last).toMatchObject({ kind: 'pin.attempt_failed', payload: { waitSeconds } });
      clock.advance(waitSeconds - 5);
      expect(failure(unlock(app, electionId, PIN)).code).toBe('PIN_LOCKED_OUT');
    }
  });

  it('doubles the wait with each wrong try after the 5th, up to 4 hours', () => {
    expect(Array.from({ length: 12 }, (_, i) => waitSecondsAfter(i + 4))).toEqual([null, 30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 4 * 3600, 4 * 3600]);
    const { app, congressId, electionId } = lockedElection();
    app.store.setChairPinFailures({ congressId, failures: 40, waitUntil: null, lastFailedAt: '2025-06-20T07:30:00.000Z' });
    expect(failure(unlock(app, electionId, WRONG)).code).toBe('WRONG_PIN');
    expect(pinEvents(app, congressId).at(-1)?.payload).toMatchObject({ failures: 41, waitSeconds: 4 * 3600 });
  });

  it('keeps the wait when the file is closed and opened again, by a new Store and api', () => {
    const { app, electionId, clock } = lockedElection();
    failFiveTimes(app, electionId);
    const reopened = app.reopen();
    expect(failure(unlock(reopened, electionId, PIN)).code).toBe('PIN_LOCKED_OUT');
    const another = openApp(app.path, clock);
    expect(failure(unlock(another, electionId, PIN)).code).toBe('PIN_LOCKED_OUT');
  });

  it('after the wait, the right PIN unlocks and resets the count: 4 more wrong tries are allowed, the 5th waits 30 s again', () => {
    const { app, congressId, electionId, clock } = lockedElection();
    failFiveTimes(app, electionId);
    clock.advance(31);
    unwrap(unlock(app, electionId, PIN));
    expect(unwrap(app.api.getElection({ electionId })).status).toBe('open');
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    for (let i = 1; i <= 4; i++) expect(failure(unlock(app, electionId, WRONG)).code).toBe('WRONG_PIN');
    expect(pinEvents(app, congressId).at(-1)?.payload).toMatchObject({ failures: 4, waitSeconds: null });
    expect(failure(unlock(app, electionId, WRONG)).code).toBe('WRONG_PIN');
    expect(pinEvents(app, congressId).at(-1)?.payload).toMatchObject({ failures: 5, waitSeconds: 30 });
  });

  it('audits every try: wrong, refused while waiting, and right', () => {
    const { app, congressId, electionId, clock } = lockedElection();
    failFiveTimes(app, electionId);
    expect(failure(unlock(app, electionId, WRONG)).code).toBe('PIN_LOCKED_OUT');
    expect(failure(unlock(app, electionId, PIN)).code).toBe('PIN_LOCKED_OUT');
    clock.advance(31);
    unwrap(unlock(app, electionId, PIN));
    const events = pinEvents(app, congressId).filter((e) => e.kind !== 'congress.pin_set');
    expect(events.map((e) => e.kind)).toEqual([...Array(5).fill('pin.attempt_failed'), 'pin.locked_out', 'pin.locked_out', 'pin.failures_cleared', 'election.unlocked']);
    expect(events[5]?.payload).toMatchObject({ action: 'unlock', reason: 'Sửa phiếu số 1', failures: 5 });
    expect(events[7]?.payload).toMatchObject({ action: 'unlock', failures: 5 });
    expect(events[8]?.payload).toMatchObject({ reason: 'Sửa phiếu số 1', pinFailuresCleared: 5 });
    const audited = unwrap(app.api.listAudit({ congressId })).filter((e) => e.kind.startsWith('pin.'));
    expect(audited.every((e) => e.electionId === electionId && e.operator === 'Chủ tịch đoàn')).toBe(true);
    expect(unwrap(app.api.verifyAudit({})).intact).toBe(true);
  });

  it('applies the same policy where the current PIN is asked to change it', () => {
    const { app, congressId, electionId } = lockedElection();
    for (let i = 1; i <= 5; i++) expect(failure(app.api.setChairPin({ congressId, pin: '135790', currentPin: WRONG }))).toMatchObject({ code: 'WRONG_PIN', path: 'currentPin' });
    expect(failure(app.api.setChairPin({ congressId, pin: '135790', currentPin: PIN }))).toMatchObject({ code: 'PIN_LOCKED_OUT', path: 'currentPin' });
    // The count is per congress: the unlock waits too.
    expect(failure(unlock(app, electionId, PIN)).code).toBe('PIN_LOCKED_OUT');
    expect(pinEvents(app, congressId).filter((e) => e.kind.startsWith('pin.')).map((e) => e.payload.action)).toEqual([...Array(5).fill('change_pin'), 'change_pin', 'unlock']);
  });
});

describe('the stored hash', () => {
  it('carries its scrypt cost, at least 2^16 × 8 (64 MiB, ~2^19 units of work) per check', () => {
    const { app, congressId } = lockedElection();
    const stored = app.store.getCongress(congressId)?.chairPinHash ?? '';
    const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([0-9a-f]{32})\$([0-9a-f]{64})$/.exec(stored);
    expect(m).not.toBeNull();
    const [N, r, p] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    expect(N).toBeGreaterThanOrEqual(2 ** 16);
    expect(r).toBeGreaterThanOrEqual(8);
    expect(p).toBeGreaterThanOrEqual(1);
    expect(N * r * p).toBeGreaterThanOrEqual(2 ** 19);
  });

  it('still verifies a hash of the old format (scrypt$salt$hash), and stores it again at the new cost once the PIN is right', () => {
    const { app, congressId, electionId } = lockedElection();
    const salt = randomBytes(16);
    const old = `scrypt$${salt.toString('hex')}$${scryptSync(PIN, salt, 32).toString('hex')}`;
    app.store.updateCongress(congressId, { chairPinHash: old });
    expect(failure(unlock(app, electionId, WRONG)).code).toBe('WRONG_PIN');
    unwrap(unlock(app, electionId, PIN));
    const rehashed = app.store.getCongress(congressId)?.chairPinHash ?? '';
    expect(rehashed).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
    expect(pinEvents(app, congressId).at(-1)).toMatchObject({ kind: 'election.unlocked', payload: { pinRehashed: true } });
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
    unwrap(unlock(app, electionId, PIN));
  });

  it('migration 3 brings a file of schema 2 up: the chair’s old PIN (4 digits, old format) still unlocks, and wrong tries are counted in the file', () => {
    const path = join(tempDir(), 'cu.kiemphieu');
    const db = openConnection(path);
    migrate(db, MIGRATIONS.slice(0, 2));
    const salt = randomBytes(16);
    db.prepare("INSERT INTO congresses (name, kind, summoned, chair_pin_hash, created_at) VALUES ('Đại hội cũ', 'delegates', 40, ?, '2025-01-01T00:00:00.000Z')").run(`scrypt$${salt.toString('hex')}$${scryptSync('2468', salt, 32).toString('hex')}`);
    db.prepare("INSERT INTO elections (congress_id, key, position, office, seats, status) VALUES (1, 'bch', 0, 'cap_uy', 3, 'locked')").run();
    db.close();
    const app = openApp(path, movableClock());
    expect(schemaVersion(app.store.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(failure(unlock(app, 1, '1357')).code).toBe('WRONG_PIN');
    expect(app.store.getChairPinFailures(1)).toMatchObject({ failures: 1, waitUntil: null });
    unwrap(unlock(app, 1, '2468'));
    expect(app.store.getChairPinFailures(1)).toBeNull();
  });
});
