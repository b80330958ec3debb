import { ERROR_CODES } from '../../shared/api/errors';
import type { BallotRow } from '../../shared/api/records';
import { listScansInput, recordMarginCheckInput, recordSpotCheckInput, secondLookCropsInput, spotCheckDrawInput } from '../../shared/api/scan-inputs';
import type { SecondLookCrops, SecondLookView, SpotCheckDraw } from '../../shared/api/scan-views';
import { fail, ok, type Result } from '../../shared/result';
import { closeCandidates } from '../../shared/rules/margin';
import { scanCounts } from '../../shared/scan/decision';
import { countedFor, drawnNumber, drawPapers, marginChecked } from '../../shared/scan/second-look';
import type { CongressRow, ElectionRow } from '../db/store';
import { choiceOfRow } from '../services/election-data';
import { readStoreImage, storeScanSetup } from '../services/scan-evidence';
import { asyncMethod, inTransaction, method, type ApiContext } from './context';
import { electionResultOf } from './election-result';

/**
 * A second look where it matters (issue 17, item 8), before the lock of a count helped by a
 * scanner: the rows of the candidates a few papers read differently would change, on every
 * scanned paper, looked at in one pass (the lock waits for it: RULES R4, SCANS_MARGIN_UNCHECKED);
 * and a spot check of papers drawn from a number drawn in the hall. Each recorded with what was
 * found, audited, and printed in the annex of the minutes.
 */
