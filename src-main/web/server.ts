import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isApiMethod } from '../../shared/api/method-names';
import { fromWire, toWire } from '../../shared/wire-format';
import type { BackendInvoker } from '../app/backend';
import { createOwnerAccess, type OwnerAccess } from './owner-access';
import { parseTarget, readStaticFile } from './request-target';
import { answerUnparsable, CONTENT_SECURITY_POLICY, JSON_TYPE, movingOnPage, NOT_OWNER, Refusal, send, sendPage, sendRefusal, WRONG_HOST } from './responses';
import { ERROR_CODES } from '../../shared/api/errors';

export { CONTENT_SECURITY_POLICY };

const MAX_BODY = 256 * 1024 * 1024;

export interface WebServerOptions {
  backend: BackendInvoker;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  log?: (line: string) => void;
  /** Called once, when the printed address has been opened and its code is used up. */
  onOwnerEntered?: () => void;
}

export interface RunningWebServer {
  server: Server;
  /** The server's address, http://127.0.0.1:PORT/: without the cookie it answers 403. */
  url: string;
  /** The address to print and open: it carries the one-time code, exchanged for the cookie on first use. */
  openUrl: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new Refusal(413, 'Dữ liệu gửi lên quá lớn.');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw error instanceof Refusal ? error : new Refusal(400, 'Yêu cầu bị ngắt giữa chừng.');
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser shell: the renderer and the api over HTTP, on 127.0.0.1 only, for its owner only:
 * whoever opens the printed address first gets the session cookie (owner-access.ts); without it
 * the page, the files and the api answer 403. The Host header must be this address (no DNS
 * rebinding), and an api call from another site's page is refused by its Origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const log = options.log ?? (() => undefined);
  let expectedHost = '';
  let access: OwnerAccess | null = null;

  const enterWithCode = (req: IncomingMessage, res: ServerResponse, owner: OwnerAccess, code: string | null) => {
    if (owner.admits(req.headers.cookie)) return send(res, 303, '', 'text/plain; charset=utf-8', { Location: '/' });
    const cookie = owner.exchange(code);
    if (cookie === null) throw new Refusal(403, NOT_OWNER);
    options.onOwnerEntered?.();
    if (req.headers['sec-fetch-site'] === 'cross-site') return sendPage(res, 200, movingOnPage(), { 'Set-Cookie': cookie });
    send(res, 303, '', 'text/plain; charset=utf-8', { Location: '/', 'Set-Cookie': cookie });
  };

  const callApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method !== 'POST') throw new Refusal(405, 'Thao tác của chương trình chỉ nhận yêu cầu POST.');
    if (req.headers.origin !== undefined && req.headers.origin !== `http://${expectedHost}`) throw new Refusal(403, 'Yêu cầu từ trang khác bị từ chối.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new Refusal(415, 'Cần gửi dữ liệu dạng JSON.');
    if (!isApiMethod(name)) return send(res, 404, toWire({ ok: false, error: { code: ERROR_CODES.unknownMethod, message: `Không có thao tác "${name}"` } }), JSON_TYPE);
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body === '' ? {} : fromWire(body);
    } catch {
      throw new Refusal(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
    }
    send(res, 200, toWire(await options.backend.invoke(name, input)), JSON_TYPE);
  };

  const serveFile = (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refusal(405, 'Chỉ đọc được trang và tệp của chương trình.');
    const file = readStaticFile(options.staticDir, path);
    if (!file) throw new Refusal(404, 'Không tìm thấy.');
    if (file.isPage) return sendPage(res, 200, file.content);
    send(res, 200, file.content, file.type, { 'Cache-Control': 'private, max-age=3600' });
  };

  const server = createServer(async (req, res) => {
    let forApi = false;
    try {
      if (req.headers.host !== expectedHost || !access) throw new Refusal(421, WRONG_HOST);
      const target = parseTarget(req.url);
      forApi = target.path.startsWith('/api/');
      if (req.method === 'GET' && target.path === '/' && target.query.has('code')) return enterWithCode(req, res, access, target.query.get('code'));
      if (!access.admits(req.headers.cookie)) throw new Refusal(403, NOT_OWNER);
      if (forApi) return await callApi(req, res, target.path.slice('/api/'.length));
      serveFile(req, res, target.path);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof Refusal) return sendRefusal(res, error, forApi);
      log(`Lỗi chương trình khi xử lý ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
      send(res, 500, toWire({ ok: false, error: { code: ERROR_CODES.internal, message: `Lỗi chương trình: ${(error as Error).message}` } }), JSON_TYPE);
    }
  });
  server.on('clientError', answerUnparsable);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  expectedHost = `127.0.0.1:${port}`;
  access = createOwnerAccess(port);
  return {
    server,
    url: `http://${expectedHost}/`,
    openUrl: `http://${expectedHost}/?code=${access.code}`,
    // Browsers keep connections open; closing them makes stopping take no time.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
