import { ERROR_CODES } from '../../shared/api/errors';
import { reprintBallotsInput } from '../../shared/api/report-inputs';
import { checkList } from '../../shared/rules/surplus';
import { paperList, standingList } from '../../shared/rules/paper-list';
import { fail, ok, type Result } from '../../shared/result';
import type { ElectionRow } from '../db/store';
import { HAS_BALLOTS_MESSAGE, paperNames } from '../services/printed-paper';
import { inTransaction, method, type ApiContext } from './context';

/**
 * RULES R1, "the paper as printed": the printings of an election's papers. The first print of the
 * papers is recorded (lần in 1) and from then on the list's order, numbers, seats and format are
 * frozen; "In lại phiếu: lần in mới" sets the printing aside (its papers may not be counted; their
 * scans are refused by the QR hash, which changes with the list) and numbers the list again without
 * the withdrawn names, until the next print is recorded as the next printing.
 */
export function printingApi(ctx: ApiContext) {
  const { store } = ctx;

  /** Whether a ballot was entered, scanned or read in a stack of double entry: the papers in the box are in use. */
  function papersInUse(electionId: number): boolean {
    return store.hasAnyBallot(electionId) || store.scanFigures(electionId).total > 0 || store.listBatches(electionId).some((b) => b.status === 'open');
  }

  return {
    /**
     * Records the first print of an election's papers, when it freezes something: not yet printed,
     * open, no paper in use, and a list the rules accept (a list failing R7 prints only as a trial).
     */
    recordPrintingIfFirst(election: ElectionRow, operator: string | undefined): Result<{ printing: number } | null> {
      if (store.currentPrinting(election.id) !== null || !ctx.requireEditableElection(election.id).ok || papersInUse(election.id)) return ok(null);
      const candidates = store.listCandidates(election.id);
      const standing = standingList(candidates);
      const committeeListSize = standing.some((c) => c.nomination !== null) ? standing.filter((c) => (c.nomination ?? 'committee') === 'committee').length : null;
      if (paperList(candidates).length === 0 || checkList({ office: election.office, seats: election.seats, listSize: standing.length, committeeListSize, round: election.round }).some((p) => p.severity === 'error')) return ok(null);
      return inTransaction(store, () => {
        const number = store.nextPrintingNumber(election.id);
        const names = paperNames(candidates);
        store.insertPrinting({ electionId: election.id, number, printedAt: ctx.now(), operator: operator ?? '', names, replacedAt: null, replacedBy: null });
        ctx.audit('ballots.printed', { congressId: election.congressId, electionId: election.id, operator }, { printing: number, names: names.map(([key]) => key) });
        return ok({ printing: number });
      });
    },

    reprintBallots: method(reprintBallotsInput, (input) => {
      const found = ctx.requireEditableElection(input.electionId);
      if (!found.ok) return found;
      const election = found.value;
      const printing = store.currentPrinting(election.id);
      if (printing === null) return fail(ERROR_CODES.invalidInput, 'Phiếu bầu của cuộc bầu này chưa in: chỉ cần "In phiếu bầu"', 'electionId');
      if (papersInUse(election.id)) return fail(ERROR_CODES.hasBallots, `${HAS_BALLOTS_MESSAGE}: phiếu trong hòm là phiếu lần in ${printing.number}, không thể in lại`);
      const offPaper = store.listCandidates(election.id).filter((c) => c.withdrawn && c.onPaper);
      return inTransaction(store, () => {
        store.replacePrinting(printing.id, ctx.now(), input.operator ?? '');
        for (const c of offPaper) store.updateCandidate(c.id, { onPaper: false });
        ctx.audit('ballots.reprinted', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { replaced: printing.number, offPaper: offPaper.map((c) => c.key), reason: input.reason ?? null });
        return ok({ electionId: election.id, replaced: printing.number });
      });
    }),
  };
}
