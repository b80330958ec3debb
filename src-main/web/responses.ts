import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { toWire } from '../../shared/wire-format';
import { ERROR_CODES } from '../../shared/api/errors';

/** The same strict policy as the Electron window: our own scripts and styles only, no network. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' };
export const HTML = 'text/html; charset=utf-8';
export const JSON_TYPE = 'application/json';

/** A request the server will not serve, with the status and the message for the user. */
export class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const NOT_OWNER = 'Chưa được vào Kiểm phiếu từ trình duyệt này. Hãy mở đúng địa chỉ mà chương trình in ra khi khởi động (địa chỉ có mã, chỉ dùng được một lần). Nếu địa chỉ đó đã được dùng, hãy dừng chương trình (Ctrl+C) rồi chạy lại để có địa chỉ mới.';
export const WRONG_HOST = 'Sai địa chỉ: chỉ phục vụ đúng địa chỉ 127.0.0.1 mà chương trình in ra.';

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function sendPage(res: ServerResponse, status: number, html: string | Buffer, extra: Record<string, string> = {}): void {
  send(res, status, html, HTML, { ...PAGE_HEADERS, ...extra });
}

/** The refusal as the page a browser shows, or as the api's error for the page's scripts. */
export function sendRefusal(res: ServerResponse, refusal: Refusal, forApi: boolean): void {
  if (forApi) {
    const code = refusal.status === 403 ? ERROR_CODES.forbidden : `HTTP_${refusal.status}`;
    send(res, refusal.status, toWire({ ok: false, error: { code, message: refusal.message } }), JSON_TYPE);
    return;
  }
  sendPage(res, refusal.status, page('Kiểm phiếu', `<p>${escapeHtml(refusal.message)}</p>`));
}

/**
 * After the code was exchanged on a navigation from another site (the opener file), a redirect
 * would not carry the SameSite=Strict cookie; a page of ours that moves on to / does.
 */
export function movingOnPage(): string {
  return page('Kiểm phiếu', '<p><a href="/">Vào Kiểm phiếu</a></p>', '<meta http-equiv="refresh" content="0; url=/">');
}

/** Requests Node's parser rejects (over-long header, not HTTP, bad header): an answer with a message, then close. */
export function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Yêu cầu có phần đầu (địa chỉ hoặc tiêu đề) quá dài.']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Yêu cầu gửi quá chậm, đã hết thời gian chờ.']
    : [400, 'Yêu cầu không đúng dạng HTTP.'];
  const body = Buffer.from(message, 'utf8');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${message}`);
}
