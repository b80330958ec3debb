import { ERROR_CODES, type ErrorCode } from '../api/errors';

/**
 * RULES R1, "the paper as printed": when printing an election's papers is a printing to record,
 * and when printing them anew may replace it. One rule for the app's store and for a congress file.
 */

export interface PrintingState {
  /** The printing whose papers are in the box, if any (lần in 1, 2, …). */
  printing: number | null;
  /** Ballots, cast or scanned, may still change (open, not paused, voided or followed by a round). */
  editable: boolean;
  /** A paper of the election was entered, scanned or read in a stack: the papers are in use. */
  papersInUse: boolean;
  /** The list fails RULES R7 or R1 (an error): papers printed from it are a trial only. */
  listInvalid: boolean;
  /** Names on the paper. */
  names: number;
}

/**
 * A print of the papers is recorded when it freezes something: the first print of an open
 * election whose papers are not yet in use, from a list the rules accept.
 */
export function printingToRecord(state: PrintingState): boolean {
  return state.printing === null && state.editable && !state.papersInUse && !state.listInvalid && state.names > 0;
}

/** Why "In lại phiếu: lần in mới" is refused now, or null. */
export function reprintRefusal(state: Pick<PrintingState, 'printing' | 'papersInUse'>): { code: ErrorCode; message: string } | null {
  if (state.printing === null) return { code: ERROR_CODES.invalidInput, message: 'Phiếu bầu của cuộc bầu này chưa in: chỉ cần "In phiếu bầu"' };
  if (state.papersInUse) return { code: ERROR_CODES.hasBallots, message: `Phiếu đã được dùng (đã nhập, quét hoặc tổng hợp theo tổ): phiếu trong hòm là phiếu lần in ${state.printing}, không thể in lại` };
  return null;
}
