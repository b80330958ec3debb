import { assemblyWords } from '../../shared/minutes/wording';
import type { z } from 'zod';
import type { BallotCorrected } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import type { correctBallotInput } from '../../shared/api/inputs';
import type { ElectionResult } from '../../shared/api/views';
import { ballotNumbers } from '../../shared/format/ballot-numbers';
import { fail, ok, type Result } from '../../shared/result';
import { compareOutcomes, type OutcomeSummary } from '../../shared/rules/outcome-change';
import type { BallotRow, ElectionRow } from '../db/store';
import { ballotEntryOfRow, loggedBallotOfRow } from '../services/election-data';
import { checkChairPin } from './chair-pin-guard';
import { ballotVersion, checkBallotContent, keepsItsPapers } from './ballot-checks';
import type { ApiContext } from './context';
import { electionResultOf, recordLock } from './election-result';

type CorrectBallotInput = z.output<typeof correctBallotInput>;

function summaryOf(result: ElectionResult): OutcomeSummary {
  return { outcome: result.outcome, elected: result.elected, tie: result.tie, unfilledSeats: result.unfilledSeats };
}

/** Every later round that stands, the rounds continuing those included. */
function laterRounds(ctx: ApiContext, electionId: number): ElectionRow[] {
  const found: ElectionRow[] = [];
  for (let queue = ctx.store.listContinuations(electionId); queue.length > 0; ) {
    const round = queue.shift() as ElectionRow;
    found.push(round);
    queue = [...queue, ...ctx.store.listContinuations(round.id)];
  }
  return found;
}

/**
 * Correcting a ballot of a round whose next round exists (issue 11, finding 4). The next round was
 * made from this round's outcome, so the correction needs the chair's PIN (the policy of
 * unlocking: wrong tries counted, a wait after five) and a reason, and the program compares the
 * outcome before and after it. Unchanged: the correction is recorded, the round sealed anew with
 * its new fingerprint, and the later round stands. Changed: the later rounds are voided as well
 * (audited with what changed) and must be held again from the corrected outcome.
 */
export function correctFinishedRound(ctx: ApiContext, input: CorrectBallotInput, previous: BallotRow, election: ElectionRow): Result<BallotCorrected> {
  const { store } = ctx;
  const { ballotId: _ballotId, pin, reason, ...entered } = input;
  const congress = ctx.requireCongress(election.congressId);
  if (!congress.ok) return congress;
  const { chairPinHash } = congress.value;
  const finished = `Vòng bầu "${election.title}" đã kết thúc (đã có vòng bầu tiếp theo)`;
  const words = assemblyWords(congress.value.kind);
  if (chairPinHash === null) return fail(ERROR_CODES.pinRequired, `${finished}: sửa phiếu cần mã PIN của ${words.chair}, nhưng chưa đặt mã PIN (đặt trong phần thiết lập ${words.body})`, 'pin');
  if (pin === undefined || pin === '') return fail(ERROR_CODES.pinRequired, `${finished}: sửa phiếu cần mã PIN của ${words.chair} và lý do`, 'pin');
  if (reason === undefined || reason.trim() === '') return fail(ERROR_CODES.invalidInput, `${finished}: ghi lý do sửa phiếu`, 'reason');
  const content = keepsItsPapers(previous, entered);
  if (!content.ok) return content;
  const checked = checkBallotContent(ctx, election, content.value);
  if (!checked.ok) return checked;

  // A refused PIN is committed (the wrong try counts); everything after it is one step.
  return store.transaction(() => {
    const scope = { congressId: election.congressId, electionId: election.id, operator: input.operator };
    const accepted = checkChairPin(ctx, { ...congress.value, chairPinHash }, pin, { action: 'correct_finished_round', path: 'pin', electionId: election.id, operator: input.operator, reason });
    if (!accepted.ok) return accepted;
    const before = electionResultOf(ctx, congress.value, election);
    const row = store.insertBallot(ballotVersion(ctx, content.value, checked.value, previous));
    const after = electionResultOf(ctx, congress.value, election);
    const names = new Map(after.candidates.map((c) => [c.id, c.name]));
    const change = compareOutcomes(summaryOf(before), summaryOf(after), (id) => names.get(id) ?? id);
    const voided = change.changed ? laterRounds(ctx, election.id) : [];

    ctx.audit('ballot.corrected', scope, {
      number: row.number, lastNumber: row.lastNumber, uid: row.uid, version: row.version, before: ballotEntryOfRow(previous), after: loggedBallotOfRow({ ...row, teamName: null }), verdict: checked.value.verdict,
      finishedRound: { reason, outcomeChanged: change.changed, voidedRounds: voided.map((r) => r.id) },
    });
    const sealed = election.status === 'locked' ? recordLock(ctx, congress.value, election, after, input.operator, { resealed: { reason, ballot: row.number, fingerprintBefore: before.fingerprint } }) : null;
    for (const round of voided) {
      const why = `Sửa phiếu số ${ballotNumbers(row)} của vòng "${election.title}" làm đổi kết quả vòng đó: ${reason}`;
      store.insertVoidedRound({ electionId: round.id, reason: why, operator: input.operator ?? '', voidedAt: ctx.now() });
      ctx.audit('round.voided', { congressId: election.congressId, electionId: round.id, operator: input.operator }, {
        reason: why, continues: election.id, ballot: { number: row.number, lastNumber: row.lastNumber }, before: summaryOf(before), after: summaryOf(after), changes: change.words,
      });
      // A locked round voided stays locked; its seal binds `voided` too, so it is sealed anew with it.
      if (round.status === 'locked') recordLock(ctx, congress.value, round, electionResultOf(ctx, congress.value, round), input.operator, { resealed: { reason: why, voided: true } });
    }
    return ok({
      ballotId: row.id, uid: row.uid, number: row.number, lastNumber: row.lastNumber, verdict: checked.value.verdict,
      roundCorrection: { outcomeChanged: change.changed, changes: change.words, voidedRounds: voided.map((r) => ({ electionId: r.id, title: r.title })), fingerprint: sealed },
    });
  });
}
