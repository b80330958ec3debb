import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendInvoker } from '../../src-main/app/backend';
import { browserOpenerCommand, writeOpenerPage } from '../../src-main/web/open-browser';
import { startWebServer, type RunningWebServer } from '../../src-main/web/server';
import { tempDir } from '../helpers/api';

/** Issue 10, item 4: only the one who opens the printed address gets in; item 6: no 500 for a bad request. */

const PAGE = '<!doctype html><html><head><title>Kiểm phiếu</title></head><body><div id="root"></div></body></html>';
const backend: BackendInvoker = { invoke: async (method) => ({ ok: true, value: { method, shell: 'browser' } }) };
const running: RunningWebServer[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.close();
});

async function start(options: { backend?: BackendInvoker; log?: (line: string) => void } = {}): Promise<RunningWebServer> {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), PAGE);
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("kiem-phieu")');
  const server = await startWebServer({ backend: options.backend ?? backend, staticDir, log: options.log });
  running.push(server);
  return server;
}

interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/** One request written byte for byte (fetch would refuse or clean up the malformed ones). */
function raw(server: RunningWebServer, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may close at once on a request it cannot parse: what it answered still counts.
    socket.on('error', (error) => chunks.length === 0 && reject(error));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const head = end === -1 ? text : text.slice(0, end);
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: end === -1 ? '' : text.slice(end + 4) });
    });
    socket.write(request);
  });
}

function host(server: RunningWebServer): string {
  return new URL(server.url).host;
}

