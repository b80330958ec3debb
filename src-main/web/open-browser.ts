import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OpenerPage {
  path: string;
  remove(): void;
}

/**
 * The address with its one-time code must not be on a command line: any local account can read
 * the command lines of running programs (ps) and could use the code before the browser does. The
 * browser is given a file instead, readable by the owner only, that moves on to the address. Put
 * by default where a sandboxed browser (snap, flatpak) can read it: a visible folder of the home,
 * not /tmp nor a hidden folder.
 */
export function writeOpenerPage(url: string, folder = tmpdir()): OpenerPage {
  const dir = mkdtempSync(join(folder, 'mo-kiem-phieu-')); // mode 0700
  const path = join(dir, 'mo-kiem-phieu.html');
  const href = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  writeFileSync(path, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}"><title>Kiểm phiếu</title></head><body><p><a href="${href}">Mở Kiểm phiếu</a></p></body></html>`, { mode: 0o600, flag: 'wx' });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function browserOpenerCommand(file: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'win32') return ['cmd', ['/c', 'start', '', file]];
  if (platform === 'darwin') return ['open', [file]];
  return ['xdg-open', [file]];
}

/** Opens the address in the default browser through a private opener page; returns the page to remove. */
export function openInBrowser(url: string, folder: string): OpenerPage {
  const opener = writeOpenerPage(url, folder);
  const [command, args] = browserOpenerCommand(opener.path);
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  return opener;
}
