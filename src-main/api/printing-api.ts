import { ERROR_CODES } from '../../shared/api/errors';
import { reprintBallotsInput } from '../../shared/api/report-inputs';
import { checkCandidateList } from '../../shared/rules/surplus';
import { paperList } from '../../shared/rules/paper-list';
import { fail, ok, type Result } from '../../shared/result';
import type { ElectionRow } from '../db/store';
import { paperNames, papersInUse as paperInUse } from '../services/printed-paper';
import { printingToRecord, reprintRefusal } from '../../shared/rules/printing';
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

  const papersInUse = (electionId: number) => paperInUse(store, electionId);

  return {
    /**
     * Records the first print of an election's papers, when it freezes something: not yet printed,
     * open, no paper in use, and a list the rules accept (a list failing R7 prints only as a trial).
     */
    recordPrintingIfFirst(election: ElectionRow, operator: string | undefined): Result<{ printing: number } | null> {
      const candidates = store.listCandidates(election.id);
      const listInvalid = checkCandidateList(election, candidates).some((p) => p.severity === 'error');
      const state = { printing: store.currentPrinting(election.id)?.number ?? null, editable: ctx.requireEditableElection(election.id).ok, papersInUse: papersInUse(election.id), listInvalid, names: paperList(candidates).length };
      if (!printingToRecord(state)) return ok(null);
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
      const refusal = reprintRefusal({ printing: printing?.number ?? null, papersInUse: papersInUse(election.id) });
      if (refusal !== null || printing === null) return fail(refusal?.code ?? ERROR_CODES.invalidInput, refusal?.message ?? '', 'electionId');
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
