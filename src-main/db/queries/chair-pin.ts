import type { Sql } from '../sql';

/** Wrong tries of a congress's chair PIN since the last right one (migration 3). */
export interface ChairPinFailures {
  congressId: number;
  failures: number;
  /** ISO time before which no try is taken, or null while fewer than the allowed wrong tries. */
  waitUntil: string | null;
  lastFailedAt: string;
}

export function chairPinQueries({ stmt }: Sql) {
  return {
    getChairPinFailures(congressId: number): ChairPinFailures | null {
      const row = stmt('SELECT congress_id AS congressId, failures, wait_until AS waitUntil, last_failed_at AS lastFailedAt FROM chair_pin_failures WHERE congress_id = ?').get(congressId) as ChairPinFailures | undefined;
      return row ?? null;
    },

    setChairPinFailures(row: ChairPinFailures): void {
      stmt(
        `INSERT INTO chair_pin_failures (congress_id, failures, wait_until, last_failed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(congress_id) DO UPDATE SET failures = excluded.failures, wait_until = excluded.wait_until, last_failed_at = excluded.last_failed_at`,
      ).run(row.congressId, row.failures, row.waitUntil, row.lastFailedAt);
    },

    clearChairPinFailures(congressId: number): void {
      stmt('DELETE FROM chair_pin_failures WHERE congress_id = ?').run(congressId);
    },
  };
}
