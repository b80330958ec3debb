import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeOwnerOnlyFile } from '../../services/owner-only';
import { basename, join } from 'node:path';
import type { CongressFile, ScanRecord } from '../../../shared/congress-file/schema';
import { fail, ok, type Result } from '../../../shared/result';
import { findScan, takeReading, type ScanActor } from '../../../shared/scan/in-file';
import type { ScanReading } from '../../../shared/scan/reading';
import { printableName } from '../../../shared/text/printable';
import { keepImage, PROGRAM, scansDir, storedName } from '../../scan/evidence-files';
import type { ElectionScanSetup } from '../../scan/election-layouts';
import { imageBytes, type ImagePath } from '../../scan/image-files';
import { readBallotImage } from '../../scan/read';
import type { CongressFileOnDisk } from '../save-congress';
import { ERROR_CODES } from '../../../shared/api/errors';

/** Images between two saves of the congress file: a power cut loses at most these (the next run reads them again). */
const SAVE_EVERY = 20;

/** What became of one image named on the command line. */
export type CountedImage =
  | { path: string; kind: 'taken'; reading: ScanReading; number: number | null; record: ScanRecord }
  | { path: string; kind: 'already'; sameAs: string }
  | { path: string; kind: 'unreadable'; reason: string };

/**
 * `scan --count`: each image read, kept beside the congress file (`<file>.scans/<sha256>.<ext>`,
 * with `<sha256>.json`: the scores, the thresholds and the program's version), recorded in the
 * election's `scans`, and counted when read with confidence. An image already recorded (the same
 * bytes) is not read again, so running the command again over a growing folder takes only the new
 * images. The file is saved as it goes; an image is reported (`onImage`) once it is saved.
 */
export async function countScansIntoFile(disk: CongressFileOnDisk, electionIndex: number, setup: ElectionScanSetup, images: readonly ImagePath[], who: Omit<ScanActor, 'at'>, onImage: (image: CountedImage) => void): Promise<Result<CongressFile>> {
  const dir = scansDir(disk.path);
  let current = disk.file;
  let unsaved: CountedImage[] = [];
  const save = (): Result<void> => {
    if (unsaved.length === 0) return ok(undefined);
    const saved = disk.save(current);
    if (!saved.ok) return fail(saved.error.code, `${saved.error.message}. ${unsaved.length} ảnh cuối chưa được ghi vào tệp (${unsaved.map((u) => basename(u.path)).join(', ')}): chạy lại lệnh để đọc lại chúng`);
    for (const image of unsaved) onImage(image);
    unsaved = [];
    return ok(undefined);
  };
  for (const named of images) {
    const image = named.path;
    const read = imageBytes(named);
    if (!read.ok) {
      onImage({ path: image, kind: 'unreadable', reason: read.reason });
      continue;
    }
    const { bytes } = read;
    const election = current.elections[electionIndex] as CongressFile['elections'][number];
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const same = findScan(election, sha256);
    if (same) {
      onImage({ path: image, kind: 'already', sameAs: same.image });
      continue;
    }
    const reading = { ...(await readBallotImage(bytes, setup.layouts, { electionHash: setup.electionHash, allBothOrNoneInvalid: setup.allBothOrNoneInvalid, withdrawnOnPaper: setup.withdrawnOnPaper })), sha256 };
    const stored = storedName(sha256, image);
    const kept = keepImage(dir, stored, bytes);
    if (!kept.ok) return stopAt(save, kept.error.message);
    try {
      writeOwnerOnlyFile(join(dir, `${sha256}.json`), `${JSON.stringify({ image: basename(image), stored, program: PROGRAM, reading }, null, 1)}\n`);
    } catch (error) {
      return stopAt(save, `Không lưu được kết quả đọc của ảnh "${printableName(image)}" vào "${dir}": ${(error as Error).message}`);
    }
    const taken = takeReading(election, basename(image), reading, { ...who, at: new Date().toISOString() });
    current = { ...current, elections: current.elections.map((e, i) => (i === electionIndex ? taken.election : e)) };
    unsaved.push({ path: image, kind: 'taken', reading, number: taken.record.number ?? null, record: taken.record });
    if (unsaved.length >= SAVE_EVERY) {
      const saved = save();
      if (!saved.ok) return saved;
    }
  }
  const saved = save();
  return saved.ok ? ok(current) : saved;
}

/** Stops the run: what was taken so far is saved first, then the reason. */
function stopAt(save: () => Result<void>, message: string): Result<never> {
  const saved = save();
  return saved.ok ? fail(ERROR_CODES.cannotWrite, message) : saved;
}
