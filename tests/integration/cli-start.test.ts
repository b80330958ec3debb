import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/api';
import { SAMPLES_DIR } from '../helpers/samples';

/**
 * The command line starts at once because it is compiled JavaScript and each command loads only
 * what it uses: the packages a command loads (Node reports each one it resolves with
 * NODE_DEBUG=module) are those of its own work.
 */
function packagesLoaded(...args: string[]): Set<string> {
  const run = spawnSync(join(process.cwd(), 'bin', 'kiem-phieu'), args, { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } });
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  return new Set([...run.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)].map((m) => m[1] as string));
}

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

describe('what each command loads', () => {
  // A build older than the sources is made again by the command itself (which loads esbuild): start from a fresh one.
  beforeAll(() => {
    expect(spawnSync(process.execPath, ['scripts/builds.mjs', 'cli'], { encoding: 'utf8' }).status).toBe(0);
  });

  it('help loads no package at all', () => {
    expect([...packagesLoaded('help')]).toEqual([]);
  });

  it('tally of a congress file loads neither the PDF, nor the Excel, nor the database library', () => {
    const loaded = packagesLoaded('tally', sample, '--json');
    for (const heavy of ['pdfkit', 'fontkit', 'exceljs', 'jszip', 'better-sqlite3']) expect(loaded.has(heavy), heavy).toBe(false);
  });

  it('export --pdf loads the PDF library and not the Excel one; export --xlsx the other way round', () => {
    const dir = tempDir();
    const pdf = packagesLoaded('export', sample, '--pdf', join(dir, 'bien-ban.pdf'), '--draft');
    expect(pdf.has('pdfkit')).toBe(true);
    expect(pdf.has('exceljs')).toBe(false);
    const xlsx = packagesLoaded('export', sample, '--xlsx', join(dir, 'dai-hoi.xlsx'));
    expect(xlsx.has('exceljs')).toBe(true);
    expect(xlsx.has('pdfkit')).toBe(false);
  });
});
