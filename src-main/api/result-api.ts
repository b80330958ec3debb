import { ERROR_CODES } from '../../shared/api/errors';
import { congressIdInput, createNextRoundInput, electionIdInput, lockElectionInput, unlockElectionInput } from '../../shared/api/inputs';
import { blockingProblemsError } from '../../shared/api/blocking';
import type { ElectionResult } from '../../shared/api/views';
import { err, fail, ok, type Result } from '../../shared/result';
import { assemblyWords, nextRoundTitle } from '../../shared/minutes/wording';
import type { CongressRow, ElectionRow } from '../db/store';
import { requireChairPin } from './chair-pin-guard';
import { method, type ApiContext } from './context';
import { electionResultOf, recordLock } from './election-result';
import { finalResultsOf } from './final-results';

export function resultApi(ctx: ApiContext) {
  const { store } = ctx;

  const resultOf = (congress: CongressRow, election: ElectionRow): ElectionResult => electionResultOf(ctx, congress, election);

  function requireResult(electionId: number): Result<{ congress: CongressRow; election: ElectionRow; result: ElectionResult }> {
    const election = ctx.requireElection(electionId);
    if (!election.ok) return election;
    const congress = ctx.requireCongress(election.value.congressId);
    if (!congress.ok) return congress;
    return ok({ congress: congress.value, election: election.value, result: resultOf(congress.value, election.value) });
  }

  function refuseWhileBlocked(result: ElectionResult, what: string): Result<never> | null {
    const error = blockingProblemsError(result.problems, what);
    return error ? err(error) : null;
  }

  const lock = (congress: CongressRow, election: ElectionRow, result: ElectionResult, operator: string | undefined) => recordLock(ctx, congress, election, result, operator);

  /** A voided round is neither locked, continued nor unlocked: it is to be held again. */
  function refuseVoided(election: ElectionRow): Result<never> | null {
    return store.getVoidedRound(election.id) ? fail(ERROR_CODES.roundVoided, `Vòng bầu "${election.title}" đã bị hủy (kết quả vòng trước đã thay đổi khi sửa phiếu): phải bầu lại vòng này`) : null;
  }

  return {
    /** Live results: the single computation of shared/rules, over the ballots that count. */
    tally: method(electionIdInput, ({ electionId }) => {
      const found = requireResult(electionId);
      return found.ok ? ok(found.value.result) : found;
    }),

    tallyCongress: method(congressIdInput, ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      if (!congress.ok) return congress;
      return ok(store.listElections(congressId).map((e) => resultOf(congress.value, e)));
    }),

    /** One final result per office, across its rounds (voided ones left out): a pure read. */
    finalResults: method(congressIdInput, ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      if (!congress.ok) return congress;
      const results = store.listElections(congressId).map((e) => resultOf(congress.value, e));
      return ok(finalResultsOf(store, congressId, results));
    }),

    /**
     * "Chốt kết quả": the chair's act, with the chair's PIN (wrong tries counted and audited, as
     * for unlocking); refused while a blocking check fails; afterwards every change is refused.
     * One transaction that commits a refused PIN (the wrong try counts) and writes nothing else.
     */
    lockElection: method(lockElectionInput, (input) =>
      store.transaction(() => {
        const found = requireResult(input.electionId);
        if (!found.ok) return found;
        const { congress, election, result } = found.value;
        const voided = refuseVoided(election);
        if (voided) return voided;
        if (election.status === 'locked') return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${election.title}" đã chốt kết quả rồi`);
        if (election.status === 'paused') return fail(ERROR_CODES.electionPaused, `Cuộc bầu "${election.title}" đang tạm dừng`);
        const blocked = refuseWhileBlocked(result, 'chốt kết quả');
        if (blocked) return blocked;
        const accepted = requireChairPin(ctx, congress, input.pin, { action: 'lock', path: 'pin', electionId: election.id, operator: input.operator }, 'chốt kết quả');
        if (!accepted.ok) return accepted;
        const seal = lock(congress, election, result, input.operator);
        return ok({ electionId: election.id, fingerprint: seal });
      }),
    ),

    /** Needs the chair's PIN and a reason; every try is audited, and wrong ones in a row make the next wait (chair-pin-guard). */
    unlockElection: method(unlockElectionInput, (input) => {
      const found = ctx.requireElection(input.electionId);
      if (!found.ok) return found;
      const election = found.value;
      const voided = refuseVoided(election);
      if (voided) return voided;
      if (election.status !== 'locked') return fail(ERROR_CODES.invalidInput, `Cuộc bầu "${election.title}" chưa chốt kết quả`);
      if (store.listContinuations(election.id).length > 0) return fail(ERROR_CODES.roundFinished, `Vòng bầu "${election.title}" đã có vòng bầu tiếp theo: không thể mở khóa`);
      const congress = ctx.requireCongress(election.congressId);
      if (!congress.ok) return congress;
      return store.transaction(() => {
        const accepted = requireChairPin(ctx, congress.value, input.pin, { action: 'unlock', path: 'pin', electionId: election.id, operator: input.operator, reason: input.reason }, 'mở khóa kết quả');
        if (!accepted.ok) return accepted;
        store.updateElection(election.id, { status: 'open' });
        ctx.audit('election.unlocked', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { reason: input.reason, ...accepted.value });
        return ok({ electionId: election.id });
      });
    }),

    /**
     * RULES R6: from a tie, the tie-break round among the tied for the tied seats; from a
     * shortfall, a further round of those not elected for the unfilled seats, same base. The
     * round it continues is locked in the same step (its result is what the new round starts
     * from), so while it is open this needs the chair's PIN, as locking does. A refused PIN is
     * committed (the wrong try counts); nothing else is written before every check has passed.
     */
    createNextRound: method(createNextRoundInput, (input) =>
      store.transaction(() => {
        const found = requireResult(input.electionId);
        if (!found.ok) return found;
        const { congress, election, result } = found.value;
        const voided = refuseVoided(election);
        if (voided) return voided;
        const proposal = result.nextRound;
        if (proposal === null) return fail(ERROR_CODES.noNextRound, `Cuộc bầu "${election.title}" đã đủ số lượng, không có người bằng phiếu: không cần bầu thêm`);
        if (store.listContinuations(election.id).length > 0) return fail(ERROR_CODES.roundFinished, `Vòng bầu "${election.title}" đã có vòng bầu tiếp theo`);
        if (election.status === 'paused') return fail(ERROR_CODES.electionPaused, `Cuộc bầu "${election.title}" đang tạm dừng`);
        const blocked = refuseWhileBlocked(result, 'tạo vòng bầu tiếp theo');
        if (blocked) return blocked;
        if (election.status === 'open') {
          const accepted = requireChairPin(ctx, congress, input.pin, { action: 'lock', path: 'pin', electionId: election.id, operator: input.operator }, 'tạo vòng bầu tiếp theo (chốt kết quả vòng này)');
          if (!accepted.ok) return accepted;
          lock(congress, election, result, input.operator);
        }

        const round = election.round + 1;
        const existing = store.listElections(congress.id);
        const keys = new Set(existing.map((e) => e.key));
        let key = `${election.key}-v${round}`;
        for (let n = 2; keys.has(key); n++) key = `${election.key}-v${round}-${n}`;
        const row = {
          congressId: congress.id, key, position: existing.length, office: election.office, title: input.title || nextRoundTitle(election.title, round, proposal.kind), seats: proposal.seats, approvedSeats: null, round, continuesId: election.id,
          requireMajority: input.requireMajority ?? proposal.requireMajority, allBothOrNoneInvalid: election.allBothOrNoneInvalid, baseOverride: election.baseOverride, ballotsIssued: null, ballotsReturned: null, status: 'open' as const,
        };
        const electionId = store.insertElection(row);
        const byKey = new Map(store.listCandidates(election.id).map((c) => [c.key, c]));
        proposal.candidateIds.forEach((candidateKey, i) => {
          const { id: _id, electionId: _from, ballotOrder: _order, ...candidate } = byKey.get(candidateKey) as NonNullable<ReturnType<typeof byKey.get>>;
          store.insertCandidate({ ...candidate, electionId, ballotOrder: i });
        });
        ctx.audit('round.created', { congressId: congress.id, electionId, operator: input.operator }, { ...row, kind: proposal.kind, candidates: proposal.candidateIds });
        return ok({ electionId, key, kind: proposal.kind, seats: proposal.seats, candidateKeys: proposal.candidateIds });
      }),
    ),
  };
}
