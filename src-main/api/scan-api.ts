import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import { browseFoldersInput, listScansInput, scanFolderInput, scanIdInput } from '../../shared/api/scan-inputs';
import type { ScanFolderResult, ScanImage, ScanRow, ScanView } from '../../shared/api/scan-views';
import { fail, ok, type Result } from '../../shared/result';
import { SCANNED_NOTE } from '../../shared/scan/decision';
import { resemblanceReason, resemblingPaper } from '../../shared/scan/resemblance';
import { doubtsOf } from '../../shared/scan/review-text';
import { printableName } from '../../shared/text/printable';
import { readBallotImage } from '../scan';
import { PROGRAM, storedName } from '../scan/evidence-files';
import { readImageFile } from '../scan/image-files';
import { scanFolderReader } from '../services/scan-folder';
import { listFolder } from '../services/folder-listing';
import { keepStoreImage, readStoreImage, storeScanSetup } from '../services/scan-evidence';
import { ballotApi } from './ballot-api';
import { asyncMethod, inTransaction, method, type ApiContext } from './context';
import { machineReading, scanList, scanView } from './scan-views';

/** Images read in one look at the folder (the screen looks again every few seconds). */
const DEFAULT_LIMIT = 10;

/**
 * Scanner-assisted counting (issue 12): the images a scanner writes into a folder are read, each
 * kept beside the congress file with its evidence; a ballot read with confidence counts through
 * the keyboard's own path (enterBallot: numbers, checks, locks, audit), and one a person must
 * decide waits for them (scan-decision-api.ts). A refused image counts nowhere and is kept for the committee.
 */
