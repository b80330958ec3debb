import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Our fixtures, and a copy of the project's samples (../shared/samples) so that a clone alone runs the tests. */
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const SAMPLES_DIR = join(FIXTURES_DIR, 'samples');

export function sampleText(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}

export function sampleJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(sampleText(name)) as T;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
