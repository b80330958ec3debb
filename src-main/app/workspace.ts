import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { Assert, ContractCheck, Implementation, WorkspaceContract } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import { previewExcelImportInput } from '../../shared/api/excel-inputs';
import { CONGRESS_FILE_EXTENSION, createCongressFileInput, createFileFromCongressFileInput, createFileFromExcelInput, openCongressFileInput, saveCongressCopyInput } from '../../shared/api/workspace-inputs';
import type { BackupInfo, CongressFileEntry, RecentFile, WorkspaceInfo } from '../../shared/api/workspace-views';
import { fail, ok, type Result } from '../../shared/result';
import { buildApi, type Api } from '../api/build-api';
import { asyncMethod, method } from '../api/context';
import { DatabaseTooNewError, NotACongressFileError } from '../db/schema-version';
import { Store } from '../db/store';
import { checkChairPin } from '../api/chair-pin-guard';
import { createContext } from '../api/context';
import { fileBytes } from '../services/file-bytes';
import { BackupService, withBackups, type BackupPolicy } from '../services/backups';
import { copyEvidence, scansDir, tightenEvidence } from '../scan/evidence-files';
import { OWNER_ONLY_FOLDER, ownerOnlyFolder, tightenFile, writeOwnerOnlyFile } from '../services/owner-only';
import { systemClock, type Clock } from '../services/clock';
import { applyCarriedPins, pinsToCarry } from './carried-pins';
import { locksUndoneBy, type LockUndone } from './locks-undone';

export interface OpenCongressFile {
  path: string;
  store: Store;
  api: Api;
  congressId: number | null;
  backups: BackupService;
}

export interface WorkspaceOptions {
  /** Where new congress files go unless a full path is given. */
  documentsDir: string;
  /** Where the program keeps its own settings (the recent files). */
  settingsDir: string;
  clock?: Clock;
  /** Electron loads better-sqlite3 built for its own ABI. */
  nativeBinding?: string;
  backupPolicy?: BackupPolicy;
}

const MAX_RECENT = 10;