export function secondLookApi(ctx: ApiContext) {
  const { store } = ctx;

  function requireBoth(electionId: number): Result<{ congress: CongressRow; election: ElectionRow }> {
    const election = ctx.requireElection(electionId);
    if (!election.ok) return election;
    const congress = ctx.requireCongress(election.value.congressId);
    return congress.ok ? ok({ congress: congress.value, election: election.value }) : congress;
  }

  /** The papers counted from scans, by paper number: the scan and the ballot it is now (a correction included). */
  function scannedPapers(electionId: number): { number: number; scanId: number; image: string; ballot: BallotRow }[] {
    const current = new Map(store.currentBallots(electionId).map((b) => [b.uid, b]));
    return store
      .listScans(electionId)
      .filter((s) => scanCounts(s.decision) && s.ballotUid !== null && current.has(s.ballotUid))
      .map((s) => ({ number: (current.get(s.ballotUid as string) as BallotRow).number, scanId: s.id, image: s.image, ballot: current.get(s.ballotUid as string) as BallotRow }))
      .sort((a, b) => a.number - b.number);
  }

  function view(congress: CongressRow, election: ElectionRow): SecondLookView {
    const result = electionResultOf(ctx, congress, election);
    const papers = scannedPapers(election.id);
    const close = papers.length === 0 ? [] : closeCandidates({ candidates: result.candidates, seats: result.seats, base: result.base, requireMajority: election.requireMajority, margin: election.scanMargin });
    const checks = store.listScanChecks(election.id);
    // As the lock's check counts them (RULES R4: rules/scan-checks.ts): the images counted as ballots.
    const scanned = store.scanFigures(election.id).counted;
    return {
      margin: election.scanMargin, close, checked: close.length === 0 || marginChecked(checks, close, election.scanMargin, scanned), scanned,
      scannedPapers: papers.map((p) => p.number), typedPapers: Math.max(0, result.ballots.counted - papers.length), checks,
    };
  }

  return {
    /** The close candidates as counted now, whether a margin check covers them, the scanned papers and the second looks made. */
    secondLook: method(listScansInput, ({ electionId }) => {
      const found = requireBoth(electionId);
      return found.ok ? ok(view(found.value.congress, found.value.election)) : found;
    }),

    /** The rows of some names on a page of the scanned papers (in paper order), straightened, with what each was counted as. */
    secondLookCrops: asyncMethod(secondLookCropsInput, async ({ electionId, candidateIds, offset, limit }): Promise<Result<SecondLookCrops>> => {
      const found = requireBoth(electionId);
      if (!found.ok) return found;
      const setup = storeScanSetup(store, found.value.election);
      if (!setup.ok) return setup;
      const { rowCrops } = await import('../services/scan-crops');
      const papers = scannedPapers(electionId);
      const page: SecondLookCrops['papers'] = [];
      for (const paper of papers.slice(offset, offset + limit)) {
        const scan = store.getScan(paper.scanId);
        const bytes = scan ? readStoreImage(store, scan.stored) : null;
        const crops = scan && bytes?.ok ? await rowCrops(bytes.value, setup.value.layouts, scan.reading.reading, candidateIds) : null;
        const choice = choiceOfRow(paper.ballot);
        page.push({ scanId: paper.scanId, number: paper.number, image: paper.image, invalid: paper.ballot.ruling !== null, crops: crops?.map((c) => ({ ...c, counted: countedFor(choice, c.id) })) ?? null });
      }
      return ok({ total: papers.length, papers: page });
    }),

    /** The committee looked at the close candidates' rows on every scanned paper: recorded as they stand now, with the papers found not as counted. */
    recordMarginCheck: method(recordMarginCheckInput, (input) =>
      inTransaction(store, () => {
        const election = ctx.requireEditableElection(input.electionId);
        if (!election.ok) return election;
        const found = requireBoth(input.electionId);
        if (!found.ok) return found;
        const before = view(found.value.congress, election.value);
        if (before.close.length === 0) return fail(ERROR_CODES.invalidInput, `Không có người nào có kết quả cách biệt từ ${before.margin} phiếu trở xuống: không cần xem lại`, 'electionId');
        const unknown = input.wrong.filter((n) => !before.scannedPapers.includes(n));
        if (unknown.length > 0) return fail(ERROR_CODES.invalidInput, `Không có phiếu quét số ${unknown.join(', ')} trong cuộc bầu`, 'wrong');
        const operator = input.operator ?? '';
        const check = { kind: 'margin' as const, at: ctx.now(), operator, margin: before.margin, candidates: before.close.map((c) => ({ id: c.id, votes: c.votes })), scanned: before.scanned, wrong: [...new Set(input.wrong)].sort((a, b) => a - b) };
        store.insertScanCheck(election.value.id, check);
        ctx.audit('scan.margin_checked', { congressId: election.value.congressId, electionId: election.value.id, operator }, { margin: check.margin, candidates: check.candidates, scanned: check.scanned, wrong: check.wrong });
        return ok(view(found.value.congress, election.value));
      }),
    ),

    /** The papers a number drawn in the hall draws (the same number, the same papers), each with what was counted. */
    spotCheckDraw: method(spotCheckDrawInput, ({ electionId, seed, count }): Result<SpotCheckDraw> => {
      const found = requireBoth(electionId);
      if (!found.ok) return found;
      const number = drawnNumber(seed);
      if (number === null) return fail(ERROR_CODES.invalidInput, 'Gõ số bốc thăm tại hội trường (chỉ gồm chữ số)', 'seed');
      const papers = scannedPapers(electionId);
      const drawn = new Set(drawPapers(number, { id: found.value.election.key, round: found.value.election.round }, papers.map((p) => p.number), count));
      return ok({ seed: number, papers: papers.filter((p) => drawn.has(p.number)).map((p) => ({ number: p.number, scanId: p.scanId, image: p.image, choice: choiceOfRow(p.ballot), ruling: p.ballot.ruling })) });
    }),

    /** What the committee found on each paper drawn: the draw is made again here, and the answers must be for exactly those papers. */
    recordSpotCheck: method(recordSpotCheckInput, (input) =>
      inTransaction(store, () => {
        const election = ctx.requireEditableElection(input.electionId);
        if (!election.ok) return election;
        const found = requireBoth(input.electionId);
        if (!found.ok) return found;
        const number = drawnNumber(input.seed);
        if (number === null) return fail(ERROR_CODES.invalidInput, 'Gõ số bốc thăm tại hội trường (chỉ gồm chữ số)', 'seed');
        const drawn = drawPapers(number, { id: election.value.key, round: election.value.round }, scannedPapers(input.electionId).map((p) => p.number), input.count);
        const answered = [...input.papers].sort((a, b) => a.number - b.number);
        if (answered.length !== drawn.length || answered.some((p, i) => p.number !== drawn[i])) return fail(ERROR_CODES.invalidInput, `Số ${number} bốc ra các phiếu ${drawn.join(', ')}: hãy ghi kết quả đúng cho các phiếu đó`, 'papers');
        const operator = input.operator ?? '';
        store.insertScanCheck(election.value.id, { kind: 'spot', at: ctx.now(), operator, seed: number, papers: answered });
        ctx.audit('scan.spot_checked', { congressId: election.value.congressId, electionId: election.value.id, operator }, { seed: number, papers: answered });
        return ok(view(found.value.congress, election.value));
      }),
    ),
  };
}
