// The command line compiled to JavaScript (dist/cli), so that it starts without compiling
// TypeScript: `npm install` runs this (the `prepare` step). Each command is its own chunk, loaded
// only when that command runs. Beside the code it writes the list of sources it was built from,
// with their modification times, so that bin/kiem-phieu can tell a build older than the sources.
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(root, 'dist', 'cli');

/** Builds into a folder of its own, then puts it in place, so that a command running meanwhile finds a whole build. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const fresh = `${CLI_DIR}-${process.pid}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src-main/cli/main.ts'],
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // zod is bundled: loaded from its package it is some hundred files, and every command reads a congress file.
    external: ['better-sqlite3', 'exceljs', 'jszip', 'pdfkit'],
    metafile: true,
    logLevel: 'warning',
    // Beside main.js, so that files found relative to a module (the fonts in assets/) are found from a chunk too.
    chunkNames: '[name]-[hash]',
  });
  const sources = Object.keys(result.metafile.inputs).map((path) => [path, statSync(join(root, path)).mtimeMs]);
  writeFileSync(join(fresh, 'sources.json'), JSON.stringify(sources));
  const old = `${CLI_DIR}-old-${process.pid}`;
  try {
    renameSync(CLI_DIR, old);
  } catch {
    // no earlier build
  }
  renameSync(fresh, CLI_DIR);
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
