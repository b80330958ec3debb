import type { Assert, ContractCheck, Implementation, TeamsWorkspaceContract } from '../../shared/api/contract';
import { backupNowInput, restoreBackupInput } from '../../shared/api/teams-inputs';
import { createFileFromSetupInput } from '../../shared/api/workspace-inputs';
import { fail, ok } from '../../shared/result';
import { asyncMethod, method } from '../api/context';
import { BACKUP_REASON_LABELS } from '../services/backups';
import { workspaceApi, type Workspace } from './workspace';
import { ERROR_CODES } from '../../shared/api/errors';

/** The workspace methods of issue 6: a station's file from a setup package, and the backups of the open file. */
export function teamsWorkspaceApi(workspace: Workspace, shell: 'electron' | 'browser') {
  const info = () => workspaceApi(workspace, shell).workspaceInfo();
  const noFile = () => fail(ERROR_CODES.noFileOpen, 'Chưa mở hồ sơ đại hội nào');
  return {
    /** At a station: a new congress file started from the chair's setup package. */
    createCongressFileFromSetup: asyncMethod(createFileFromSetupInput, async ({ fileName, ...input }) => {
      const created = await workspace.createFileWith(fileName, (api) => api.loadSetupPackage(input));
      return created.ok ? info() : created;
    }),

    listBackups: () => {
      const file = workspace.current;
      if (!file) return noFile();
      const { backups } = file;
      return ok({ dir: backups.dir, keep: backups.policy.keep, intervalMinutes: backups.policy.intervalMs / 60_000, lastError: backups.lastError, backups: backups.list().map((b) => ({ ...b, label: BACKUP_REASON_LABELS[b.reason] })) });
    },

    backupNow: method(backupNowInput, () => {
      const file = workspace.current;
      if (!file) return noFile();
      const made = file.backups.backupNow('manual');
      return ok({ ...made, label: BACKUP_REASON_LABELS[made.reason] });
    }),

    /** Restores a backup after saving the current state as one; the file is closed, replaced and opened again. */
    restoreBackup: method(restoreBackupInput, ({ name, operator, pin, reason }) => {
      const restored = workspace.restoreBackup(name, operator ?? '', { pin, reason });
      if (!restored.ok) return restored;
      const described = info();
      return ok({ ...restored.value, workspace: described.ok ? described.value : null });
    }),
  } satisfies Implementation<TeamsWorkspaceContract>;
}

export type TeamsWorkspaceApi = ReturnType<typeof teamsWorkspaceApi>;
/** Fails `tsc`, naming the methods, unless these methods are exactly the contract's. */
export type TeamsWorkspaceMatchesContract = Assert<ContractCheck<TeamsWorkspaceApi, TeamsWorkspaceContract>>;
