import type { ErrorCode } from './api/errors';

/** Expected failures are values, not exceptions (ARCHITECTURE.md). */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** An expected failure: a stable code for programs, a Vietnamese message for people,
 *  and where known the place it concerns (a JSON path, a form field, a sheet and cell). */
export interface AppError {
  code: ErrorCode;
  message: string;
  path?: string;
  details?: AppErrorDetail[];
}

export interface AppErrorDetail {
  path: string;
  message: string;
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E = AppError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

export function fail(code: ErrorCode, message: string, path?: string): { ok: false; error: AppError } {
  return err(path === undefined ? { code, message } : { code, message, path });
}
