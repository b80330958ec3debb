import { ERROR_CODES } from '../../shared/api/errors';
import type { BallotPrintingView } from '../../shared/api/views';
import { paperList } from '../../shared/rules/paper-list';
import { fail, ok, type Result } from '../../shared/result';
import type { BallotPrintingRow, CandidateRow, ElectionRow, Store } from '../db/store';

/**
 * RULES R1, "the paper as printed", on the store's side: once an election's papers are printed
 * (or its first ballot entered), its list order, numbers, seats and format are frozen.
 */

export function printingView(printing: BallotPrintingRow): BallotPrintingView {
  return { number: printing.number, printedAt: printing.printedAt, operator: printing.operator };
}

/** The names the paper prints now, in paper order, as a printing records them. */
export function paperNames(candidates: readonly CandidateRow[]): [string, string][] {
  return paperList(candidates).map((c) => [c.key, c.name]);
}

export function printedMessage(printing: BallotPrintingRow): string {
  return `Phiếu bầu đã in (lần in ${printing.number}): danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu đã in. Rút tên vẫn được (tên còn trên phiếu, bị gạch, không được tính phiếu). Muốn thay đổi phải "In lại phiếu: lần in mới", khi chưa nhập phiếu nào`;
}

export const HAS_BALLOTS_MESSAGE = 'Đã có phiếu được nhập: danh sách bầu cử và thứ tự trên phiếu không thể thay đổi nữa';

/** Whether a paper of the election was entered, counted by a team, scanned or read in an open stack of double entry: the papers in the box are in use. */
export function papersInUse(store: Store, electionId: number): boolean {
  return store.hasAnyBallot(electionId) || store.listTeamTotals(electionId).length > 0 || store.scanFigures(electionId).total > 0 || store.listBatches(electionId).some((b) => b.status === 'open');
}

/** The list may change (names added, removed, moved; seats) only before printing and before any ballot. */
export function requireListUnfrozen(store: Store, election: ElectionRow): Result<ElectionRow> {
  if (store.hasAnyBallot(election.id)) return fail(ERROR_CODES.hasBallots, HAS_BALLOTS_MESSAGE);
  const printing = store.currentPrinting(election.id);
  if (printing) return fail(ERROR_CODES.ballotsPrinted, printedMessage(printing));
  return ok(election);
}
