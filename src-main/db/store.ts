import { rmSync } from 'node:fs';
import { createOwnerOnlyFile } from '../services/owner-only';
import { openConnection, type Db } from './connection';
import { migrate } from './migrations';
import { auditQueries } from './queries/audit';
import { ballotQueries } from './queries/ballots';
import { chairPinQueries } from './queries/chair-pin';
import { congressQueries } from './queries/congresses';
import { doubleEntryQueries } from './queries/double-entry';
import { electionQueries } from './queries/elections';
import { printingQueries } from './queries/printings';
import { scanQueries } from './queries/scans';
import { stationPackageQueries } from './queries/stations';
import { teamQueries } from './queries/teams';
import { sqlOf, type Sql, type WrittenRows } from './sql';

export type * from '../../shared/api/records';

type CongressQueries = ReturnType<typeof congressQueries>;
type TeamQueries = ReturnType<typeof teamQueries>;
type ElectionQueries = ReturnType<typeof electionQueries>;
type BallotQueries = ReturnType<typeof ballotQueries>;
type StationPackageQueries = ReturnType<typeof stationPackageQueries>;
type DoubleEntryQueries = ReturnType<typeof doubleEntryQueries>;
type AuditQueries = ReturnType<typeof auditQueries>;
type ChairPinQueries = ReturnType<typeof chairPinQueries>;
type ScanQueries = ReturnType<typeof scanQueries>;
type PrintingQueries = ReturnType<typeof printingQueries>;

// The class below gets these methods from the query groups in its constructor (declaration merging).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Store extends CongressQueries, TeamQueries, ElectionQueries, BallotQueries, StationPackageQueries, DoubleEntryQueries, AuditQueries, ChairPinQueries, ScanQueries, PrintingQueries {}

/**
 * The only place with SQL (ARCHITECTURE.md), one file of queries per concern under queries/.
 * Methods are plain reads and writes; the rules and the checks live in the api and in shared/.
 * Writes that belong together run in `transaction`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Store {
  private readonly sql: Sql;

  private constructor(readonly db: Db, readonly path: string) {
    const sql = sqlOf(db);
    this.sql = sql;
    Object.assign(this, congressQueries(sql), teamQueries(sql), electionQueries(sql), ballotQueries(sql), stationPackageQueries(sql), doubleEntryQueries(sql), auditQueries(sql), chairPinQueries(sql), scanQueries(sql), printingQueries(sql));
  }

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

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** A consistent copy of the whole database (a backup, "save a copy"): VACUUM INTO a new file. */
  /** A consistent copy, readable by its owner only from its first byte (owner-only.ts). */
  copyTo(path: string): void {
    createOwnerOnlyFile(path);
    try {
      this.db.prepare('VACUUM INTO ?').run(path);
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it is written, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Runs `fn` and gives back, beside its result, the rows it wrote (ballots, team totals, the
   * status of elections): a change of many rows records them in its audit event, so that the log
   * alone can rebuild what it did.
   */
  recordingWrites<T>(fn: () => T): { result: T; written: WrittenRows } {
    const outer = this.sql.written;
    const written: WrittenRows = { elections: [], ballots: [], teamTotals: [], teamTotalsRemoved: [], roundsVoided: [] };
    this.sql.written = written;
    try {
      return { result: fn(), written };
    } finally {
      this.sql.written = outer;
    }
  }

  /** SQLite's own check of the file: 'ok', or what is damaged. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }

  getMeta(key: string): string | null {
    const row = this.sql.stmt('SELECT value FROM app_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.sql.stmt('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
