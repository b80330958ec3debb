import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/api/errors';
import type { enterBallotInput } from '../../shared/api/inputs';
import { ballotNumbers } from '../../shared/format/ballot-numbers';
import { fail, ok, type Result } from '../../shared/result';
import { judgeBallot, type Verdict } from '../../shared/rules/validity';
import { ballotRecordFromEntry, checkBallotEntry } from '../../shared/validation/ballot-entry';
import { stackBeyondBound } from '../../shared/validation/paper-bounds';
import { validationError } from '../../shared/validation/issues';
import type { BallotRow, BallotSelection, CandidateRow, ElectionRow, NewBallot } from '../db/store';
import { contextOf, listedCandidates } from '../services/election-data';
import type { ApiContext } from './context';
import { paperBoundOf } from './paper-bounds';

/** A ballot's content as entered or corrected: what the paper says, its team, count, note and operator. */
export type BallotContent = Omit<z.output<typeof enterBallotInput>, 'electionId'>;

export interface CheckedBallot {
  election: ElectionRow;
  candidates: CandidateRow[];
  kind: NewBallot['kind'];
  selection: BallotSelection;
  verdict: Verdict;
}

/** Everything that makes a ballot unreadable is refused with the field it concerns (the election's state is the caller's). */
export function checkBallotContent(ctx: ApiContext, election: ElectionRow, content: BallotContent): Result<CheckedBallot> {
  const candidates = ctx.store.listCandidates(election.id);
  const context = contextOf(election, candidates);
  const details = checkBallotEntry(content, listedCandidates(candidates), context.format);
  if (details.length > 0) return { ok: false, error: validationError(ERROR_CODES.invalidInput, details) };
  const stack = stackBeyondBound(content.count ?? 1, paperBoundOf(ctx, election));
  if (stack) return fail(ERROR_CODES.invalidInput, `Phiếu: ${stack}`, 'count');
  if (content.teamId != null) {
    const team = ctx.requireTeam(content.teamId, election.congressId);
    if (!team.ok) return team;
  }
  const record = ballotRecordFromEntry(content);
  const choice = record.choice;
  const selection = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids] : choice.kind === 'marks' ? { ...choice.marks } : null;
  return ok({ election, candidates, kind: choice.kind, selection, verdict: judgeBallot(choice, record.ruling, context) });
}

/** The latest version of a ballot that still counts: a voided or superseded one cannot be changed. */
export function requireCurrentBallot(ctx: ApiContext, ballotId: number): Result<BallotRow> {
  const ballot = ctx.store.getBallot(ballotId);
  if (!ballot) return fail(ERROR_CODES.notFound, `Không tìm thấy phiếu (mã ${ballotId})`, 'ballotId');
  if (ballot.kind === 'void') return fail(ERROR_CODES.alreadyCorrected, `Phiếu số ${ballotNumbers(ballot)} đã bị hủy`, 'ballotId');
  if (ctx.store.isSuperseded(ballotId)) return fail(ERROR_CODES.alreadyCorrected, `Phiếu số ${ballotNumbers(ballot)} đã được sửa; hãy sửa bản mới nhất`, 'ballotId');
  return ok(ballot);
}

/**
 * A correction keeps the ballot's numbers, one per paper, so it keeps how many papers it holds
 * (a count left out means the same count): papers added to a stack would take numbers that are
 * another ballot's. A wrong count is put right by voiding the stack and entering its papers again.
 */
export function keepsItsPapers(previous: BallotRow, content: BallotContent): Result<BallotContent> {
  const count = content.count ?? previous.count;
  if (count === previous.count) return ok({ ...content, count });
  const what = previous.count > 1 ? `là một chồng ${previous.count} tờ giống nhau` : 'là một tờ';
  return fail(ERROR_CODES.invalidInput, `Phiếu số ${ballotNumbers(previous)} ${what}: khi sửa, số tờ giữ nguyên (mỗi tờ giữ số của nó). Nếu số tờ sai, hủy phiếu này (Ctrl+F, Delete) rồi nhập lại các tờ.`, 'count');
}

/** The row of a new ballot, or of the next version of `previous` (same uid and numbers). */
export function ballotVersion(ctx: ApiContext, content: BallotContent, checked: CheckedBallot, previous: Pick<BallotRow, 'uid' | 'version' | 'id' | 'number'> | null): NewBallot {
  return {
    electionId: checked.election.id,
    uid: previous?.uid ?? ctx.newId(),
    version: (previous?.version ?? 0) + 1,
    supersedes: previous?.id ?? null,
    ...(previous ? { number: previous.number } : {}),
    teamId: content.teamId ?? null,
    count: content.count ?? 1,
    kind: checked.kind,
    selection: checked.selection,
    ruling: ballotRecordFromEntry(content).ruling,
    note: content.note || null,
    operator: content.operator ?? '',
    enteredAt: ctx.now(),
  };
}