/** Which congress file is open, and the files the user worked with. Data lives only in those files. */
export class Workspace {
  private open: OpenCongressFile | null = null;
  private backupTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: WorkspaceOptions) {
    // The program's folders are its user's only (owner-only.ts), an existing one tightened.
    ownerOnlyFolder(options.documentsDir);
    ownerOnlyFolder(options.settingsDir);
  }

  get current(): OpenCongressFile | null {
    return this.open;
  }

  get documentsDir(): string {
    return this.options.documentsDir;
  }

  /** A bare name goes into the documents folder, with the extension added. */
  resolve(fileName: string): string {
    const withExtension = fileName.endsWith(CONGRESS_FILE_EXTENSION) ? fileName : `${fileName}${CONGRESS_FILE_EXTENSION}`;
    return isAbsolute(withExtension) ? withExtension : join(this.options.documentsDir, withExtension);
  }

  private recentPath(): string {
    return join(this.options.settingsDir, 'recent.json');
  }

  recent(): RecentFile[] {
    try {
      const list = JSON.parse(readFileSync(this.recentPath(), 'utf8')) as Omit<RecentFile, 'exists'>[];
      return list.map((r) => ({ ...r, exists: existsSync(r.path) }));
    } catch {
      return [];
    }
  }

  private remember(path: string, congressName: string): void {
    const list = [{ path, congressName, openedAt: (this.options.clock?.now() ?? new Date()).toISOString() }, ...this.recent().filter((r) => r.path !== path).map(({ exists: _e, ...r }) => r)];
    writeOwnerOnlyFile(this.recentPath(), JSON.stringify(list.slice(0, MAX_RECENT), null, 1));
  }

  /** The congress files in the documents folder, newest first. */
  listFolder(): CongressFileEntry[] {
    return readdirSync(this.options.documentsDir)
      .filter((name) => name.endsWith(CONGRESS_FILE_EXTENSION))
      .flatMap((name) => {
        const path = join(this.options.documentsDir, name);
        try {
          return [{ path, fileName: name, modifiedAt: statSync(path).mtime.toISOString() }];
        } catch {
          return []; // gone meanwhile, or a name this system cannot give back as it is: not listed, never an error
        }
      })
      .sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
  }

  private attach(path: string, store: Store): OpenCongressFile {
    this.close();
    tightenEvidence(scansDir(path)); // the file itself and its backups are tightened as they are opened
    const backups = new BackupService(store, path, this.options.clock ?? systemClock, this.options.backupPolicy);
    const api = withBackups(buildApi({ store, ...(this.options.clock ? { clock: this.options.clock } : {}) }), backups);
    const first = store.listCongresses()[0] ?? null;
    this.open = { path, store, api, congressId: first?.id ?? null, backups };
    this.backupTimer = setInterval(() => backups.tick(), 60_000);
    this.backupTimer.unref();
    this.remember(path, first?.name ?? basename(path));
    return this.open;
  }

  openFile(path: string): Result<OpenCongressFile> {
    if (!existsSync(path)) return fail(ERROR_CODES.notFound, `Không có tệp "${path}"`, 'path');
    try {
      return ok(this.attach(path, Store.open(path, this.options.nativeBinding)));
    } catch (error) {
      if (error instanceof DatabaseTooNewError) return fail(ERROR_CODES.databaseTooNew, error.message, 'path');
      if (error instanceof NotACongressFileError) return fail(ERROR_CODES.notACongressFile, `Tệp "${basename(path)}" ${error.message}: không mở, không thay đổi gì`, 'path');
      const message = (error as Error).message;
      if (/not a database|file is encrypted|malformed/i.test(message)) return fail(ERROR_CODES.notACongressFile, `Tệp "${basename(path)}" không phải hồ sơ đại hội (hoặc đã hỏng): không mở, không thay đổi gì`, 'path');
      throw error;
    }
  }

  /**
   * A new file, filled by `fill` through the api of the new file (a congress typed in, a workbook,
   * a congress file). If that is refused, no file is left behind; otherwise the file is opened.
   */
  async createFileWith(fileName: string, fill: (api: Api) => Result<unknown> | Promise<Result<unknown>>, field = 'fileName'): Promise<Result<OpenCongressFile>> {
    const path = this.resolve(fileName);
    if (existsSync(path)) return fail(ERROR_CODES.duplicate, `Đã có tệp "${basename(path)}": chọn tên khác hoặc mở tệp đó`, field);
    mkdirSync(dirname(path), { recursive: true, mode: OWNER_ONLY_FOLDER });
    const store = Store.open(path, this.options.nativeBinding);
    const filled = await fill(buildApi({ store, ...(this.options.clock ? { clock: this.options.clock } : {}) }));
    if (!filled.ok) {
      store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      return filled;
    }
    return ok(this.attach(path, store));
  }

  createFile(fileName: string, congress: z.input<typeof createCongressFileInput>['congress']): Promise<Result<OpenCongressFile>> {
    return this.createFileWith(fileName, (api) => api.createCongress(congress));
  }

  /** A consistent copy of the open file, which stays the one open, with its scanned images beside it. */
  saveCopy(fileName: string): Result<{ path: string }> {
    if (!this.open) return fail(ERROR_CODES.noFileOpen, 'Chưa mở hồ sơ đại hội nào');
    const path = this.resolve(fileName);
    if (existsSync(path)) return fail(ERROR_CODES.duplicate, `Đã có tệp "${basename(path)}": chọn tên khác`, 'fileName');
    // The images first: no copy of the file without its images (a file named by its hash is whole or absent).
    try {
      copyEvidence(scansDir(this.open.path), scansDir(path));
    } catch (error) {
      return fail(ERROR_CODES.cannotWrite, `Không chép được ảnh phiếu quét sang "${basename(scansDir(path))}" (${(error as Error).message}): bản sao chưa được lưu`);
    }
    this.open.store.copyTo(path);
    return ok({ path });
  }

  /**
   * Puts a backup in place of the open file: first the current state is saved as a backup, then
   * the file is closed, the backup copied beside it and renamed over it (the old WAL removed, so
   * that it is never replayed onto the restored file), and the file opened again and checked.
   * If the restored file does not open, the saved state is put back. A backup taken before a lock
   * would reopen that election: like unlocking, that needs the chair's PIN and a reason. The
   * restored file's log records the restore: what it replaced (the replaced log's head and where
   * its copy lies), the locks it undid and why. The chair's PIN and the wrong tries in a row are
   * carried over from the replaced file: a restore never gives fresh tries nor an older PIN.
   */
  restoreBackup(name: string, operator = '', authority: { pin?: string | undefined; reason?: string | undefined } = {}): Result<{ restored: BackupInfo; saved: BackupInfo; auditIntact: boolean; events: number }> {
    const open = this.open;
    if (!open) return fail(ERROR_CODES.noFileOpen, 'Chưa mở hồ sơ đại hội nào');
    const backup = open.backups.find(name);
    if (!backup) return fail(ERROR_CODES.notFound, `Không có bản sao lưu "${name}"`, 'name');
    const locksUndone = locksUndoneBy(open.store, backup.path);
    if (locksUndone.length > 0) {
      const allowed = this.authorizeRestore(open, locksUndone, backup.name, operator, authority);
      if (!allowed.ok) return allowed;
    }
    const replaced = open.store.lastAuditEvent();
    const carried = pinsToCarry(open.store, backup.path);
    const saved = open.backups.backupNow('before-restore');
    const path = open.path;
    this.close();
    const replace = (from: string) => {
      const temporary = `${path}.restoring`;
      copyFileSync(from, temporary);
      tightenFile(temporary);
      const fd = openSync(temporary, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      renameSync(temporary, path);
    };
    replace(backup.path);
    // Images the restored file names but the file's folder lacks (deleted since) come back from the backups' copies.
    try {
      copyEvidence(open.backups.scansDir, scansDir(path));
    } catch {
      // The images stay in the backups' folder; showing one that is missing says so.
    }
    const reopened = this.openFile(path);
    if (!reopened.ok) {
      replace(saved.path);
      const back = this.openFile(path);
      return fail(ERROR_CODES.restoreFailed, `Không khôi phục được từ "${backup.name}" (${reopened.error.message}); hồ sơ đã được đưa về trạng thái trước khi khôi phục${back.ok ? '' : ', nhưng chưa mở lại được'}`);
    }
    const { store } = reopened.value;
    const payload = {
      from: backup.name, backupAt: backup.at, savedCurrentAs: saved.name, reason: authority.reason?.trim() || null,
      replaced: { seq: replaced?.seq ?? 0, hash: replaced?.hash ?? null, copy: saved.path }, locksUndone,
    };
    // Through the writer of every event (ctx.audit): a registered kind, a payload of its shape.
    const ctx = createContext({ store, ...(this.options.clock ? { clock: this.options.clock } : {}) });
    // The chair's PIN and its wrong tries are the live file's, not the backup's (carried-pins.ts).
    store.transaction(() => ctx.audit('backup.restored', { congressId: reopened.value.congressId, operator }, { ...payload, pins: applyCarriedPins(store, carried) }));
    const verdict = store.verifyAuditChain();
    return ok({ restored: backup, saved, auditIntact: verdict.intact, events: verdict.events });
  }

  /** The chair's PIN and a reason, for a restore that would reopen a locked election; a wrong PIN is recorded. */
  private authorizeRestore(open: OpenCongressFile, locksUndone: LockUndone[], backupName: string, operator: string, authority: { pin?: string | undefined; reason?: string | undefined }): Result<true> {
    const titles = locksUndone.map((l) => `"${l.title}"`).join(', ');
    const congress = open.congressId === null ? null : open.store.getCongress(open.congressId);
    if (authority.pin === undefined || congress?.chairPinHash == null) {
      return fail(ERROR_CODES.pinRequired, `Bản sao lưu "${backupName}" có từ trước khi chốt kết quả cuộc bầu ${titles}: khôi phục sẽ mở lại kết quả đã chốt, nên cần mã PIN của chủ tịch đoàn và lý do${congress?.chairPinHash == null ? ' (hồ sơ chưa đặt mã PIN)' : ''}.`, 'pin');
    }
    const reason = (authority.reason ?? '').trim();
    if (reason === '') return fail(ERROR_CODES.invalidInput, 'Ghi lý do khôi phục bản sao lưu có từ trước khi chốt kết quả', 'reason');
    // The chair's PIN under its policy (wrong tries counted, a wait after five), recorded in the file's log.
    const ctx = createContext({ store: open.store, ...(this.options.clock ? { clock: this.options.clock } : {}) });
    const pin = authority.pin;
    const checked = open.store.transaction(() => checkChairPin(ctx, { ...congress, chairPinHash: congress.chairPinHash as string }, pin, { action: 'restore', path: 'pin', operator, reason: `khôi phục "${backupName}": ${reason}` }));
    return checked.ok ? ok(true) : checked;
  }

  close(): void {
    if (this.backupTimer !== null) clearInterval(this.backupTimer);
    this.backupTimer = null;
    this.open?.store.close();
    this.open = null;
  }
}

