import { readFileSync, renameSync, rmSync } from 'node:fs';
import { writeOwnerOnlyFile } from '../services/owner-only';
import { ERROR_CODES } from '../../shared/api/errors';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { fail, ok, type Result } from '../../shared/result';
import { refuseBrokenLocks } from '../services/congress-file-locks';
import { readTextFile } from './io';

/**
 * Writes text whole or not at all: a temporary file beside it, flushed, then renamed over it, so
 * that a power cut leaves the old file or the new one; the temporary file never stays behind.
 * `beforeRename` may still stop it, once the new text is on disk.
 */
export function writeFileAtomically(path: string, text: string, beforeRename?: () => Result<void>): Result<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeOwnerOnlyFile(temporary, text, { flush: true }); // a congress file: its owner's only (owner-only.ts)
    const still = beforeRename?.() ?? ok(undefined);
    if (!still.ok) {
      rmSync(temporary, { force: true });
      return still;
    }
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    rmSync(temporary, { force: true });
    return fail(ERROR_CODES.cannotWrite, `Không ghi được tệp: ${(error as Error).message}`);
  }
}

/**
 * A congress file a command reads, changes and writes back (`scan --count`, `review`, `lock`).
 * What it writes is read back first, as any reader would, so a file the program would refuse is
 * never written; and it is never written over a file that changed since it was read (two people
 * reviewing at once, a lock made meanwhile): the command stops and says so instead.
 */
export class CongressFileOnDisk {
  private constructor(
    readonly path: string,
    private text: string,
    public file: CongressFile,
  ) {}

  static open(path: string): Result<CongressFileOnDisk> {
    const text = readTextFile(path);
    if (!text.ok) return text;
    const read = readCongressFile(text.value);
    const file = read.ok ? refuseBrokenLocks(read.value) : read;
    return file.ok ? ok(new CongressFileOnDisk(path, text.value, file.value)) : file;
  }

  save(file: CongressFile): Result<void> {
    const text = writeCongressFile(file);
    const check = readCongressFile(text);
    if (!check.ok) return fail(ERROR_CODES.invalidInput, `Không ghi: tệp sẽ không đọc lại được (${check.error.message})`);
    // The comparison comes last, just before the rename: the window in which another writer could slip in is as short as it can be.
    const written = writeFileAtomically(this.path, text, () => this.unchangedOnDisk());
    if (!written.ok) return written;
    this.text = text;
    this.file = file;
    return ok(undefined);
  }

  private unchangedOnDisk(): Result<void> {
    let now: string;
    try {
      now = readFileSync(this.path, 'utf8');
    } catch (error) {
      return fail(ERROR_CODES.cannotWrite, `Không ghi được tệp: không đọc lại được nó (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    return now === this.text ? ok(undefined) : fail(ERROR_CODES.fileChanged, 'Tệp đã bị thay đổi từ khi lệnh này đọc nó (một lệnh khác, hoặc một người khác, đã ghi vào): không ghi đè. Hãy chạy lại lệnh');
  }
}
