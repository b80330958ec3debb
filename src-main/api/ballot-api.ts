import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/api/errors';
import { ballotIdInput, correctBallotInput, enterBallotInput, listBallotsInput, removeTeamTotalsInput, setTeamTotalsInput, voidBallotInput } from '../../shared/api/inputs';
import { fail, ok, type Result } from '../../shared/result';
import { judgeBallot, type Verdict } from '../../shared/rules/validity';
import { ballotRecordFromEntry, checkBallotEntry, checkTeamTotal } from '../../shared/validation/ballot-entry';
import { validationError } from '../../shared/validation/issues';
import type { BallotRow, BallotSelection, CandidateRow, ElectionRow, NewBallot } from '../db/store';
import { ballotEntryOfRow, contextOf, listedCandidates, loggedBallotOfRow } from '../services/election-data';
import { inTransaction, method, type ApiContext } from './context';
import { ballotView } from './views';

type BallotContent = Omit<z.output<typeof enterBallotInput>, 'electionId'>;

interface CheckedBallot {
  election: ElectionRow;
  candidates: CandidateRow[];
  kind: NewBallot['kind'];
  selection: BallotSelection;
  verdict: Verdict;
}

export function ballotApi(ctx: ApiContext) {
  const { store } = ctx;

  /** Everything that makes a ballot unreadable is refused with the field it concerns. */
  function checkBallot(electionId: number, content: BallotContent): Result<CheckedBallot> {
    const found = ctx.requireEditableElection(electionId);
    if (!found.ok) return found;
    const election = found.value;
    const candidates = store.listCandidates(electionId);
    const context = contextOf(election, candidates);
    const details = checkBallotEntry(content, listedCandidates(candidates), context.format);
    if (details.length > 0) return { ok: false, error: validationError(ERROR_CODES.invalidInput, details) };
    if (content.teamId != null) {
      const team = ctx.requireTeam(content.teamId, election.congressId);
      if (!team.ok) return team;
    }
    const record = ballotRecordFromEntry(content);
    const choice = record.choice;
    const kind = choice.kind;
    const selection = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids] : choice.kind === 'marks' ? { ...choice.marks } : null;
    return ok({ election, candidates, kind, selection, verdict: judgeBallot(choice, record.ruling, context) });
  }

  function requireCurrentBallot(ballotId: number): Result<BallotRow> {
    const ballot = store.getBallot(ballotId);
    if (!ballot) return fail(ERROR_CODES.notFound, `Không tìm thấy phiếu (mã ${ballotId})`, 'ballotId');
    if (ballot.kind === 'void') return fail(ERROR_CODES.alreadyCorrected, `Phiếu số ${ballot.number} đã bị hủy`, 'ballotId');
    if (store.isSuperseded(ballotId)) return fail(ERROR_CODES.alreadyCorrected, `Phiếu số ${ballot.number} đã được sửa; hãy sửa bản mới nhất`, 'ballotId');
    return ok(ballot);
  }

  function newVersion(content: BallotContent, checked: CheckedBallot, previous: Pick<BallotRow, 'uid' | 'version' | 'id' | 'number'> | null): NewBallot {
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

  return {
    /** Stores one paper ballot (or a stack of identical ones) when the operator presses Enter. */
    enterBallot: method(enterBallotInput, (input) =>
      inTransaction(store, () => {
        const { electionId, ...content } = input;
        const checked = checkBallot(electionId, content);
        if (!checked.ok) return checked;
        const row = store.insertBallot(newVersion(content, checked.value, null));
        ctx.audit('ballot.entered', { congressId: checked.value.election.congressId, electionId, operator: input.operator }, { number: row.number, ...loggedBallotOfRow({ ...row, teamName: null }), id: row.uid, verdict: checked.value.verdict });
        return ok({ ballotId: row.id, uid: row.uid, number: row.number, verdict: checked.value.verdict });
      }),
    ),

    /** A correction is a new version of the ballot; the old one stays, superseded. */
    correctBallot: method(correctBallotInput, (input) =>
      inTransaction(store, () => {
        const { ballotId, ...content } = input;
        const previous = requireCurrentBallot(ballotId);
        if (!previous.ok) return previous;
        const checked = checkBallot(previous.value.electionId, content);
        if (!checked.ok) return checked;
        const row = store.insertBallot(newVersion(content, checked.value, previous.value));
        ctx.audit('ballot.corrected', { congressId: checked.value.election.congressId, electionId: row.electionId, operator: input.operator }, {
          number: row.number, uid: row.uid, version: row.version, before: ballotEntryOfRow(previous.value), after: loggedBallotOfRow({ ...row, teamName: null }), verdict: checked.value.verdict,
        });
        return ok({ ballotId: row.id, uid: row.uid, number: row.number, verdict: checked.value.verdict });
      }),
    ),

    /** A void is a last version saying the paper does not count (entered by mistake, twice…). */
    voidBallot: method(voidBallotInput, (input) =>
      inTransaction(store, () => {
        const previous = requireCurrentBallot(input.ballotId);
        if (!previous.ok) return previous;
        const election = ctx.requireEditableElection(previous.value.electionId);
        if (!election.ok) return election;
        const old = previous.value;
        const row = store.insertBallot({ electionId: old.electionId, uid: old.uid, number: old.number, version: old.version + 1, supersedes: old.id, teamId: old.teamId, count: old.count, kind: 'void', selection: null, ruling: null, note: input.reason || null, operator: input.operator ?? '', enteredAt: ctx.now() });
        ctx.audit('ballot.voided', { congressId: election.value.congressId, electionId: old.electionId, operator: input.operator }, { number: old.number, uid: old.uid, version: row.version, before: ballotEntryOfRow(old), reason: input.reason ?? null });
        return ok({ ballotId: row.id, number: old.number });
      }),
    ),

    /** The ballots that count, newest first when asked, for finding one to correct. */
    listBallots: method(listBallotsInput, (input) => {
      const found = ctx.requireElection(input.electionId);
      if (!found.ok) return found;
      const candidates = store.listCandidates(input.electionId);
      let rows = store.currentBallots(input.electionId);
      if (input.teamId !== undefined) rows = rows.filter((r) => r.teamId === input.teamId);
      if (input.operator !== undefined) rows = rows.filter((r) => r.operator === input.operator);
      if (input.number !== undefined) rows = rows.filter((r) => r.number === input.number);
      if (input.newestFirst) rows.reverse();
      const offset = input.offset ?? 0;
      const page = rows.slice(offset, offset + (input.limit ?? 100));
      return ok({ total: rows.length, ballots: page.map((row) => ballotView(row, found.value, candidates)) });
    }),

    /** Every version of the ballot, the first entry to the latest correction or void. */
    ballotHistory: method(ballotIdInput, ({ ballotId }) => {
      const ballot = store.getBallot(ballotId);
      if (!ballot) return fail(ERROR_CODES.notFound, `Không tìm thấy phiếu (mã ${ballotId})`, 'ballotId');
      const election = ctx.requireElection(ballot.electionId);
      if (!election.ok) return election;
      const candidates = store.listCandidates(ballot.electionId);
      return ok(store.ballotVersions(ballot.electionId, ballot.uid).map((row) => ballotView(row, election.value, candidates)));
    }),

    /** Totals of a team that counted by hand (RULES R4.5); impossible totals are refused. */
    setTeamTotals: method(setTeamTotalsInput, (input) =>
      inTransaction(store, () => {
        const found = ctx.requireEditableTeam(input.electionId, input.teamId);
        if (!found.ok) return found;
        const { election, team } = found.value;
        const details = checkTeamTotal(input, listedCandidates(store.listCandidates(election.id)), election.seats);
        if (details.length > 0) return { ok: false, error: validationError(ERROR_CODES.invalidInput, details) };
        const before = store.listTeamTotals(election.id).find((t) => t.teamId === team.id) ?? null;
        store.upsertTeamTotal({ electionId: election.id, teamId: team.id, returned: input.returned, valid: input.valid, invalid: input.invalid, votes: input.votes, operator: input.operator ?? '', enteredAt: ctx.now() });
        ctx.audit('team_totals.set', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { team: team.name, teamId: team.id, before, after: { returned: input.returned, valid: input.valid, invalid: input.invalid, votes: input.votes } });
        return ok({ electionId: election.id, teamId: team.id });
      }),
    ),

    removeTeamTotals: method(removeTeamTotalsInput, (input) =>
      inTransaction(store, () => {
        const found = ctx.requireEditableElection(input.electionId);
        if (!found.ok) return found;
        const before = store.listTeamTotals(input.electionId).find((t) => t.teamId === input.teamId);
        if (!before) return fail(ERROR_CODES.notFound, 'Tổ này chưa có số tổng hợp', 'teamId');
        store.deleteTeamTotal(input.electionId, input.teamId);
        ctx.audit('team_totals.removed', { congressId: found.value.congressId, electionId: input.electionId, operator: input.operator }, { team: before.teamName, teamId: before.teamId, before });
        return ok({ electionId: input.electionId, teamId: input.teamId });
      }),
    ),
  };
}
