import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ok, fail, type Result } from '../../shared/result';
import { ERROR_CODES } from '../../shared/api/errors';
import type { ElectionRow, Store } from '../db/store';
import { ballotLayout } from '../pdf/ballot-layout';
import type { ElectionScanSetup } from '../scan';
import { congressInfoFromStore } from './congress-file-io';
import packageJson from '../../package.json' with { type: 'json' };

/** The program that read a scan, kept with its evidence. */
export const PROGRAM = { name: packageJson.name, version: packageJson.version };

/** Where the images of a congress file are kept: a folder beside it, `<file>.scans`. */
export function scansDir(store: Store): string {
  return `${store.path}.scans`;
}

/** The kept copy's name: the image's SHA-256 and its extension (lower case). */
export function storedName(sha256: string, image: string): string {
  const ext = extname(image).toLowerCase().replace(/^\.jpeg$/, '.jpg').replace(/^\.tiff$/, '.tif');
  return `${sha256}${ext}`;
}

/**
 * Copies an image beside the congress file, atomically (a temporary file, then a rename): the
 * copy is whole or absent. The name is its hash, so a copy already there is the same bytes.
 */
export function keepImage(store: Store, stored: string, bytes: Uint8Array): Result<string> {
  const dir = scansDir(store);
  const path = join(dir, stored);
  try {
    if (existsSync(path)) return ok(path);
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, path);
    return ok(path);
  } catch (error) {
    return fail(ERROR_CODES.cannotWrite, `Không lưu được bản sao ảnh vào thư mục "${dir}" (${error instanceof Error ? error.message : String(error)}): ảnh chưa được tính`);
  }
}

export function readKeptImage(store: Store, stored: string): Result<Uint8Array> {
  const path = join(scansDir(store), stored);
  try {
    return ok(new Uint8Array(readFileSync(path)));
  } catch {
    return fail(ERROR_CODES.cannotRead, `Không tìm thấy bản sao ảnh "${stored}" trong thư mục "${scansDir(store)}"`);
  }
}

/**
 * The layouts an election's ballots may be printed in (1, 2 or 4 to a sheet), from the store: the
 * same input as the app's "In phiếu bầu" (report-api.ts), so the same hash as the printed QR code.
 */
export function storeScanSetup(store: Store, election: ElectionRow): Result<ElectionScanSetup> {
  const candidates = store.listCandidates(election.id).filter((c) => !c.withdrawn).map((c) => ({ id: c.key, name: c.name }));
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
  return ok({ layouts, electionHash: first.electionHash, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
}
