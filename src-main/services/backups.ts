import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../shared/api/workspace-views';
import type { Clock } from './clock';
import { copyEvidence, scansDir, tightenEvidence } from '../scan/evidence-files';
import type { Store } from '../db/store';
import { ownerOnlyFolder, tightenFile } from './owner-only';

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  lock: 'sau khi chốt kết quả',
  merge: 'sau khi gộp gói máy trạm',
  periodic: 'định kỳ',
  manual: 'sao lưu theo yêu cầu',
  'before-restore': 'trước khi khôi phục',
};

export interface BackupPolicy {
  /** How many backups are kept (the oldest go first). */
  keep: number;
  /** While changes happen, at most one periodic backup per this many milliseconds. */
  intervalMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 20, intervalMs: 5 * 60_000 };

/** Events after which a backup is made at once. */
const AT_ONCE: Readonly<Record<string, BackupReason>> = { 'election.locked': 'lock', 'packages.merged': 'merge' };

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?_([a-z-]+)\.kiemphieu$/;

function stampOf(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

function isoOf(stamp: string): string {
  return stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4');
}

/** Backups an older version left readable by others: the folder, each copy and the images kept with them, tightened. */
function tightenBackups(dir: string): void {
  if (!existsSync(dir)) return;
  ownerOnlyFolder(dir);
  for (const name of readdirSync(dir)) if (name.endsWith('.kiemphieu')) tightenFile(join(dir, name));
  tightenEvidence(join(dir, 'scans'));
}

/** The backups folder beside a congress file: `<file>.backups/`. */
export function backupDirOf(path: string): string {
  return `${path}.backups`;
}

/**
 * The backup policy of an open congress file (VxAdmin's `vacuum into`, Actual's rotation): a
 * consistent copy (VACUUM INTO) after every lock and every merge, and while changes happen at
 * most every few minutes, the last N kept in `<file>.backups/`, each named by its time and reason.
 * It reads what changed from the audit log, so it follows every change whoever made it.
 */
export class BackupService {
  readonly dir: string;
  private lastSeq: number;
  private lastBackupAt: number;
  /** The last backup that failed, to be shown (a full disk must not stop the counting). */
  lastError: string | null = null;

  constructor(
    private readonly store: Store,
    readonly path: string,
    private readonly clock: Clock,
    readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  ) {
    this.dir = backupDirOf(path);
    tightenBackups(this.dir);
    this.lastSeq = store.lastAuditEvent()?.seq ?? 0;
    const newest = this.list()[0];
    this.lastBackupAt = newest ? Date.parse(newest.at) : 0;
  }

  /** Where the backups keep the scanned images: one folder for all of them, `<file>.backups/scans`. */
  get scansDir(): string {
    return join(this.dir, 'scans');
  }

  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .flatMap((name) => {
        const match = NAME.exec(name);
        if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2] as string)) return [];
        const path = join(this.dir, name);
        return [{ name, path, at: isoOf(match[1] as string), reason: match[2] as BackupReason, bytes: statSync(path).size }];
      })
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  }

  find(name: string): BackupInfo | null {
    return this.list().find((b) => b.name === basename(name)) ?? null;
  }

  /** A copy now. Written under a temporary name and renamed, so a half-written copy never looks like a backup. */
  backupNow(reason: BackupReason): BackupInfo {
    ownerOnlyFolder(this.dir);
    const at = this.clock.now().toISOString();
    let name = `${stampOf(at)}_${reason}.kiemphieu`;
    for (let n = 2; existsSync(join(this.dir, name)); n++) name = `${stampOf(at)}-${n}_${reason}.kiemphieu`;
    const path = join(this.dir, name);
    const temporary = `${path}.tmp`;
    rmSync(temporary, { force: true });
    this.store.copyTo(temporary);
    // The scanned images are evidence: the backups keep every one, never pruned (they are named by their hash).
    copyEvidence(scansDir(this.path), this.scansDir);
    renameSync(temporary, path);
    this.lastSeq = this.store.lastAuditEvent()?.seq ?? this.lastSeq;
    this.lastBackupAt = Date.parse(at);
    this.lastError = null;
    this.prune();
    return { name, path, at, reason, bytes: statSync(path).size };
  }

  private prune(): void {
    for (const old of this.list().slice(this.policy.keep)) rmSync(old.path, { force: true });
  }

  private attempt(reason: BackupReason): BackupInfo | null {
    try {
      return this.backupNow(reason);
    } catch (error) {
      this.lastError = `Không sao lưu được (${BACKUP_REASON_LABELS[reason]}): ${(error as Error).message}`;
      return null;
    }
  }

  /** After every api call: a lock or a merge is backed up at once; other changes once the interval has passed. */
  afterCall(): BackupInfo | null {
    if (this.store.inTransaction) return null;
    const changes = this.store.auditKindsAfter(this.lastSeq);
    if (changes.length === 0) return null;
    const atOnce = changes.map((c) => AT_ONCE[c.kind]).find((reason) => reason !== undefined);
    if (atOnce) return this.attempt(atOnce);
    return this.tick();
  }

  /** From a timer: changes not yet backed up, and the interval passed since the last backup. */
  tick(): BackupInfo | null {
    if (this.store.inTransaction || this.clock.now().getTime() - this.lastBackupAt < this.policy.intervalMs) return null;
    if (this.store.auditKindsAfter(this.lastSeq).length === 0) return null;
    return this.attempt('periodic');
  }
}

/** The api with the backup policy run after each call (sync or async); the calls themselves are unchanged. */
export function withBackups<A extends object>(api: A, backups: BackupService): A {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api)) {
    if (typeof fn !== 'function') {
      wrapped[name] = fn;
      continue;
    }
    wrapped[name] = (...args: unknown[]) => {
      const result = (fn as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) return result.finally(() => backups.afterCall());
      backups.afterCall();
      return result;
    };
  }
  return wrapped as A;
}
