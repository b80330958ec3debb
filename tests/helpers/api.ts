import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Result } from '../../shared/result';
import { buildApi, type Api } from '../../src-main/api/build-api';
import type { Clock } from '../../src-main/services/clock';
import { Store } from '../../src-main/db/store';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock that moves one second per reading, from a fixed start. */
export function steppingClock(start = '2025-06-20T07:30:00.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)) };
}

export interface TestApp {
  api: Api;
  store: Store;
  path: string;
  reopen(): TestApp;
}

export function openTestApp(path = join(tempDir(), 'dai-hoi.kiemphieu'), options: { idPrefix?: string } = {}): TestApp {
  const store = Store.open(path);
  cleanups.push(() => {
    if (store.db.open) store.close();
  });
  let n = 0;
  const prefix = options.idPrefix ?? 'phieu';
  const api = buildApi({ store, clock: steppingClock(), newId: () => `${prefix}-${++n}` });
  return { api, store, path, reopen: () => (store.close(), openTestApp(path, options)) };
}

/** The value of a successful Result; fails the test with the message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function failure(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a failure, got success');
  return result.error;
}

/** The chair's PIN of the congresses the helpers set up. */
export const CHAIR_PIN = '246813';

/** A congress of 45 summoned delegates (base 43) with one BCH election of 3 seats and 5 names. */
export function setUpElection(app: TestApp, options: { seats?: number; names?: string[]; ballotsReturned?: number | null; office?: 'cap_uy' | 'dai_bieu' | 'bi_thu' } = {}) {
  const { api } = app;
  const { congressId } = unwrap(api.createCongress({ name: 'Đại hội Đảng bộ phường Hòa An lần thứ III', kind: 'delegates', summoned: 45, exclusions: [{ reason: 'Vắng mặt suốt thời gian đại hội', count: 2 }], chairPin: CHAIR_PIN, operator: 'Thư ký' }));
  const names = options.names ?? ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'];
  const { electionId } = unwrap(api.createElection({ congressId, office: options.office ?? 'cap_uy', seats: options.seats ?? 3, title: 'Bầu Ban Chấp hành', ballotsIssued: 43, ballotsReturned: options.ballotsReturned ?? null }));
  unwrap(api.addCandidates({ electionId, candidates: names.map((name) => ({ name })) }));
  const { teamId } = unwrap(api.createTeam({ congressId, name: 'Tổ 1' }));
  return { congressId, electionId, teamId };
}
