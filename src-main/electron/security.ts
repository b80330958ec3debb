import type { BrowserWindow, Session, WebContents, WebPreferences } from 'electron';
import { tightenFile } from '../services/owner-only';
import { CONTENT_SECURITY_POLICY } from '../web/server';

/** The renderer's own origin: a privileged custom scheme serving dist/renderer, never file:// or the web. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiem-phieu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The window runs untrusted-by-default web content: sandboxed, isolated, no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // The PDF preview of the minutes uses Chromium's own viewer.
    plugins: true,
  };
}

/** Whether a URL belongs to the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** No navigation away, no new windows, no webviews: the app never shows remote content. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every permission request (camera, notifications, geolocation…) is refused; the CSP is enforced on every response. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // What the window saves (a congress file, a setup package holding a team's key, papers) is its user's only (owner-only.ts).
  session.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state === 'completed') tightenFile(item.getSavePath());
    });
  });
}

/** A message comes from our own page in our own window, its top frame, or it is ignored. */
export function isTrustedSender(window: BrowserWindow | null, senderFrame: { url: string } | null, contents: WebContents): boolean {
  if (window === null || senderFrame === null) return false;
  return contents === window.webContents && senderFrame === window.webContents.mainFrame && isAppUrl(senderFrame.url);
}
