import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { Workspace } from '../../src-main/app/workspace';
import { createInvokeHandler } from '../../src-main/electron/ipc-router';
import { isAppUrl, isTrustedSender, lockDownContents, lockDownSession, secureWebPreferences } from '../../src-main/electron/security';
import { CONTENT_SECURITY_POLICY, startWebServer } from '../../src-main/web/server';
import { tempDir } from '../helpers/api';

function workspace() {
  const dir = tempDir();
  return new Workspace({ documentsDir: join(dir, 'ho-so'), settingsDir: join(dir, 'cai-dat') });
}

describe('the Electron window', () => {
  it('is sandboxed and isolated, with no Node in the page', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false, preload: '/p/preload.cjs' });
  });

  it('never navigates away, opens no window, attaches no webview', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | null = null;
    const contents = { on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => (handlers[name] = fn), setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn) };
    lockDownContents(contents as never);
    const prevented = (name: string, url?: string) => {
      let stopped = false;
      handlers[name]?.({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://kiem-phieu/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and sends the strict CSP on every response', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let headers: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null;
    lockDownSession({ setPermissionRequestHandler: (fn: never) => (request = fn), setPermissionCheckHandler: (fn: never) => (check = fn), webRequest: { onHeadersReceived: (fn: never) => (headers = fn) }, on: () => undefined } as never);
    let granted: boolean | null = null;
    request!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
    headers!({ responseHeaders: {} }, (r) => expect(r.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]));
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });

  it('takes messages only from its own page in its own window', () => {
    const mainFrame = { url: 'app://kiem-phieu/index.html' };
    const webContents = { mainFrame };
    const window = { webContents } as never;
    expect(isTrustedSender(window, mainFrame, webContents as never)).toBe(true);
    expect(isTrustedSender(window, { url: 'app://kiem-phieu/index.html' }, webContents as never)).toBe(false); // a sub-frame
    expect(isTrustedSender(window, mainFrame, {} as never)).toBe(false);
    expect(isTrustedSender(null, mainFrame, webContents as never)).toBe(false);
    expect(isAppUrl('app://kiem-phieu.evil.com/')).toBe(false);
  });
});

describe('the IPC router', () => {
  it('refuses an untrusted sender and an unknown method, validates input through the api', async () => {
    const backend = createBackend(workspace(), 'electron');
    const trusted = createInvokeHandler(backend, () => true);
    const untrusted = createInvokeHandler(backend, () => false);
    expect(await untrusted({ senderFrame: { url: 'https://x' }, sender: null }, 'workspaceInfo', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await trusted({ senderFrame: null, sender: null }, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await trusted({ senderFrame: null, sender: null }, 'getCongress', { congressId: 1 })).toMatchObject({ ok: false, error: { code: 'NO_FILE_OPEN' } });
    expect(await trusted({ senderFrame: null, sender: null }, 'createCongressFile', { fileName: 'dh', congress: { name: 'Đại hội', kind: 'members', summoned: -1 } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: 'congress.summoned' } });
    expect(await trusted({ senderFrame: null, sender: null }, 'createCongressFile', { fileName: 'dh', congress: { name: 'Đại hội', kind: 'members', summoned: 9 } })).toMatchObject({ ok: true, value: { congressId: 1 } });
  });
});

describe('the Electron bundle', () => {
  it('builds, and its modules load (no import.meta or file path left broken by bundling)', () => {
    const built = spawnSync(process.execPath, ['scripts/builds.mjs', '--force', 'electron'], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const loaded = spawnSync(process.execPath, ['-e', `
      const Module = require('module'); const load = Module._load;
      const calls = [];
      Module._load = function (request) {
        if (request !== 'electron') return load.apply(this, arguments);
        return { app: { getAppPath: () => process.cwd(), on: () => calls.push('app.on'), whenReady: () => new Promise(() => {}) }, protocol: { registerSchemesAsPrivileged: () => calls.push('scheme') }, BrowserWindow: function () {}, ipcMain: {}, session: {} };
      };
      require('./dist/electron/main.cjs');
      process.stdout.write(calls.join(','));
    `], { encoding: 'utf8' });
    expect(loaded.stderr).toBe('');
    expect(loaded.stdout).toBe('scheme,app.on,app.on');
  });
});

describe('the browser shell', () => {
  it('answers only on 127.0.0.1, only to the browser that opened the printed address, only to its own host name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<html><head></head><body></body></html>');
    const server = await startWebServer({ backend: createBackend(workspace(), 'browser'), staticDir: dir });
    try {
      const call = (headers: Record<string, string>, method = 'workspaceInfo') => fetch(`${server.url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(server.openUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43}$/);
      expect((await call({})).status).toBe(403);
      expect((await fetch(server.url)).status).toBe(403);
      // The printed address gives the cookie once, and sends the browser on to the page.
      const entered = await fetch(server.openUrl, { redirect: 'manual' });
      expect(entered.status).toBe(303);
      expect(entered.headers.get('location')).toBe('/');
      const cookie = (entered.headers.get('set-cookie') ?? '').split(';')[0] as string;
      expect((await fetch(server.openUrl, { redirect: 'manual' })).status).toBe(403);
      const page = await fetch(server.url, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain('token');
      const ok = await call({ Cookie: cookie });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ ok: true, value: { shell: 'browser', path: null } });
      expect((await call({ Cookie: cookie }, 'notAMethod')).status).toBe(404);
      // A page on another name resolving to 127.0.0.1 (DNS rebinding) is refused.
      const rebound = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}api/workspaceInfo`, { method: 'POST', headers: { Host: 'evil.example', Cookie: cookie, 'Content-Type': 'application/json' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{}');
      });
      expect(rebound).toBe(421);
    } finally {
      await server.close();
    }
  });
});

describe('npm start', () => {
  it('without an Electron binary says so and starts the browser shell', async () => {
    const require = createRequire(import.meta.url);
    let electronThere = true;
    try {
      require('electron');
    } catch {
      electronThere = false;
    }
    expect(electronThere).toBe(false); // on this machine the binary cannot be downloaded
    // `npm start` builds the renderer first; `npm test` builds it before the tests.
    expect(existsSync(join('dist', 'renderer', 'index.html'))).toBe(true);
    const child = spawn(process.execPath, ['scripts/start.mjs', '--no-browser', '--port', '0', '--data-dir', tempDir()], { env: { ...process.env, KIEM_PHIEU_NO_ELECTRON_DOWNLOAD: '1' } });
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(text)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (/http:\/\/127\.0\.0\.1:\d+\/\S*\n/.test(text)) {
          clearTimeout(timer);
          resolve(text);
        }
      });
    });
    child.kill('SIGTERM');
    expect(output).toContain('Không mở được cửa sổ Electron');
    expect(output).toContain('Chuyển sang chạy trong trình duyệt');
    expect(output).toMatch(/Kiểm phiếu đang chạy trong trình duyệt tại: http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43}\n/);
  });
});
