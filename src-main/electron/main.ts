import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, type WebContents } from 'electron';
import { createBackend } from '../app/backend';
import { Workspace } from '../app/workspace';
import { CONTENT_SECURITY_POLICY } from '../web/server';
import { INVOKE_CHANNEL } from '../../shared/api/bridge';
import { createInvokeHandler } from './ipc-router';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isTrustedSender, lockDownContents, lockDownSession, secureWebPreferences } from './security';

/** `npm start`: the main process owns the database and the api; the window only asks through `invoke`. */
const ROOT = app.getAppPath();
const RENDERER = join(ROOT, 'dist', 'renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;

function serveRenderer(request: Request): Response {
  const url = new URL(request.url);
  const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
  const path = normalize(join(RENDERER, relative));
  if (url.host !== APP_HOST || !path.startsWith(RENDERER + sep) || !existsSync(path)) return new Response('Không tìm thấy', { status: 404 });
  return new Response(readFileSync(path), { headers: { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 900,
    title: 'Kiểm phiếu',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents: WebContents) => lockDownContents(contents));

void app.whenReady().then(() => {
  lockDownSession(session.defaultSession);
  protocol.handle(APP_SCHEME, serveRenderer);
  const workspace = new Workspace({
    documentsDir: join(app.getPath('documents'), 'KiemPhieu'),
    settingsDir: app.getPath('userData'),
    ...(process.env.KIEM_PHIEU_NATIVE_BINDING ? { nativeBinding: process.env.KIEM_PHIEU_NATIVE_BINDING } : {}),
  });
  const backend = createBackend(workspace, 'electron');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(backend, (event) => isTrustedSender(mainWindow, event.senderFrame, event.sender as WebContents), log));
  app.on('before-quit', () => workspace.close());
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});

app.on('window-all-closed', () => app.quit());
