import type { KiemPhieuBridge } from '../../shared/api/bridge';
import type { ApiMethod, MethodArgs, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { AppError, Result } from '../../shared/result';
import { fromWire, toWire } from '../../shared/wire-format';
import { ERROR_CODES } from '../../shared/api/errors';

export type { ApiMethod, MethodInput, MethodOutput };

declare global {
  interface Window {
    kiemPhieu?: KiemPhieuBridge;
  }
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    // The session cookie the server gave for the printed address goes along; scripts cannot read it.
    response = await fetch(`./api/${method}`, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: toWire(input ?? {}) });
  } catch {
    return { ok: false, error: { code: ERROR_CODES.disconnected, message: 'Mất kết nối với chương trình. Hãy kiểm tra chương trình còn chạy, rồi tải lại trang.' } };
  }
  const text = await response.text();
  if (!response.headers.get('content-type')?.startsWith('application/json')) return { ok: false, error: { code: ERROR_CODES.httpError, message: text || `Lỗi ${response.status}` } };
  return fromWire(text) as Result<unknown>;
}

/** Calls one backend method: through the Electron preload, or over HTTP in the browser shell. */
export async function invoke<M extends ApiMethod>(method: M, ...input: MethodArgs<M>): Promise<Result<MethodOutput<M>>> {
  const payload = (input[0] ?? {}) as MethodInput<M>;
  if (window.kiemPhieu) return window.kiemPhieu.invoke(method, payload);
  return (await overHttp(method, payload)) as Result<MethodOutput<M>>;
}

export type { AppError };
