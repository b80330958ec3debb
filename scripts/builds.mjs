// What `npm install`, `npm start`, `npm run start:web` and bin/kiem-phieu build, and how each
// tells a build that is up to date: beside its output every build writes `sources.json`, the
// files it was made from with their modification times. A build is reused while every one of
// them is unchanged; otherwise it is made again. Builds go to a folder of their own and are then
// put in place, so that a program running meanwhile finds a whole build.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Native and file-reading packages stay outside the bundles (zod, pure code, goes in). */
const NODE_EXTERNALS = ['better-sqlite3', 'exceljs', 'jszip', 'pdfkit', 'electron', 'sharp', 'qrcode', 'jsqr'];

function listFiles(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)));
}

function stamp(paths) {
  return paths.map((path) => [path, statSync(join(ROOT, path)).mtimeMs]);
}

async function esbuildNode(entry, outdir, format) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: format === 'esm',
    format,
    platform: 'node',
    target: 'node20',
    external: NODE_EXTERNALS,
    metafile: true,
    sourcemap: format === 'cjs',
    logLevel: 'warning',
    // Beside the entry, so that files found relative to a module (assets/fonts) are found from every chunk.
    chunkNames: '[name]-[hash]',
    ...(format === 'cjs' ? { banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__bundleUrl' }, outExtension: { '.js': '.cjs' } } : {}),
  });
  return Object.keys(result.metafile.inputs);
}

export const BUILDS = {
  /** The command line (compiled JavaScript; each command its own chunk). */
  cli: { dir: 'dist/cli', make: (out) => esbuildNode('src-main/cli/main.ts', out, 'esm') },
  /** The browser shell's server. */
  web: { dir: 'dist/web', make: (out) => esbuildNode('src-main/web/main.ts', out, 'esm') },
  /** The Electron main process and its preload (CommonJS, as a sandboxed preload requires). */
  electron: {
    dir: 'dist/electron',
    make: async (out) => [...(await esbuildNode('src-main/electron/main.ts', out, 'cjs')), ...(await esbuildNode('src-main/electron/preload.ts', out, 'cjs'))],
  },
  /** The user interface (Vite). */
  renderer: {
    dir: 'dist/renderer',
    make: async (out) => {
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
      return [...listFiles('src-renderer'), ...listFiles('shared'), 'vite.config.ts', 'package.json'];
    },
  },
};

/** Whether the build exists and every file it was made from is as it was then. */
export function isUpToDate(name) {
  try {
    const sources = JSON.parse(readFileSync(join(ROOT, BUILDS[name].dir, 'sources.json'), 'utf8'));
    return sources.every(([path, mtime]) => statSync(join(ROOT, path), { throwIfNoEntry: false })?.mtimeMs === mtime);
  } catch {
    return false;
  }
}

export async function build(name) {
  const target = join(ROOT, BUILDS[name].dir);
  const fresh = `${target}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const sources = await BUILDS[name].make(fresh);
  writeFileSync(join(fresh, 'sources.json'), JSON.stringify(stamp([...new Set(sources)])));
  const old = `${target}-old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

/** Builds what is missing or older than its sources; says so when it builds. Returns the names built. */
export async function ensureBuilt(names, say = () => undefined) {
  const built = [];
  for (const name of names) {
    if (isUpToDate(name)) continue;
    say(name);
    await build(name);
    built.push(name);
  }
  return built;
}

// `node scripts/builds.mjs [--force] NAME…`: builds those named (all by default) when out of date.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const names = process.argv.slice(2).filter((a) => a !== '--force');
  for (const name of names.length > 0 ? names : Object.keys(BUILDS)) {
    if (!(name in BUILDS)) throw new Error(`unknown build "${name}" (${Object.keys(BUILDS).join(', ')})`);
    if (force || !isUpToDate(name)) await build(name);
  }
}
