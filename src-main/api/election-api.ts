import { approvedBelowSeats, returnedExceedsIssued } from '../../shared/validation/fields';
import { ERROR_CODES } from '../../shared/api/errors';
import { createElectionInput, electionIdInput, pauseElectionInput, updateElectionInput } from '../../shared/api/inputs';
import { OFFICE_LABELS, type Office } from '../../shared/domain';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { DEFAULT_SCAN_MARGIN } from '../../shared/rules/margin';
import { paperList } from '../../shared/rules/paper-list';
import { fail, ok } from '../../shared/result';
import { inTransaction, method, type ApiContext } from './context';
import { largestEntered, paperBoundOf } from './paper-bounds';
import { boundBelowEntered } from '../../shared/validation/paper-bounds';
import { electionView } from './views';

export function defaultElectionTitle(office: Office): string {
  return `Bầu ${OFFICE_LABELS[office]}`;
}

/** A readable key, unique in the congress: `cap_uy`, then `cap_uy-2`, … */
export function newElectionKey(existing: readonly string[], office: Office): string {
  const taken = new Set(existing);
  if (!taken.has(office)) return office;
  for (let n = 2; ; n++) if (!taken.has(`${office}-${n}`)) return `${office}-${n}`;
}

export function electionApi(ctx: ApiContext) {
  const { store } = ctx;
  return {
    getElection: method(electionIdInput, ({ electionId }) => {
      const election = ctx.requireElection(electionId);
      if (!election.ok) return election;
      const congress = ctx.requireCongress(election.value.congressId);
      if (!congress.ok) return congress;
      return ok(electionView(store, congress.value, election.value));
    }),

    createElection: method(createElectionInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      return inTransaction(store, () => {
        const existing = store.listElections(input.congressId);
        const key = newElectionKey(existing.map((e) => e.key), input.office);
        const row = {
          congressId: input.congressId, key, position: existing.length, office: input.office, title: input.title || defaultElectionTitle(input.office), seats: input.seats, approvedSeats: input.approvedSeats ?? null, round: 1, continuesId: null,
          requireMajority: input.requireMajority ?? true, allBothOrNoneInvalid: input.allBothOrNoneInvalid ?? true, baseOverride: input.baseOverride ?? null,
          ballotsIssued: input.ballotsIssued ?? null, ballotsReturned: input.ballotsReturned ?? null, status: 'open' as const, scanMargin: input.scanMargin ?? DEFAULT_SCAN_MARGIN,
        };
        const electionId = store.insertElection(row);
        ctx.audit('election.created', { congressId: input.congressId, electionId, operator: input.operator }, row);
        return ok({ electionId, key });
      });
    }),

    updateElection: method(updateElectionInput, (input) => {
      const found = ctx.requireEditableElection(input.electionId);
      if (!found.ok) return found;
      const before = found.value;
      const figures = returnedExceedsIssued(input.ballotsIssued === undefined ? before.ballotsIssued : input.ballotsIssued, input.ballotsReturned === undefined ? before.ballotsReturned : input.ballotsReturned);
      if (figures) return fail(ERROR_CODES.invalidInput, figures.charAt(0).toUpperCase() + figures.slice(1), 'ballotsReturned');
      // RULES R0: the rounds of a chain are of one office.
      if (input.office !== undefined && input.office !== before.office && (before.continuesId !== null || store.listContinuations(before.id).length > 0 || store.listVoidedContinuations(before.id).length > 0)) {
        return fail(ERROR_CODES.invalidInput, 'Các vòng của một cuộc bầu (vòng đầu, bầu lại, bầu bổ sung) cùng một chức danh: vòng này nối với vòng khác nên không đổi chức danh được', 'office');
      }
      // RULES R4 item 6: what was entered stays within the ballots returned (or summoned) as now declared.
      if (input.ballotsReturned !== undefined && input.ballotsReturned !== before.ballotsReturned) {
        const below = boundBelowEntered(paperBoundOf(ctx, { congressId: before.congressId, ballotsReturned: input.ballotsReturned ?? null }), largestEntered(ctx, before.id));
        if (below) return fail(ERROR_CODES.invalidInput, `Không đổi được số phiếu thu vào: ${below}`, 'ballotsReturned');
      }
      const approved = approvedBelowSeats(input.seats ?? before.seats, input.approvedSeats === undefined ? before.approvedSeats : input.approvedSeats);
      if (approved) return fail(ERROR_CODES.invalidInput, approved.charAt(0).toUpperCase() + approved.slice(1), 'approvedSeats');
      const printing = input.seats !== undefined && input.seats !== before.seats ? store.currentPrinting(before.id) : null;
      if (printing) {
        return fail(ERROR_CODES.ballotsPrinted, `Phiếu bầu đã in (lần in ${printing.number}) ghi số lượng cần bầu là ${before.seats}: muốn đổi phải "In lại phiếu: lần in mới", khi chưa nhập phiếu nào`, 'seats');
      }
      if (input.seats !== undefined && input.seats !== before.seats && store.hasAnyBallot(before.id)) {
        const listSize = paperList(store.listCandidates(before.id)).length;
        if (ballotFormat(listSize, input.seats) !== ballotFormat(listSize, before.seats)) {
          return fail(ERROR_CODES.hasBallots, 'Đã có phiếu được nhập: đổi số lượng cần bầu lúc này sẽ đổi mẫu phiếu (gạch tên / đồng ý), không thể thực hiện', 'seats');
        }
      }
      return inTransaction(store, () => {
        const { electionId, operator, reason, ...changes } = input;
        store.updateElection(electionId, changes);
        ctx.audit('election.updated', { congressId: before.congressId, electionId, operator }, { before, changes, ...(reason ? { reason } : {}) });
        return ok({ electionId });
      });
    }),

    pauseElection: method(pauseElectionInput, (input) => {
      const found = ctx.requireElection(input.electionId);
      if (!found.ok) return found;
      const election = found.value;
      if (election.status === 'locked') return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${election.title}" đã chốt kết quả`);
      const status: 'paused' | 'open' = input.paused ? 'paused' : 'open';
      if (election.status === status) return ok({ electionId: election.id, status });
      return inTransaction(store, () => {
        store.updateElection(election.id, { status });
        ctx.audit(input.paused ? 'election.paused' : 'election.resumed', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { reason: input.reason ?? null });
        return ok({ electionId: election.id, status });
      });
    }),
  };
}