export function scanApi(ctx: ApiContext) {
  const { store } = ctx;
  const ballots = ballotApi(ctx);
  /** Elections whose folder is being read now: a second look waits for the next poll. */
  const busy = new Set<number>();

  function requireScan(scanId: number): Result<ScanRow> {
    const row = store.getScan(scanId);
    return row ? ok(row) : fail(ERROR_CODES.notFound, `Không tìm thấy ảnh quét số ${scanId}`, 'scanId');
  }

  const newImages = scanFolderReader(store);

  /**
   * Takes one image: kept beside the file, its row written, counted when read with confidence and
   * like no paper of the election already counted or waiting (else it waits for a person to say
   * whether it is the same paper: shared/scan/resemblance.ts); all or nothing.
   */
  function take(image: string, bytes: Uint8Array, reading: Awaited<ReturnType<typeof readBallotImage>>, electionId: number, operator: string, teamId: number | null): Result<ScanView> {
    const stored = storedName(reading.sha256, image);
    const kept = keepStoreImage(store, stored, bytes);
    if (!kept.ok) return kept;
    return inTransaction(store, () => {
      const election = ctx.requireEditableElection(electionId);
      if (!election.ok) return election;
      const now = ctx.now();
      const resembles = resemblingPaper(reading.marksDescriptor, store.comparablePapers(electionId));
      let counted: { uid: string; number: number } | null = null;
      if (reading.status === 'read' && resembles === null) {
        const saved = ballots.enterBallot({ electionId, teamId, ...(reading.marks ? { marks: reading.marks } : { struck: reading.struck ?? [] }), note: SCANNED_NOTE, operator });
        if (!saved.ok) return saved;
        counted = { uid: saved.value.uid, number: saved.value.number };
      }
      const decision = counted ? 'counted' : reading.status === 'refused' ? 'refused' : 'pending';
      const earlier = resembles ? store.getScan(resembles.key) : null;
      const reason = [reading.reason, earlier ? resemblanceReason({ image: earlier.image, number: earlier.ballotNumber }) : undefined].filter((r) => r !== undefined).join('. ') || null;
      const row: Omit<ScanRow, 'id'> = {
        electionId, image, sha256: reading.sha256, stored, status: reading.status, reason, reading: { reading, program: PROGRAM }, decision,
        ballotUid: counted?.uid ?? null, ballotNumber: counted?.number ?? null, operator, scannedAt: now, decidedBy: counted ? operator : null, decidedAt: counted ? now : null, note: null,
        descriptor: reading.marksDescriptor ?? null, sameAs: resembles?.key ?? null, samePaper: null,
      };
      const scanId = store.insertScan(row);
      ctx.audit('scan.taken', { congressId: election.value.congressId, electionId, operator }, {
        scanId, image, sha256: reading.sha256, machine: machineReading(reading), decision, number: counted?.number ?? null,
        ...(earlier ? { sameAs: { scanId: earlier.id, image: earlier.image, sha256: earlier.sha256, number: earlier.ballotNumber, likelihood: Math.round((resembles?.likelihood ?? 0) * 1000) / 1000 } } : {}),
      });
      return ok(viewOf(store.getScan(scanId) as ScanRow));
    });
  }

  /** A scan as the screens see it, with the earlier image it looks the same as. */
  const viewOf = (row: ScanRow) => scanView(row, (id) => store.getScan(id));

  return {
    /** Reads the images of the folder not yet taken (at most `limit`): the "Quét phiếu" screen calls it every few seconds. */
    scanFolder: asyncMethod(scanFolderInput, async (input): Promise<Result<ScanFolderResult>> => {
      const { electionId, folder } = input;
      const operator = input.operator ?? '';
      const election = ctx.requireEditableElection(electionId);
      if (!election.ok) return election;
      const found = newImages(electionId, folder);
      if (!found.ok) return found;
      const { skipped } = found.value;
      if (busy.has(electionId)) return ok({ taken: [], duplicates: [], skipped, remaining: found.value.names.length, list: scanList(store.listScans(electionId)) });
      const setup = storeScanSetup(store, election.value);
      if (!setup.ok) return setup;
      busy.add(electionId);
      try {
        const taken: ScanView[] = [];
        const duplicates: ScanFolderResult['duplicates'] = [];
        const limit = input.limit ?? DEFAULT_LIMIT;
        let read = 0;
        for (const image of found.value.names) {
          if (read >= limit) break;
          const file = readImageFile(folder, image);
          if (!file.ok) {
            if (!file.gone) skipped.push({ name: image, reason: file.reason });
            continue; // gone: the next look takes it if it comes back
          }
          const { bytes } = file;
          // The same content under another name is never read again (nor counted against the limit).
          const same = store.findScanBySha(electionId, createHash('sha256').update(bytes).digest('hex'));
          if (same) {
            duplicates.push({ image, sameAs: same.image });
            continue;
          }
          const reading = await readBallotImage(bytes, setup.value.layouts, { electionHash: setup.value.electionHash, allBothOrNoneInvalid: setup.value.allBothOrNoneInvalid, withdrawnOnPaper: setup.value.withdrawnOnPaper });
          read++;
          const done = take(image, bytes, reading, electionId, operator, input.teamId ?? null);
          if (!done.ok) return taken.length === 0 ? done : ok({ taken, duplicates, skipped, remaining: 0, list: scanList(store.listScans(electionId)) });
          taken.push(done.value);
        }
        const remaining = newImages(electionId, folder);
        const left = remaining.ok ? remaining.value.names.filter((name) => !duplicates.some((d) => d.image === name) && !skipped.some((s) => s.name === name)).length : 0;
        return ok({ taken, duplicates, skipped, remaining: left, list: scanList(store.listScans(electionId)) });
      } finally {
        busy.delete(electionId);
      }
    }),

    /** The scanned images of an election, with what became of each, and the counts. */
    listScans: method(listScansInput, ({ electionId }) => {
      const found = ctx.requireElection(electionId);
      return found.ok ? ok(scanList(store.listScans(electionId))) : found;
    }),

    /** The image for a person to decide on, straightened onto the printed ballot, its doubtful rows marked. */
    scanImage: asyncMethod(scanIdInput, async ({ scanId }): Promise<Result<ScanImage>> => {
      const scan = requireScan(scanId);
      if (!scan.ok) return scan;
      const election = ctx.requireElection(scan.value.electionId);
      if (!election.ok) return election;
      const bytes = readStoreImage(store, scan.value.stored);
      if (!bytes.ok) return bytes;
      const setup = storeScanSetup(store, election.value);
      const { scanPicture } = await import('../services/scan-picture');
      const reading = scan.value.reading.reading;
      const doubts = new Map(doubtsOf(reading, reading.scores?.map((s) => s.id) ?? reading.uncertain).map((d) => [d.id, d.reason]));
      const picture = await scanPicture(bytes.value, setup.ok ? setup.value.layouts : [], reading, doubts);
      return picture ? ok(picture) : fail(ERROR_CODES.cannotRead, `Ảnh "${printableName(scan.value.image)}" không hiển thị được: ${scan.value.reason ?? 'không phải ảnh'}`);
    }),

    /** The folder chooser: a folder's subfolders and images, from the open file's folder when none is given. */
    browseFolders: method(browseFoldersInput, ({ path }) => listFolder(path ?? dirname(resolve(store.path)))),

  };
}
