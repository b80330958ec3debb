/** Stable codes of expected failures returned by the api (messages are Vietnamese). */
export const ERROR_CODES = {
  invalidInput: 'INVALID_INPUT',
  notFound: 'NOT_FOUND',
  electionLocked: 'ELECTION_LOCKED',
  electionPaused: 'ELECTION_PAUSED',
  roundFinished: 'ROUND_FINISHED',
  duplicate: 'DUPLICATE',
  hasBallots: 'HAS_BALLOTS',
  blockingProblems: 'BLOCKING_PROBLEMS',
  pinRequired: 'PIN_REQUIRED',
  wrongPin: 'WRONG_PIN',
  /** Too many wrong PINs in a row: no try is taken (nor the PIN checked) until the wait is over. */
  pinLockedOut: 'PIN_LOCKED_OUT',
  noNextRound: 'NO_NEXT_ROUND',
  invalidCongressFile: 'INVALID_CONGRESS_FILE',
  alreadyCorrected: 'ALREADY_CORRECTED',
} as const;
