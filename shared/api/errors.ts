/**
 * Every stable code of an expected failure (a `Result`'s error), in one union: the api, the
 * workspace, the shells, the congress file, Excel, packages and merging, double entry. Programs
 * read the code; people read the Vietnamese message beside it.
 */
export const ERROR_CODES = {
  // The api
  invalidInput: 'INVALID_INPUT',
  notFound: 'NOT_FOUND',
  electionLocked: 'ELECTION_LOCKED',
  electionPaused: 'ELECTION_PAUSED',
  roundFinished: 'ROUND_FINISHED',
  duplicate: 'DUPLICATE',
  hasBallots: 'HAS_BALLOTS',
  /** The ballot papers are printed (RULES R1, "the paper as printed"): the list, its numbers and the seats are frozen until a new printing. */
  ballotsPrinted: 'BALLOTS_PRINTED',
  blockingProblems: 'BLOCKING_PROBLEMS',
  pinRequired: 'PIN_REQUIRED',
  wrongPin: 'WRONG_PIN',
  /** Too many wrong PINs in a row: no try is taken (nor the PIN checked) until the wait is over. */
  pinLockedOut: 'PIN_LOCKED_OUT',
  noNextRound: 'NO_NEXT_ROUND',
  alreadyCorrected: 'ALREADY_CORRECTED',
  /** A round voided because a correction changed the outcome of the round it continues: hold it again. */
  roundVoided: 'ROUND_VOIDED',
  /** RULES R4.3 and R4.6: the paper or stack would make the papers entered more than the papers returned (or a team's share), or a stack is larger than the people summoned. */
  tooManyPapers: 'TOO_MANY_PAPERS',
  // Files and the workspace
  noFileOpen: 'NO_FILE_OPEN',
  notACongressFile: 'NOT_A_CONGRESS_FILE',
  databaseTooNew: 'DATABASE_TOO_NEW',
  restoreFailed: 'RESTORE_FAILED',
  cannotRead: 'CANNOT_READ',
  cannotWrite: 'CANNOT_WRITE',
  /** A file changed on disk since the command read it (another command, another person): not overwritten. */
  fileChanged: 'FILE_CHANGED',
  // Printed papers
  nothingToPrint: 'NOTHING_TO_PRINT',
  /** Official minutes of an election not locked (a draft is printed only when asked for). */
  notLocked: 'NOT_LOCKED',
  /** A locked election whose data no longer gives the seal its lock bound, or a broken audit chain: no official paper. */
  sealBroken: 'SEAL_BROKEN',
  /** A character the font cannot draw (an official paper would drop it). */
  unprintableText: 'UNPRINTABLE_TEXT',
  // The shells
  unknownMethod: 'UNKNOWN_METHOD',
  forbidden: 'FORBIDDEN',
  internal: 'INTERNAL',
  /** The renderer lost the program (the browser shell stopped). */
  disconnected: 'DISCONNECTED',
  /** The browser shell answered something that is not the api's JSON. */
  httpError: 'HTTP_ERROR',
  // The congress file
  invalidCongressFile: 'INVALID_CONGRESS_FILE',
  // Excel
  excelUnreadable: 'EXCEL_UNREADABLE',
  excelImportRejected: 'EXCEL_IMPORT_REJECTED',
  excelNeedsAnswers: 'EXCEL_NEEDS_ANSWERS',
  excelUnknownSheet: 'EXCEL_UNKNOWN_SHEET',
  notOwnWorkbook: 'NOT_OWN_WORKBOOK',
  // Station packages and merging
  packageUnreadable: 'PACKAGE_UNREADABLE',
  packageWrongKind: 'PACKAGE_WRONG_KIND',
  packageForeign: 'PACKAGE_FOREIGN',
  packageTampered: 'PACKAGE_TAMPERED',
  /** Signed with the key of another team than the one it claims. */
  packageWrongTeam: 'PACKAGE_WRONG_TEAM',
  /** No key here to check the claimed team's signature (the command line without that team's setup package). */
  packageNoTeamKey: 'PACKAGE_NO_TEAM_KEY',
  /** A package of the format version 1 (the congress key in every setup package). */
  packageOldVersion: 'PACKAGE_OLD_VERSION',
  packageInvalid: 'PACKAGE_INVALID',
  packageDuplicate: 'PACKAGE_DUPLICATE',
  mergeConflict: 'MERGE_CONFLICT',
  noCongressIdentity: 'NO_CONGRESS_IDENTITY',
  /** What only the chair's machine, holding the congress key, can do, asked of a station. */
  notChairMachine: 'NOT_CHAIR_MACHINE',
  // Double entry
  sameOperator: 'SAME_OPERATOR',
  passTaken: 'PASS_TAKEN',
  passFinished: 'PASS_FINISHED',
  passIncomplete: 'PASS_INCOMPLETE',
  notCompared: 'NOT_COMPARED',
  unresolved: 'UNRESOLVED',
  batchClosed: 'BATCH_CLOSED',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
