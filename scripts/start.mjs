// `npm start`: the desktop window (Electron) when it can run on this machine; otherwise, saying
// so, the same app in the browser (the browser shell). Arguments go to the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureBuilt } from './builds.mjs';
import { downloadFailureReason, failureFile, forgetFailure, recentFailure, rememberFailure, vietnameseMoment } from './electron-download-memory.mjs';

const require = createRequire(import.meta.url);
const LABELS = { renderer: 'giao diện', web: 'máy chủ của trình duyệt', electron: 'cửa sổ Electron' };
const building = (name) => say(`Đang dựng ${LABELS[name]} (chỉ khi mã nguồn thay đổi)…`);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RETRY = '--retry-electron';
const retryDownload = process.argv.includes(RETRY);
const args = process.argv.slice(2).filter((arg) => arg !== RETRY);

function say(line) {
  process.stdout.write(`${line}\n`);
}

function electronPath() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const RETRY_HINT = `Muốn thử tải Electron lại ngay, không đợi hết một ngày: npm start -- ${RETRY}`;

/**
 * The Electron binary is downloaded on first start (npm install does not, so it works offline).
 * A failure is remembered for a day: the starts after it go straight to the browser shell.
 * Returns why there is no Electron (and how to try again), or null once it is there.
 */
function downloadElectron() {
  if (process.env.KIEM_PHIEU_NO_ELECTRON_DOWNLOAD) return { reason: 'đã tắt việc tải Electron (KIEM_PHIEU_NO_ELECTRON_DOWNLOAD)' };
  const version = require('electron/package.json').version;
  const memory = failureFile();
  const failed = retryDownload ? null : recentFailure(memory, version, Date.now());
  if (failed) return { reason: `lần tải Electron lúc ${vietnameseMoment(failed.at)} không được (${failed.reason}); trong một ngày chương trình không tải lại`, hint: RETRY_HINT };
  say('Chưa có Electron: đang tải lần đầu (cần mạng)…');
  const result = spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: ['ignore', 'inherit', 'pipe'], timeout: 180_000, encoding: 'utf8' });
  if (result.status === 0 && electronPath()) {
    forgetFailure(memory);
    return null;
  }
  const reason = downloadFailureReason(result);
  rememberFailure(memory, version, Date.now(), reason);
  return { reason: `không tải được Electron (${reason}); trong một ngày chương trình không thử tải lại`, hint: RETRY_HINT };
}

/** better-sqlite3 compiled for Electron's ABI, kept apart from the one Node and the tests use. */
function electronNativeBinding() {
  const version = require('electron/package.json').version;
  const target = join(root, '.cache', 'electron-native', version, 'better_sqlite3.node');
  if (existsSync(target)) return { path: target };
  say(`Đang dựng better-sqlite3 cho Electron ${version} (một lần)…`);
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(root, '.cache', 'electron-native', 'build');
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });
  const env = { ...process.env };
  delete env.npm_config_nodedir;
  const built = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });
  const output = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (built.status !== 0 || !existsSync(output)) return { error: 'không dựng được better-sqlite3 cho Electron' };
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(output, target);
  return { path: target };
}

async function startBrowserShell(reason, hint) {
  say(`Không mở được cửa sổ Electron: ${reason}.`);
  say('Chuyển sang chạy trong trình duyệt (cùng chương trình, cùng dữ liệu).');
  if (hint) say(hint);
  await ensureBuilt(['web'], building);
  const child = spawn(process.execPath, [join(root, 'dist', 'web', 'main.js'), ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function startElectron(binary, nativeBinding) {
  const started = Date.now();
  const child = spawn(binary, [root], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, KIEM_PHIEU_NATIVE_BINDING: nativeBinding } });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  child.on('error', (error) => void startBrowserShell(`Electron không chạy được (${error.message})`));
  child.on('exit', (code) => {
    // A window that dies at once (no display, missing libraries) falls back; a normal quit ends.
    if (code !== 0 && Date.now() - started < 15_000) void startBrowserShell(`Electron dừng ngay khi khởi động (mã ${code}${errors ? `: ${errors.trim().split('\n').pop()}` : ''})`);
    else process.exit(code ?? 0);
  });
}

await ensureBuilt(['renderer'], building);
let binary = electronPath();
const missing = binary ? null : downloadElectron();
binary = electronPath();
if (!binary) {
  await startBrowserShell(missing?.reason ?? 'không có Electron', missing?.hint);
} else {
  const native = electronNativeBinding();
  if (native.error) await startBrowserShell(native.error);
  else {
    await ensureBuilt(['electron'], building);
    startElectron(binary, native.path);
  }
}
