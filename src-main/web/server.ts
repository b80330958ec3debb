import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { isApiMethod } from '../../shared/api/method-names';
import type { BackendInvoker } from '../app/backend';
import { fromWire, toWire } from '../../shared/wire-format';

/** The same strict policy as the Electron window: our own scripts and styles only, no network. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.ico': 'image/x-icon' };
const MAX_BODY = 256 * 1024 * 1024;

export interface WebServerOptions {
  backend: BackendInvoker;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface RunningWebServer {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser shell: the renderer and the api over HTTP, on 127.0.0.1 only. Every api call needs
 * the token of this launch (given to the page inside index.html, which only a page served from
 * this address can read); the Host header must be this address (no DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  let expectedHost = '';

  const serveStatic = (res: ServerResponse, urlPath: string) => {
    const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
    const path = normalize(join(options.staticDir, relative));
    if (!path.startsWith(normalize(options.staticDir) + sep) || !existsSync(path) || !statSync(path).isFile()) {
      send(res, 404, 'Không tìm thấy', 'text/plain; charset=utf-8');
      return;
    }
    if (relative === 'index.html') {
      const html = readFileSync(path, 'utf8').replace('</head>', `<meta name="kiem-phieu-token" content="${token}"></head>`);
      send(res, 200, html, TYPES['.html'] as string, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' });
      return;
    }
    send(res, 200, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream', { 'Cache-Control': 'public, max-age=3600' });
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.headers.host !== expectedHost) return send(res, 421, 'Sai địa chỉ', 'text/plain; charset=utf-8');
      const url = new URL(req.url ?? '/', `http://${expectedHost}`);
      if (req.method === 'GET') return serveStatic(res, url.pathname);
      const match = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
      if (req.method !== 'POST' || !match) return send(res, 405, 'Không được phép', 'text/plain; charset=utf-8');
      if (!sameToken(req.headers['x-kiem-phieu-token'] as string | undefined, token)) return send(res, 403, 'Sai mã phiên', 'text/plain; charset=utf-8');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Cần JSON', 'text/plain; charset=utf-8');
      const methodName = match[1] as string;
      if (!isApiMethod(methodName)) return send(res, 404, toWire({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có thao tác "${methodName}"` } }), 'application/json');
      const body = await readBody(req);
      const input = body === '' ? {} : fromWire(body);
      const result = await options.backend.invoke(methodName, input);
      send(res, 200, toWire(result), 'application/json');
    } catch (error) {
      log(`Lỗi chương trình khi xử lý ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
      send(res, 500, toWire({ ok: false, error: { code: 'INTERNAL', message: `Lỗi chương trình: ${(error as Error).message}` } }), 'application/json');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  expectedHost = `127.0.0.1:${port}`;
  return {
    server,
    url: `http://${expectedHost}/`,
    token,
    // Browsers keep connections open; closing them makes stopping take no time.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
