import { fail } from '../result';

/** Stable codes of a refused package or merge; the message names the package and the reason. */
export const PACKAGE_ERRORS = {
  unreadable: 'PACKAGE_UNREADABLE',
  wrongKind: 'PACKAGE_WRONG_KIND',
  foreign: 'PACKAGE_FOREIGN',
  tampered: 'PACKAGE_TAMPERED',
  /** Signed with the key of another team than the one it claims. */
  wrongTeam: 'PACKAGE_WRONG_TEAM',
  /** No key here to check the claimed team's signature (the command line without that team's setup package). */
  noTeamKey: 'PACKAGE_NO_TEAM_KEY',
  /** A package of the format version 1 (the congress key in every setup package). */
  oldVersion: 'PACKAGE_OLD_VERSION',
  invalid: 'PACKAGE_INVALID',
  duplicate: 'PACKAGE_DUPLICATE',
  conflict: 'MERGE_CONFLICT',
  noIdentity: 'NO_CONGRESS_IDENTITY',
  /** What only the chair's machine, holding the congress key, can do, asked of a station. */
  notChair: 'NOT_CHAIR_MACHINE',
} as const;

export function packageFailure(code: string, label: string, reason: string, details?: { path: string; message: string }[]) {
  const failure = fail(code, `Gói "${label}": ${reason}`, label);
  if (details && details.length > 0) failure.error.details = details;
  return failure;
}
