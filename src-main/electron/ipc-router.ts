import { isApiMethod } from '../../shared/api/method-names';
import type { Result } from '../../shared/result';
import type { BackendInvoker } from '../app/backend';
import { ERROR_CODES } from '../../shared/api/errors';

export interface InvokeEvent {
  senderFrame: { url: string } | null;
  sender: unknown;
}

/**
 * The IPC router: one handler for one channel. It checks who sends (our own page), that the method
 * exists, and hands the input to the backend, whose methods validate it with zod. No business
 * logic here.
 */
export function createInvokeHandler(backend: BackendInvoker, isTrusted: (event: InvokeEvent) => boolean, log: (line: string) => void = () => undefined) {
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrusted(event)) {
      log(`Từ chối lệnh từ nguồn không tin cậy: ${event.senderFrame?.url ?? '(không rõ)'}`);
      return { ok: false, error: { code: ERROR_CODES.forbidden, message: 'Nguồn gọi không được phép' } };
    }
    if (typeof method !== 'string' || !isApiMethod(method)) {
      return { ok: false, error: { code: ERROR_CODES.unknownMethod, message: `Không có thao tác "${String(method)}"` } };
    }
    try {
      return await backend.invoke(method, input);
    } catch (error) {
      log(`Lỗi chương trình trong ${method}: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: { code: ERROR_CODES.internal, message: `Lỗi chương trình: ${(error as Error).message}` } };
    }
  };
}
