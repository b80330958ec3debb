import { ERROR_CODES, type ErrorCode } from '../api/errors';
import { fail } from '../result';

/** The codes of a refused package or merge (a part of ERROR_CODES); the message names the package and the reason. */
export const PACKAGE_ERRORS = {
  unreadable: ERROR_CODES.packageUnreadable,
  wrongKind: ERROR_CODES.packageWrongKind,
  foreign: ERROR_CODES.packageForeign,
  tampered: ERROR_CODES.packageTampered,
  /** Signed with the key of another team than the one it claims. */
  wrongTeam: ERROR_CODES.packageWrongTeam,
  /** No key here to check the claimed team's signature (the command line without that team's setup package). */
  noTeamKey: ERROR_CODES.packageNoTeamKey,
  /** A package of the format version 1 (the congress key in every setup package). */
  oldVersion: ERROR_CODES.packageOldVersion,
  invalid: ERROR_CODES.packageInvalid,
  duplicate: ERROR_CODES.packageDuplicate,
  conflict: ERROR_CODES.mergeConflict,
  noIdentity: ERROR_CODES.noCongressIdentity,
  /** What only the chair's machine, holding the congress key, can do, asked of a station. */
  notChair: ERROR_CODES.notChairMachine,
} as const;

export function packageFailure(code: ErrorCode, label: string, reason: string, details?: { path: string; message: string }[]) {
  const failure = fail(code, `Gói "${label}": ${reason}`, label);
  if (details && details.length > 0) failure.error.details = details;
  return failure;
}
