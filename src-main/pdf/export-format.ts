import { writeFileSync } from 'node:fs';
import { LOCAL_DATE_TIME_EXPECTED, parseLocalDateTime } from '../../shared/format/date';
import type { CongressFile } from '../../shared/congress-file/schema';
import { fail, ok, type Result } from '../../shared/result';
import { buildMinutesFilePdf } from './minutes';
import { oldLockNotices, sealedLockOf } from '../services/congress-file-locks';
import { minutesInputFromFile } from './minutes-data';
import { ERROR_CODES } from '../../shared/api/errors';

export interface MinutesFileOptions {
  rehearsal: boolean;
  /** Elections not locked yet are printed too, as drafts (marked on every page). */
  draft: boolean;
  /** Counts also in words. */
  words: boolean;
  /** The closing time as typed (`2025-06-20T10:45`); absent: left blank to fill in by hand. */
  closedAt: string | undefined;
}

/**
 * `kiem-phieu export FILE.json --pdf OUT.pdf`: the minutes of every election in one file, each
 * with its own page numbers. Official minutes only for locked elections whose seal holds (the
 * file was refused already if one is broken; a lock with an old 48-bit code is not sealed): any
 * other is refused unless `--draft` (printed as a draft, marked on every page) or `--rehearsal`. Refused, listing what fails, while a blocking check fails, unless
 * `--rehearsal` asks for a rehearsal printout (marked so on every page).
 */
export async function writeMinutesFile(congress: CongressFile, outPath: string, options: MinutesFileOptions): Promise<Result<{ summary: string }>> {
  if (congress.elections.length === 0) return fail(ERROR_CODES.nothingToPrint, 'Tệp không có cuộc bầu nào để in biên bản');
  const closedAtText = options.closedAt;
  const closedAt = typeof closedAtText === 'string' ? parseLocalDateTime(closedAtText) : null;
  if (typeof closedAtText === 'string' && closedAt === null) return fail(ERROR_CODES.invalidInput, `--closed-at "${closedAtText}": ${LOCAL_DATE_TIME_EXPECTED}`);
  const rehearsal = options.rehearsal;
  const unlocked = congress.elections.filter((election) => !sealedLockOf(congress, election));
  if (unlocked.length > 0 && !options.draft && !rehearsal) {
    const names = unlocked.filter((e) => !e.lock).map((e) => `"${e.id}"${e.title ? ` (${e.title})` : ''}`);
    const why = [...(names.length > 0 ? [`cuộc bầu ${names.join(', ')} chưa chốt kết quả.`] : []), ...oldLockNotices(congress)];
    return fail(ERROR_CODES.notLocked, `Chưa in được biên bản chính thức: ${why.join(' ')} Muốn in bản dự thảo (ghi rõ trên mọi trang), thêm --draft`);
  }
  const inputs = congress.elections.map((election) => minutesInputFromFile(congress, election));
  const pdf = await buildMinutesFilePdf(inputs, { rehearsal, countsInWords: options.words, closedAt });
  if (!pdf.ok) {
    const details = pdf.error.details ?? [];
    const first = details[0];
    const where = (d: { path: string; message: string }) => `cuộc bầu "${d.path}": ${d.message}`;
    return { ok: false, error: { ...pdf.error, message: `Chưa thể in biên bản (muốn in bản chạy thử, thêm --rehearsal): ${first ? where(first) : pdf.error.message}`, details: details.map((d) => ({ path: '', message: where(d) })) } };
  }
  try {
    writeFileSync(outPath, pdf.value);
  } catch (error) {
    return fail(ERROR_CODES.cannotWrite, `Không ghi được tệp "${outPath}": ${(error as Error).message}`);
  }
  const drafts = rehearsal ? 0 : unlocked.length;
  return ok({ summary: `biên bản kiểm phiếu của ${inputs.length} cuộc bầu${rehearsal ? ' (BẢN CHẠY THỬ)' : ''}${drafts > 0 ? ` (${drafts === inputs.length ? 'tất cả' : drafts} là bản dự thảo: chưa chốt kết quả)` : ''}` });
}
