import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import packageJson from '../../package.json' with { type: 'json' };
import { ownerOnlyFolder, tightenFile, writeOwnerOnlyFile } from '../services/owner-only';

/** The program that read a scan, kept with its evidence. */
export const PROGRAM = { name: packageJson.name, version: packageJson.version };

/** Where the images of a congress file (the app's or a `.json`) are kept: a folder beside it, `<file>.scans`. */
export function scansDir(file: string): string {
  return `${file}.scans`;
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
export function keepImage(dir: string, stored: string, bytes: Uint8Array): Result<string> {
  const path = join(dir, stored);
  try {
    if (existsSync(path)) return ok(path);
    ownerOnlyFolder(dir);
    const temporary = `${path}.${process.pid}.tmp`;
    writeOwnerOnlyFile(temporary, bytes, { flush: true });
    renameSync(temporary, path);
    return ok(path);
  } catch (error) {
    return fail(ERROR_CODES.cannotWrite, `Không lưu được bản sao ảnh vào thư mục "${dir}" (${error instanceof Error ? error.message : String(error)}): ảnh chưa được tính`);
  }
}

export function readKeptImage(dir: string, stored: string): Result<Uint8Array> {
  const path = join(dir, stored);
  try {
    return ok(new Uint8Array(readFileSync(path)));
  } catch {
    return fail(ERROR_CODES.cannotRead, `Không tìm thấy bản sao ảnh "${stored}" trong thư mục "${dir}"`);
  }
}


/**
 * Copies the kept images (and what is kept with them) of one folder into another, those not there
 * yet: a file's name is its content's hash, so a file already there is the same bytes. Used for
 * backups (`<file>.backups/scans`), a copy of the file and a restore. A missing source is nothing
 * to copy. Returns how many files were copied.
 */
export function copyEvidence(fromDir: string, toDir: string): number {
  if (!existsSync(fromDir)) return 0;
  const missing = readdirSync(fromDir).filter((name) => !name.endsWith('.tmp') && !existsSync(join(toDir, name)));
  if (missing.length === 0) return 0;
  ownerOnlyFolder(toDir);
  for (const name of missing) {
    const temporary = join(toDir, `${name}.${process.pid}.tmp`);
    copyFileSync(join(fromDir, name), temporary);
    tightenFile(temporary);
    renameSync(temporary, join(toDir, name));
  }
  return missing.length;
}

/** A folder of kept images (and their records) an older version left readable by others, tightened with its files. */
export function tightenEvidence(dir: string): void {
  if (!existsSync(dir)) return;
  ownerOnlyFolder(dir);
  for (const name of readdirSync(dir)) tightenFile(join(dir, name));
}
