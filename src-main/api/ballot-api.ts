import { ERROR_CODES } from '../../shared/api/errors';
import { ballotIdInput, correctBallotInput, enterBallotInput, listBallotsInput, removeTeamTotalsInput, setTeamTotalsInput, voidBallotInput } from '../../shared/api/inputs';
import { UNDONE_NOTE } from '../../shared/domain';
import { scanCounts } from '../../shared/scan/decision';
import { fail, ok, type AppErrorDetail, type Result } from '../../shared/result';
import { checkTeamTotal } from '../../shared/validation/ballot-entry';
import { teamFigureBeyondBound } from '../../shared/validation/paper-bounds';
import { validationError } from '../../shared/validation/issues';
import { ballotEntryOfRow, listedCandidates, loggedBallotOfRow } from '../services/election-data';
import { ballotVersion, checkBallotContent, keepsItsPapers, requireCurrentBallot, type BallotContent, type CheckedBallot } from './ballot-checks';
import { inTransaction, method, type ApiContext } from './context';
import { checkPapersFit } from './paper-limits';
import { paperBoundOf } from './paper-bounds';
import { machineReading } from './scan-views';
import { correctFinishedRound } from './finished-round-correction';
import { ballotView } from './views';

/**
 * A ballot counted from a scan and then voided: its image no longer counts either (the annex and
 * RULES R4 say so), set aside in the voider's name with the reason, and audited as such.
 */
function setAsideScanOfVoided(ctx: ApiContext, voided: { electionId: number; congressId: number; uid: string; number: number; reason: string | null; operator: string }): void {
  const scan = ctx.store.findScanByBallotUid(voided.electionId, voided.uid);
  if (!scan || !scanCounts(scan.decision)) return;
  const note = `phiếu số ${voided.number} đã bị hủy${voided.reason ? ` (${voided.reason})` : ''}`;
  ctx.store.decideScan(scan.id, 'set_aside', { operator: voided.operator, at: ctx.now(), note });
  ctx.audit('scan.set_aside', { congressId: voided.congressId, electionId: voided.electionId, operator: voided.operator }, { scanId: scan.id, image: scan.image, sha256: scan.sha256, machine: machineReading(scan.reading.reading), reason: note });
}

