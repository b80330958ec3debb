import { fail } from '../result';

/** Stable codes of a refused package or merge; the message names the package and the reason. */
export const PACKAGE_ERRORS = {
  unreadable: 'PACKAGE_UNREADABLE',
  wrongKind: 'PACKAGE_WRONG_KIND',
  foreign: 'PACKAGE_FOREIGN',
  tampered: 'PACKAGE_TAMPERED',
  invalid: 'PACKAGE_INVALID',
  duplicate: 'PACKAGE_DUPLICATE',
  conflict: 'MERGE_CONFLICT',
  noIdentity: 'NO_CONGRESS_IDENTITY',
} as const;

export function packageFailure(code: string, label: string, reason: string, details?: { path: string; message: string }[]) {
  const failure = fail(code, `Gói "${label}": ${reason}`, label);
  if (details && details.length > 0) failure.error.details = details;
  return failure;
}
