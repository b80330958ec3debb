/** What the shells say of the workspace: the open congress file, the recent ones, the backups. */

export interface WorkspaceInfo {
  shell: 'electron' | 'browser';
  documentsDir: string;
  path: string | null;
  fileName: string | null;
  congressId: number | null;
}

export interface RecentFile {
  path: string;
  congressName: string;
  openedAt: string;
  exists: boolean;
}

/** A congress file in the documents folder. */
export interface CongressFileEntry {
  path: string;
  fileName: string;
  modifiedAt: string;
}

export const BACKUP_REASONS = ['lock', 'merge', 'periodic', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  name: string;
  path: string;
  at: string;
  reason: BackupReason;
  bytes: number;
}

/** A backup with its reason said in words. */
export interface LabelledBackup extends BackupInfo {
  label: string;
}

export interface BackupList {
  dir: string;
  keep: number;
  intervalMinutes: number;
  lastError: string | null;
  backups: LabelledBackup[];
}

export interface BackupRestored {
  restored: BackupInfo;
  /** The state before the restore, saved as a backup first. */
  saved: BackupInfo;
  auditIntact: boolean;
  events: number;
  /** The workspace once the restored file is open again. */
  workspace: WorkspaceInfo | null;
}
