import type { ErrorCode } from '../api/errors';
import { fail } from '../result';

export function packageFailure(code: ErrorCode, label: string, reason: string, details?: { path: string; message: string }[]) {
  const failure = fail(code, `Gói "${label}": ${reason}`, label);
  if (details && details.length > 0) failure.error.details = details;
  return failure;
}
