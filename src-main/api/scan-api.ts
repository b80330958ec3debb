import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import { browseFoldersInput, confirmScanInput, listScansInput, scanFolderInput, scanIdInput, setAsideScanInput } from '../../shared/api/scan-inputs';
import type { ScanFolderResult, ScanImage, ScanRow, ScanView } from '../../shared/api/scan-views';
import { fail, ok, type Result } from '../../shared/result';
import { isScanImageName, SCANNED_NOTE } from '../../shared/scan/decision';
import { readBallotImage } from '../scan';
import { PROGRAM, storedName } from '../scan/evidence-files';
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
 * decide waits for `confirmScan`. A refused image counts nowhere and is kept for the committee.
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

  /** Files of a folder whose name was taken before and whose content was found taken too, as they were then (size, time). */
  const unchanged = new Map<string, { size: number; mtimeMs: number }>();

  /**
   * Whether a file whose name an image of the election already had is that image. A file not
   * written since that image was taken is; one written later (scanner software that starts its
   * numbering again writes a new ballot under an old name) is hashed, once while it stays the same.
   */
  function isTakenAlready(electionId: number, path: string, takenAt: string, shas: ReadonlySet<string>): boolean {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return true; // gone since the folder was listed
    }
    if (stat.mtimeMs <= Date.parse(takenAt)) return true;
    const key = `${electionId}\u0000${path}`;
    const before = unchanged.get(key);
    if (before && before.size === stat.size && before.mtimeMs === stat.mtimeMs) return true;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return true; // unreadable now: the next look tries again
    }
    if (!shas.has(createHash('sha256').update(bytes).digest('hex'))) return false;
    unchanged.set(key, { size: stat.size, mtimeMs: stat.mtimeMs });
    return true;
  }

  /** The new image files of a folder, in name order, or why the folder cannot be read. */
  function newImages(electionId: number, folder: string): Result<string[]> {
    let names: string[];
    try {
      if (!statSync(folder).isDirectory()) return fail(ERROR_CODES.invalidInput, `"${folder}" không phải là thư mục`, 'folder');
      names = readdirSync(folder);
    } catch {
      return fail(ERROR_CODES.notFound, `Không tìm thấy thư mục "${folder}" (hoặc không được phép đọc)`, 'folder');
    }
    const seen = store.scannedImages(electionId);
    const shas = store.scannedHashes(electionId);
    const isFile = (name: string) => {
      try {
        return statSync(join(folder, name)).isFile();
      } catch {
        return false; // gone since the folder was listed
      }
    };
    const takenAt = (name: string) => seen.get(name);
    return ok(names.filter((name) => isScanImageName(name) && isFile(name) && !(takenAt(name) !== undefined && isTakenAlready(electionId, join(folder, name), takenAt(name) as string, shas))).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true })));
  }

  /** Takes one image: kept beside the file, its row written, counted when read with confidence; all or nothing. */
  function take(image: string, bytes: Uint8Array, reading: Awaited<ReturnType<typeof readBallotImage>>, electionId: number, operator: string, teamId: number | null): Result<ScanView> {
    const stored = storedName(reading.sha256, image);
    const kept = keepStoreImage(store, stored, bytes);
    if (!kept.ok) return kept;
    return inTransaction(store, () => {
      const election = ctx.requireEditableElection(electionId);
      if (!election.ok) return election;
      const now = ctx.now();
      let counted: { uid: string; number: number } | null = null;
      if (reading.status === 'read') {
        const saved = ballots.enterBallot({ electionId, teamId, ...(reading.marks ? { marks: reading.marks } : { struck: reading.struck ?? [] }), note: SCANNED_NOTE, operator });
        if (!saved.ok) return saved;
        counted = { uid: saved.value.uid, number: saved.value.number };
      }
      const decision = counted ? 'counted' : reading.status === 'review' ? 'pending' : 'refused';
      const row: Omit<ScanRow, 'id'> = {
        electionId, image, sha256: reading.sha256, stored, status: reading.status, reason: reading.reason ?? null, reading: { reading, program: PROGRAM }, decision,
        ballotUid: counted?.uid ?? null, ballotNumber: counted?.number ?? null, operator, scannedAt: now, decidedBy: counted ? operator : null, decidedAt: counted ? now : null, note: null,
      };
      const scanId = store.insertScan(row);
      ctx.audit('scan.taken', { congressId: election.value.congressId, electionId, operator }, { scanId, image, sha256: reading.sha256, machine: machineReading(reading), decision, number: counted?.number ?? null });
      return ok(scanView({ ...row, id: scanId }));
    });
  }

  return {
    /** Reads the images of the folder not yet taken (at most `limit`): the "Quét phiếu" screen calls it every few seconds. */
    scanFolder: asyncMethod(scanFolderInput, async (input): Promise<Result<ScanFolderResult>> => {
      const { electionId, folder } = input;
      const operator = input.operator ?? '';
      const election = ctx.requireEditableElection(electionId);
      if (!election.ok) return election;
      const found = newImages(electionId, folder);
      if (!found.ok) return found;
      if (busy.has(electionId)) return ok({ taken: [], duplicates: [], remaining: found.value.length, list: scanList(store.listScans(electionId)) });
      const setup = storeScanSetup(store, election.value);
      if (!setup.ok) return setup;
      busy.add(electionId);
      try {
        const taken: ScanView[] = [];
        const duplicates: ScanFolderResult['duplicates'] = [];
        const limit = input.limit ?? DEFAULT_LIMIT;
        let read = 0;
        for (const image of found.value) {
          if (read >= limit) break;
          let bytes: Uint8Array;
          try {
            bytes = new Uint8Array(readFileSync(join(folder, image)));
          } catch {
            continue; // gone, or still being written: the next look takes it
          }
          // The same content under another name is never read again (nor counted against the limit).
          const same = store.findScanBySha(electionId, createHash('sha256').update(bytes).digest('hex'));
          if (same) {
            duplicates.push({ image, sameAs: same.image });
            continue;
          }
          const reading = await readBallotImage(bytes, setup.value.layouts, { electionHash: setup.value.electionHash, allBothOrNoneInvalid: setup.value.allBothOrNoneInvalid, withdrawnOnPaper: setup.value.withdrawnOnPaper });
          read++;
          const done = take(image, bytes, reading, electionId, operator, input.teamId ?? null);
          if (!done.ok) return taken.length === 0 ? done : ok({ taken, duplicates, remaining: 0, list: scanList(store.listScans(electionId)) });
          taken.push(done.value);
        }
        const remaining = newImages(electionId, folder);
        const left = remaining.ok ? remaining.value.filter((name) => !duplicates.some((d) => d.image === name)).length : 0;
        return ok({ taken, duplicates, remaining: left, list: scanList(store.listScans(electionId)) });
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
      const picture = await scanPicture(bytes.value, setup.ok ? setup.value.layouts : [], new Set(scan.value.reading.reading.uncertain));
      return picture ? ok(picture) : fail(ERROR_CODES.cannotRead, `Ảnh "${scan.value.image}" không hiển thị được: ${scan.value.reason ?? 'không phải ảnh'}`);
    }),

    /** A person's decision on an image the machine could not read with confidence: it counts as they entered it. */
    confirmScan: method(confirmScanInput, (input) =>
      inTransaction(store, () => {
        const scan = requireScan(input.scanId);
        if (!scan.ok) return scan;
        const row = scan.value;
        if (row.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, row.decision === 'refused' ? `Ảnh "${row.image}" không phải phiếu đọc được của cuộc bầu này: không thể tính` : `Ảnh "${row.image}" đã được quyết định rồi`, 'scanId');
        const { scanId: _id, note, ...content } = input;
        const saved = ballots.enterBallot({ electionId: row.electionId, ...content, note: note ? `${SCANNED_NOTE}; ${note}` : SCANNED_NOTE });
        if (!saved.ok) return saved;
        const operator = input.operator ?? '';
        store.decideScan(row.id, 'confirmed', { operator, at: ctx.now(), ballotUid: saved.value.uid, ballotNumber: saved.value.number, ...(note ? { note } : {}) });
        const election = store.getElection(row.electionId);
        const { scanId: _s, operator: _o, ...decided } = input;
        ctx.audit('scan.confirmed', { congressId: election?.congressId ?? null, electionId: row.electionId, operator }, { scanId: row.id, image: row.image, sha256: row.sha256, machine: machineReading(row.reading.reading), decided: { ...decided, count: 1 }, number: saved.value.number });
        return ok({ scan: scanView(store.getScan(row.id) as ScanRow), ballotId: saved.value.ballotId, number: saved.value.number, verdict: saved.value.verdict });
      }),
    ),

    /** The folder chooser: a folder's subfolders and images, from the open file's folder when none is given. */
    browseFolders: method(browseFoldersInput, ({ path }) => listFolder(path ?? dirname(resolve(store.path)))),

    /** A person decides an image is not a ballot to count (a reason is required); it stays kept. */
    setAsideScan: method(setAsideScanInput, (input) =>
      inTransaction(store, () => {
        const scan = requireScan(input.scanId);
        if (!scan.ok) return scan;
        const row = scan.value;
        if (row.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, `Ảnh "${row.image}" đã được quyết định rồi`, 'scanId');
        const election = ctx.requireEditableElection(row.electionId);
        if (!election.ok) return election;
        const operator = input.operator ?? '';
        store.decideScan(row.id, 'set_aside', { operator, at: ctx.now(), note: input.reason });
        ctx.audit('scan.set_aside', { congressId: election.value.congressId, electionId: row.electionId, operator }, { scanId: row.id, image: row.image, sha256: row.sha256, machine: machineReading(row.reading.reading), reason: input.reason });
        return ok({ scan: scanView(store.getScan(row.id) as ScanRow) });
      }),
    ),
  };
}
