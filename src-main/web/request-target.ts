import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { Refusal } from './responses';

export interface RequestTarget {
  /** The path, percent-decoded, checked: no "." or ".." segment, no NUL, no backslash. */
  path: string;
  query: URLSearchParams;
}

/** The request's target as a path on this server; anything else (absolute URL, bad encoding, "..") is a 400. */
export function parseTarget(raw: string | undefined): RequestTarget {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) throw new Refusal(400, 'Địa chỉ yêu cầu không hợp lệ: phải là một đường dẫn trên máy này.');
  const question = raw.indexOf('?');
  const encoded = question === -1 ? raw : raw.slice(0, question);
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    throw new Refusal(400, 'Địa chỉ có mã hóa "%" sai.');
  }
  if (/[\u0000-\u001f\u007f\\]/.test(path)) throw new Refusal(400, 'Địa chỉ chứa ký tự không được phép.');
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) throw new Refusal(400, 'Địa chỉ không được chứa "." hoặc "..".');
  return { path, query: new URLSearchParams(question === -1 ? '' : raw.slice(question + 1)) };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.ico': 'image/x-icon' };

/** A file of the built renderer for a checked path, or null when there is none. */
export function readStaticFile(staticDir: string, path: string): { content: Buffer; type: string; isPage: boolean } | null {
  const relative = path === '/' ? 'index.html' : path.slice(1);
  const root = resolve(staticDir);
  const file = resolve(join(root, relative));
  if (!file.startsWith(root + sep) || !existsSync(file)) return null;
  try {
    if (!statSync(file).isFile()) return null;
    return { content: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream', isPage: relative === 'index.html' };
  } catch {
    return null; // a name too long, or a file that went away meanwhile
  }
}
