import { renameSync, writeFileSync } from 'node:fs';
import { checkCongressFile } from '../../shared/congress-file/checks';
import type { CongressFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { fail, ok, type Result } from '../../shared/result';

/**
 * Writes a congress file whole or not at all: a temporary file beside it, flushed, then renamed
 * over it, so that a power cut leaves the old file or the new one. A file the program would
 * refuse to read is never written.
 */
export function saveCongressFile(path: string, file: CongressFile): Result<void> {
  const problems = checkCongressFile(file);
  if (problems.length > 0) return fail('INVALID_CONGRESS_FILE', `Không ghi "${path}": ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, writeCongressFile(file), { flush: true });
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    return fail('CANNOT_WRITE', `Không ghi được "${path}": ${(error as Error).message}`);
  }
}