function get(server: RunningWebServer, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const lines = Object.entries({ Host: host(server), Connection: 'close', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  return raw(server, `GET ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
}

function post(server: RunningWebServer, path: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const all = { Host: host(server), Connection: 'close', 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers };
  return raw(server, `POST ${path} HTTP/1.1\r\n${Object.entries(all).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`);
}

function header(response: RawResponse, name: string): string | null {
  const line = response.head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
}

/** Opens the address the program printed, as the browser does first; returns the cookie to send back. */
async function enter(server: RunningWebServer): Promise<{ cookie: string; response: RawResponse }> {
  const opened = new URL(server.openUrl);
  const response = await get(server, opened.pathname + opened.search);
  const setCookie = header(response, 'set-cookie');
  expect(setCookie, `the address answered ${response.status}`).not.toBeNull();
  return { cookie: (setCookie as string).split(';')[0] as string, response };
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function expectRefusal(response: RawResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.body).toMatch(VIETNAMESE);
}

describe('the browser shell serves only the one who opened the printed address', () => {
  it('prints an address with a one-time code of at least 128 bits', async () => {
    const server = await start();
    const opened = new URL(server.openUrl);
    expect(opened.origin).toBe(new URL(server.url).origin);
    const code = opened.searchParams.get('code') ?? '';
    expect(code).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const other = await start();
    expect(new URL(other.openUrl).searchParams.get('code')).not.toBe(code);
  });

  it('without the cookie, the page and the static files are 403 with a Vietnamese page, and hold no secret', async () => {
    const server = await start();
    const code = new URL(server.openUrl).searchParams.get('code') as string;
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const response = await get(server, path);
      expectRefusal(response, 403);
      expect(response.body).toContain('địa chỉ');
      expect(response.body).not.toContain(code);
      expect(response.body).not.toContain('kiem-phieu-token');
      expect(response.body).not.toContain('console.log');
      expect(header(response, 'set-cookie')).toBeNull();
    }
  });

  it('without the cookie, the api is 403, whatever token header comes with it', async () => {
    const server = await start();
    expectRefusal(await post(server, '/api/workspaceInfo', '{}'), 403);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { 'X-Kiem-Phieu-Token': 'x'.repeat(32) }), 403);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { Cookie: 'kiem-phieu=nothing' }), 403);
  });

  it('exchanges the code for a cookie and moves to / without the code; with the cookie, page and api answer', async () => {
    const server = await start();
    const { cookie, response } = await enter(server);
    expect(response.status).toBe(303);
    expect(header(response, 'location')).toBe('/');
    const page = await get(server, '/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.body).toBe(PAGE); // nothing added: no token in the page any more
    expect(header(page, 'content-security-policy')).toContain("default-src 'none'");
    expect(header(page, 'x-content-type-options')).toBe('nosniff');
    expect((await get(server, '/assets/app.js', { Cookie: cookie })).status).toBe(200);
    const api = await post(server, '/api/workspaceInfo', '{}', { Cookie: cookie });
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body)).toEqual({ ok: true, value: { method: 'workspaceInfo', shell: 'browser' } });
    // A reload, or a second tab of the same browser, sends the same cookie.
    expect((await get(server, '/', { Cookie: cookie })).status).toBe(200);
  });

  it('the cookie is a session cookie, HttpOnly and SameSite=Strict, for the whole site, random and not the code', async () => {
    const server = await start();
    const { response, cookie } = await enter(server);
    const attributes = (header(response, 'set-cookie') as string).split(';').slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/');
    expect(attributes.some((a) => a.startsWith('max-age') || a.startsWith('expires'))).toBe(false);
    const value = cookie.slice(cookie.indexOf('=') + 1);
    expect(value).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(server.openUrl).not.toContain(value);
  });

  it('refuses the same address a second time, and a wrong code', async () => {
    const server = await start();
    const opened = new URL(server.openUrl);
    await enter(server);
    const again = await get(server, opened.pathname + opened.search);
    expectRefusal(again, 403);
    expect(header(again, 'set-cookie')).toBeNull();
    const wrong = await get(server, `/?code=${'A'.repeat(43)}`);
    expectRefusal(wrong, 403);
    expect(header(wrong, 'set-cookie')).toBeNull();
  });

  it('a wrong cookie, or the cookie of another launch, is refused', async () => {
    const server = await start();
    const { cookie } = await enter(server);
    const [name, value] = cookie.split('=') as [string, string];
    expectRefusal(await get(server, '/', { Cookie: `${name}=${'A'.repeat(value.length)}` }), 403);
    expectRefusal(await get(server, '/', { Cookie: `${name}=${value.slice(1)}` }), 403);
    const other = await start();
    const otherCookie = (await enter(other)).cookie;
    expectRefusal(await get(server, '/', { Cookie: `${name}=${otherCookie.split('=')[1]}` }), 403);
  });

  it('refuses another host name (DNS rebinding), which cannot use up the code either', async () => {
    const server = await start();
    const opened = new URL(server.openUrl);
    expectRefusal(await get(server, opened.pathname + opened.search, { Host: 'evil.example' }), 421);
    const { cookie } = await enter(server); // the code is still unused
    expectRefusal(await get(server, '/', { Host: 'evil.example', Cookie: cookie }), 421);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { Host: `evil.example:${opened.port}`, Cookie: cookie }), 421);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { Cookie: cookie, Origin: 'http://evil.example' }), 403);
  });

  it('opened from the private opener file (a cross-site navigation), it moves to / by a page of its own, so the cookie goes along', async () => {
    const server = await start();
    const opened = new URL(server.openUrl);
    const response = await get(server, opened.pathname + opened.search, { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(200);
    expect(header(response, 'set-cookie')).toMatch(/HttpOnly/i);
    expect(response.body).toContain('http-equiv="refresh"');
    expect(response.body).toContain('url=/"');
    expect(response.body).not.toContain(opened.searchParams.get('code') as string);
  });
});

describe('the address reaches the browser through a file only the owner can read', () => {
  it('writes the opener page in a private folder, and the command line names the file, never the code', () => {
    const url = 'http://127.0.0.1:47380/?code=abcdefghijklmnopqrstuvwxyz012345';
    const opener = writeOpenerPage(url);
    try {
      expect(readFileSync(opener.path, 'utf8')).toContain(url);
      expect(statSync(opener.path).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(opener.path)).mode & 0o777).toBe(0o700);
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        const [command, args] = browserOpenerCommand(opener.path, platform);
        expect([command, ...args].join(' ')).toContain(opener.path);
        expect([command, ...args].join(' ')).not.toContain('abcdefghijklmnop');
      }
    } finally {
      opener.remove();
    }
    expect(() => statSync(opener.path)).toThrow();
  });
});

describe('npm run start:web on a desktop', () => {
  it('prints the address with its code, hands the browser a private file, and removes it once the address is used', async () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    // Stands for the desktop's opener: keeps what it was given to open.
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\ncat "$1" > "${dir}/page.html"\nprintf '%s\\n' "$@" > "${dir}/args.txt"\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts', '--port', '0', '--data-dir', join(dir, 'data')], {
      env: { ...process.env, DISPLAY: ':99', PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /(http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43})\n/.exec(out);
          if (found) resolve(found[1] as string);
        });
        child.on('exit', (code) => reject(new Error(`start:web exited (${code})`)));
      });
      // The opener's shell makes args.txt before printf fills it: wait for the whole line, not the file.
      await vi.waitFor(() => expect(existsSync(join(dir, 'args.txt')) && readFileSync(join(dir, 'args.txt'), 'utf8').endsWith('\n')).toBe(true), { timeout: 60_000, interval: 20 });
      const args = readFileSync(join(dir, 'args.txt'), 'utf8').trim();
      expect(args).not.toContain(new URL(address).searchParams.get('code') as string);
      expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain(`url=${address}"`);
      expect(existsSync(args)).toBe(true);
      expect((await fetch(address, { redirect: 'manual' })).status).toBe(303);
      expect(existsSync(args)).toBe(false);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('a malformed request is answered 4xx with a message, never 500', () => {
  async function owner(): Promise<{ server: RunningWebServer; cookie: string }> {
    const server = await start();
    return { server, cookie: (await enter(server)).cookie };
  }

  it('bad percent-encoding, a path with .. or NUL, a URL that is not a path', async () => {
    const { server, cookie } = await owner();
    expectRefusal(await get(server, '/%E0%A4%A', { Cookie: cookie }), 400);
    expectRefusal(await get(server, '/assets/%ZZ.js', { Cookie: cookie }), 400);
    expectRefusal(await get(server, '/assets/..%2f..%2f..%2fetc%2fpasswd', { Cookie: cookie }), 400);
    expectRefusal(await get(server, '/assets/..%5cindex.html', { Cookie: cookie }), 400);
    expectRefusal(await get(server, '/a%00b', { Cookie: cookie }), 400);
    expectRefusal(await get(server, 'http://evil.example/', { Cookie: cookie }), 400);
    expectRefusal(await post(server, '/api/%E0%A4%A', '{}', { Cookie: cookie }), 400);
    expectRefusal(await get(server, '/no-such-file.js', { Cookie: cookie }), 404);
  });

  it('a bad JSON body, a body that is not JSON, a wrong content type', async () => {
    const { server, cookie } = await owner();
    expectRefusal(await post(server, '/api/workspaceInfo', '{"fileName": ', { Cookie: cookie }), 400);
    expectRefusal(await post(server, '/api/workspaceInfo', '\u0000\u00ff', { Cookie: cookie }), 400);
    expectRefusal(await post(server, '/api/workspaceInfo', '{"x":{"$bytes":"%%%"}}', { Cookie: cookie }), 400);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { Cookie: cookie, 'Content-Type': 'text/plain' }), 415);
  });

  it('a bad cookie header', async () => {
    const { server, cookie } = await owner();
    for (const bad of ['=', ';;;', '%%%', 'a="unterminated', `${cookie.split('=')[0]}=%ZZ`, `${cookie.split('=')[0]}==`, 'x'.repeat(8000)]) {
      expectRefusal(await get(server, '/', { Cookie: bad }), 403);
    }
    expectRefusal(await raw(server, `GET / HTTP/1.1\r\nHost: ${host(server)}\r\nCookie: a=\u0001b\r\nConnection: close\r\n\r\n`), 400);
    // Garbage beside the right cookie does not lock the owner out.
    expect((await get(server, '/', { Cookie: `=; %%%; a="b; ${cookie}; ;` })).status).toBe(200);
  });

  it('an over-long header or URL, a request line that is not HTTP', async () => {
    const { server, cookie } = await owner();
    expectRefusal(await get(server, '/', { Cookie: cookie, 'X-Long': 'a'.repeat(20_000) }), 431);
    expectRefusal(await get(server, `/${'a'.repeat(20_000)}`, { Cookie: cookie }), 431);
    expectRefusal(await raw(server, 'this is not http\r\n\r\n'), 400);
    expectRefusal(await raw(server, `GET / HTTP/1.1\r\nHost: ${host(server)}\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n`), 400);
  });

  it('an HTTP method that is not one, one not allowed, an api method that is not one', async () => {
    const { server, cookie } = await owner();
    expectRefusal(await raw(server, `BREW / HTTP/1.1\r\nHost: ${host(server)}\r\nConnection: close\r\n\r\n`), 400);
    expectRefusal(await raw(server, `DELETE / HTTP/1.1\r\nHost: ${host(server)}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`), 405);
    expectRefusal(await raw(server, `PUT /api/workspaceInfo HTTP/1.1\r\nHost: ${host(server)}\r\nCookie: ${cookie}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`), 405);
    expectRefusal(await post(server, '/api/notAMethod', '{}', { Cookie: cookie }), 404);
    expectRefusal(await post(server, '/api/__proto__', '{}', { Cookie: cookie }), 404);
    expectRefusal(await post(server, '/api/constructor', '{}', { Cookie: cookie }), 404);
    expectRefusal(await post(server, '/api/work space', '{}', { Cookie: cookie }), 400);
  });

  it('a real bug is a 500, and it is logged', async () => {
    const lines: string[] = [];
    const failing: BackendInvoker = { invoke: async () => { throw new Error('hỏng thật'); } };
    const server = await start({ backend: failing, log: (line) => lines.push(line) });
    const { cookie } = await enter(server);
    expectRefusal(await post(server, '/api/workspaceInfo', '{}', { Cookie: cookie }), 500);
    expect(lines.join('\n')).toContain('hỏng thật');
  });
});
