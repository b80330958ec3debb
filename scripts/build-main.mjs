// Bundles the Electron main process and preload (CommonJS, as a sandboxed preload requires).
// Native and file-reading modules stay outside the bundle.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'pdfkit', 'exceljs'],
  // Modules written as ES modules find their files with import.meta.url: give the bundle one.
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
};

await build({ ...common, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