/** The workspace as api methods, for the shells. */
export function workspaceApi(workspace: Workspace, shell: 'electron' | 'browser') {
  const describe = (): WorkspaceInfo => {
    const file = workspace.current;
    return { shell, documentsDir: workspace.documentsDir, path: file?.path ?? null, fileName: file ? basename(file.path) : null, congressId: file?.congressId ?? null };
  };
  return {
    workspaceInfo: () => ok(describe()),
    recentFiles: () => ok(workspace.recent()),
    listCongressFiles: () => ok(workspace.listFolder()),
    createCongressFile: asyncMethod(createCongressFileInput, async ({ fileName, congress }) => {
      const created = await workspace.createFile(fileName, congress);
      return created.ok ? ok(describe()) : created;
    }),
    /** What a workbook holds and how it would be imported; needs no open file, writes nothing. */
    previewExcelFile: asyncMethod(previewExcelImportInput, async (input) => {
      const { previewExcelFile } = await import('../excel/import-workbook');
      const previewed = await previewExcelFile(fileBytes(input.data), input.options, input.fileName ?? null);
      return previewed.ok ? ok(previewed.value.preview) : previewed;
    }),
    createCongressFileFromExcel: asyncMethod(createFileFromExcelInput, async ({ newFileName, ...input }) => {
      const created = await workspace.createFileWith(newFileName, (api) => api.importExcel(input), 'newFileName');
      return created.ok ? ok(describe()) : created;
    }),
    createCongressFileFromCongressFile: asyncMethod(createFileFromCongressFileInput, async ({ newFileName, ...input }) => {
      const created = await workspace.createFileWith(newFileName, (api) => api.importCongressFile(input), 'newFileName');
      return created.ok ? ok(describe()) : created;
    }),
    openCongressFile: method(openCongressFileInput, ({ path }) => {
      const opened = workspace.openFile(path);
      return opened.ok ? ok(describe()) : opened;
    }),
    saveCongressCopy: method(saveCongressCopyInput, ({ fileName }) => workspace.saveCopy(fileName)),
    closeCongressFile: () => {
      workspace.close();
      return ok(describe());
    },
  } satisfies Implementation<WorkspaceContract>;
}

export type WorkspaceApi = ReturnType<typeof workspaceApi>;
/** Fails `tsc`, naming the methods, unless the workspace has exactly the contract's methods, inputs and outputs. */
export type WorkspaceMatchesContract = Assert<ContractCheck<WorkspaceApi, WorkspaceContract>>;