export function ballotApi(ctx: ApiContext) {
  const { store } = ctx;

  /** The ballot checked against an election that may still change. */
  function checkBallot(electionId: number, content: BallotContent): Result<CheckedBallot> {
    const found = ctx.requireEditableElection(electionId);
    return found.ok ? checkBallotContent(ctx, found.value, content) : found;
  }

  return {
    /** Stores one paper ballot (or a stack of N identical ones, which takes N numbers) when the operator presses Enter. */
    enterBallot: method(enterBallotInput, (input) =>
      inTransaction(store, () => {
        const { electionId, ...content } = input;
        const checked = checkBallot(electionId, content);
        if (!checked.ok) return checked;
        const fits = checkPapersFit(ctx, checked.value.election, content.teamId ?? null, content.count ?? 1);
        if (!fits.ok) return fits;
        const row = store.insertBallot(ballotVersion(ctx, content, checked.value, null));
        ctx.audit('ballot.entered', { congressId: checked.value.election.congressId, electionId, operator: input.operator }, { number: row.number, lastNumber: row.lastNumber, ...loggedBallotOfRow({ ...row, teamName: null }), id: row.uid, verdict: checked.value.verdict });
        return ok({ ballotId: row.id, uid: row.uid, number: row.number, lastNumber: row.lastNumber, verdict: checked.value.verdict });
      }),
    ),

    /**
     * A correction is a new version of the ballot with the same numbers; the old one stays,
     * superseded. In a round whose next round exists it needs the chair's PIN and a reason, and
     * says whether it changed that round's outcome (finished-round-correction.ts).
     */
    correctBallot: method(correctBallotInput, (input) => {
      const previous = requireCurrentBallot(ctx, input.ballotId);
      if (!previous.ok) return previous;
      const election = ctx.requireElection(previous.value.electionId);
      if (!election.ok) return election;
      if (!store.getVoidedRound(election.value.id) && store.listContinuations(election.value.id).length > 0) return correctFinishedRound(ctx, input, previous.value, election.value);
      return inTransaction(store, () => {
        const { ballotId: _ballotId, pin: _pin, reason: _reason, ...entered } = input;
        const editable = ctx.requireEditableElection(previous.value.electionId);
        if (!editable.ok) return editable;
        const content = keepsItsPapers(previous.value, entered);
        if (!content.ok) return content;
        const checked = checkBallotContent(ctx, editable.value, content.value);
        if (!checked.ok) return checked;
        const teamId = content.value.teamId ?? null;
        if (teamId !== previous.value.teamId) {
          const fits = checkPapersFit(ctx, editable.value, teamId, previous.value.count, true);
          if (!fits.ok) return fits;
        }
        const row = store.insertBallot(ballotVersion(ctx, content.value, checked.value, previous.value));
        ctx.audit('ballot.corrected', { congressId: checked.value.election.congressId, electionId: row.electionId, operator: input.operator }, {
          number: row.number, lastNumber: row.lastNumber, uid: row.uid, version: row.version, before: ballotEntryOfRow(previous.value), after: loggedBallotOfRow({ ...row, teamName: null }), verdict: checked.value.verdict,
        });
        return ok({ ballotId: row.id, uid: row.uid, number: row.number, lastNumber: row.lastNumber, verdict: checked.value.verdict, roundCorrection: null });
      });
    }),

    /** A void is a last version saying the paper does not count (entered by mistake, twice…); its numbers stay taken. */
    voidBallot: method(voidBallotInput, (input) =>
      inTransaction(store, () => {
        const previous = requireCurrentBallot(ctx, input.ballotId);
        if (!previous.ok) return previous;
        const election = ctx.requireEditableElection(previous.value.electionId);
        if (!election.ok) return election;
        const old = previous.value;
        const reason = input.undo ? UNDONE_NOTE : input.reason || null;
        const row = store.insertBallot({ electionId: old.electionId, uid: old.uid, number: old.number, version: old.version + 1, supersedes: old.id, teamId: old.teamId, count: old.count, kind: 'void', selection: null, ruling: null, note: reason, operator: input.operator ?? '', enteredAt: ctx.now() });
        ctx.audit('ballot.voided', { congressId: election.value.congressId, electionId: old.electionId, operator: input.operator }, { number: old.number, lastNumber: old.lastNumber, uid: old.uid, version: row.version, before: ballotEntryOfRow(old), reason, ...(input.undo ? { undo: true } : {}) });
        setAsideScanOfVoided(ctx, { electionId: old.electionId, congressId: election.value.congressId, uid: old.uid, number: old.number, reason, operator: input.operator ?? '' });
        return ok({ ballotId: row.id, number: old.number });
      }),
    ),

    /** The ballots that count (and, asked, the voided ones), newest first when asked, for finding a paper by its number. */
    listBallots: method(listBallotsInput, (input) => {
      const found = ctx.requireElection(input.electionId);
      if (!found.ok) return found;
      const candidates = store.listCandidates(input.electionId);
      let rows = input.withVoided ? store.latestBallots(input.electionId) : store.currentBallots(input.electionId);
      if (input.teamId !== undefined) rows = rows.filter((r) => r.teamId === input.teamId);
      if (input.operator !== undefined) rows = rows.filter((r) => r.operator === input.operator);
      const number = input.number;
      if (number !== undefined) rows = rows.filter((r) => r.number <= number && number <= r.lastNumber);
      if (input.newestFirst) rows.reverse();
      const offset = input.offset ?? 0;
      const page = rows.slice(offset, offset + (input.limit ?? 100));
      return ok({ total: rows.length, ballots: page.map((row) => ballotView(row, found.value, candidates)), nextNumber: store.nextBallotNumber(input.electionId) });
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
        // RULES R4 item 6 first: a figure no box held, then the team's own checks.
        const bound = paperBoundOf(ctx, election);
        const details: AppErrorDetail[] = (['returned', 'valid'] as const).flatMap((field) => {
          const beyond = teamFigureBeyondBound(input[field], bound);
          return beyond ? [{ path: field, message: `${team.name} báo ${beyond}` }] : [];
        });
        details.push(...checkTeamTotal(input, listedCandidates(store.listCandidates(election.id)), election.seats));
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
