import { ok, fail, type Result } from '../../shared/result';
import { ERROR_CODES } from '../../shared/api/errors';
import { isStruckOnPaper, paperList } from '../../shared/rules/paper-list';
import type { ElectionRow, Store } from '../db/store';
import { keepImage, readKeptImage, scansDir } from '../scan/evidence-files';
import { ballotLayout } from '../pdf/ballot-layout';
import type { ElectionScanSetup } from '../scan';
import { congressInfoFromStore } from './congress-file-io';

/**
 * The layouts an election's ballots may be printed in (1, 2 or 4 to a sheet), from the store: the
 * same input as the app's "In phiếu bầu" (report-api.ts), so the same hash as the printed QR code.
 */
export function storeScanSetup(store: Store, election: ElectionRow): Result<ElectionScanSetup> {
  // The names printed (RULES R1: a name withdrawn after printing is still on the paper, and in its hash).
  const listed = store.listCandidates(election.id);
  const candidates = paperList(listed).map((c) => ({ id: c.key, name: c.name }));
  const input = { congress: congressInfoFromStore(store, election.congressId), election: { ...election, id: election.key }, candidates };
  const layouts = ([1, 2, 4] as const).flatMap((perPage) => {
    const planned = ballotLayout(input, { perPage });
    return planned.ok ? [planned.value.layout] : [];
  });
  const first = layouts[0];
  if (first === undefined) {
    const planned = ballotLayout(input);
    return planned.ok ? fail(ERROR_CODES.invalidInput, 'Không lập được bố cục phiếu bầu để đọc ảnh quét') : planned;
  }
  return ok({ layouts, electionHash: first.electionHash, allBothOrNoneInvalid: election.allBothOrNoneInvalid, withdrawnOnPaper: listed.filter(isStruckOnPaper).map((c) => c.key) });
}

/** Copies an image into the folder beside the store's file (evidence-files.ts). */
export function keepStoreImage(store: Store, stored: string, bytes: Uint8Array): Result<string> {
  return keepImage(scansDir(store.path), stored, bytes);
}

export function readStoreImage(store: Store, stored: string): Result<Uint8Array> {
  return readKeptImage(scansDir(store.path), stored);
}
