import type { PdfFile } from '../../shared/api/file-outputs';
import type { ElectionResult, FinalResultView } from '../../shared/api/views';
import { ballotPaperPdfInput, minutesPdfInput, summaryPdfInput } from '../../shared/api/report-inputs';
import { localDateTimeOf, parseLocalDateTime } from '../../shared/format/date';
import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import { ballotPaperBlockers, checkListOf } from '../../shared/rules/surplus';
import { checkedLockOf } from '../services/election-seal';
import { congressFileName, electionPaperFileName } from '../../shared/minutes/file-name';
import { earlierRoundsOf } from '../../shared/minutes/earlier-rounds';
import { summaryIsOfficial } from '../../shared/minutes/final';
import { electionForMinutes } from '../../shared/minutes/model';
import { congressInfoFromStore } from '../services/congress-file-io';
import { asyncMethod, type ApiContext } from './context';
import { finalResultsOf } from './final-results';
import { printingApi } from './printing-api';
import { resultApi } from './result-api';
import { paperList, standingList } from '../../shared/rules/paper-list';

function pdfFile(fileName: string, data: Uint8Array): PdfFile {
  return { fileName, mimeType: 'application/pdf', data };
}

/**
 * The printed papers of issue 5. The PDF library is loaded on the first paper, not when the
 * program starts. Each is built by one function of src-main/pdf from the same
 * results the screens show (resultApi: the one tally and its fingerprint), so the preview, the
 * printout and the saved file are the same bytes.
 */
export function reportApi(ctx: ApiContext) {
  const { store } = ctx;
  const results = resultApi(ctx);
  const printings = printingApi(ctx);

  const rowOf = (result: ElectionResult) => {
    const row = store.getElection(result.electionId);
    if (!row) throw new Error(`reportApi: no election ${result.electionId}`);
    return row;
  };
  /** The finals of the congress, once a round continues another: what the rounds before it elected. */
  const finalsFor = (congressId: number, rows: readonly { continuesId: number | null }[]): FinalResultView[] => {
    if (rows.every((r) => r.continuesId === null)) return [];
    const all = results.tallyCongress({ congressId });
    return all.ok ? finalResultsOf(store, congressId, all.value) : [];
  };
  const electionOf = (result: ElectionResult, finals: readonly FinalResultView[]) => {
    const row = rowOf(result);
    const approvedOf = (key: string) => store.listElections(row.congressId).find((e) => e.key === key)?.approvedSeats;
    return electionForMinutes(row, store.listCandidates(result.electionId), row.continuesId === null ? null : earlierRoundsOf(finals, row.key, approvedOf));
  };

  return {
    /**
     * Biên bản kiểm phiếu: official for a locked election, a draft (marked on every page) before;
     * refused with the failing checks unless a rehearsal printout. The closing time only as typed.
     */
    minutesPdf: asyncMethod(minutesPdfInput, async (input): Promise<Result<PdfFile>> => {
      const found = results.tally({ electionId: input.electionId });
      if (!found.ok) return found;
      const result = found.value;
      const row = rowOf(result);
      // The seal is checked afresh against the tables (an edit made inside the file included): official minutes only when it holds.
      const checked = checkedLockOf(store, row);
      if (checked.broken && !input.rehearsal) return fail(ERROR_CODES.sealBroken, `${checked.broken}. Không in biên bản chính thức; có thể in bản chạy thử.`);
      const congress = congressInfoFromStore(store, row.congressId);
      const closedAt = input.closedAt ? parseLocalDateTime(input.closedAt) : null;
      const { buildMinutesPdf } = await import('../pdf/minutes');
      const bytes = await buildMinutesPdf(
        { congress, election: electionOf(result, finalsFor(row.congressId, [row])), tally: result, lock: checked.lock, scans: store.listScans(row.id).map(({ image, sha256, decision, ballotNumber, reason, note, decidedBy }) => ({ image, sha256, decision, ballotNumber, reason, note, decidedBy })), scanChecks: store.listScanChecks(row.id) },
        { rehearsal: input.rehearsal ?? false, countsInWords: input.countsInWords ?? false, closedAt, ...(input.signatures ? { signatures: input.signatures } : {}) },
      );
      if (!bytes.ok) return bytes;
      const paper = input.rehearsal ? 'chay-thu-bien-ban-kiem-phieu' : checked.lock ? 'bien-ban-kiem-phieu' : 'du-thao-bien-ban-kiem-phieu';
      return ok(pdfFile(electionPaperFileName(paper, row, 'pdf'), bytes.value));
    }),

    /** Every office's final result across its rounds, then every election: outcome and those elected. */
    summaryPdf: asyncMethod(summaryPdfInput, async (input): Promise<Result<PdfFile>> => {
      const found = results.tallyCongress({ congressId: input.congressId });
      if (!found.ok) return found;
      const congress = congressInfoFromStore(store, input.congressId);
      const finals = finalResultsOf(store, input.congressId, found.value);
      const rows = new Map(store.listElections(input.congressId).map((row) => [row.id, row]));
      const voided = store.voidedRoundIds(input.congressId);
      const checked = new Map([...rows.values()].map((row) => [row.id, checkedLockOf(store, row)]));
      const broken = [...checked.values()].flatMap((c) => (c.broken ? [c.broken] : []));
      if (broken.length > 0 && !input.rehearsal) return fail(ERROR_CODES.sealBroken, `${broken.join('\n')}\nKhông in bản tổng hợp chính thức; có thể in bản chạy thử.`);
      const elections = found.value.map((result) => {
        const continuesId = rows.get(result.electionId)?.continuesId ?? null;
        const continues = continuesId === null ? null : (rows.get(continuesId)?.key ?? null);
        return { election: electionOf(result, finals), tally: result, lock: checked.get(result.electionId)?.lock ?? null, continues, voided: voided.has(result.electionId) };
      });
      const { buildSummaryPdf, summaryCode } = await import('../pdf/summary');
      const bytes = await buildSummaryPdf({ congress, elections, finals }, { rehearsal: input.rehearsal ?? false, printedOn: localDateTimeOf(new Date(ctx.now())) });
      const paper = input.rehearsal ? 'chay-thu-tong-hop-ket-qua' : summaryCode({ elections, finals }) ? 'tong-hop-ket-qua' : 'du-thao-tong-hop-ket-qua';
      return ok(pdfFile(congressFileName(paper, congress.name, 'pdf'), bytes));
    }),

    /**
     * The ballot paper of an election, as many to an A4 sheet as fit (or as asked): the names on
     * the paper (RULES R1: a name withdrawn after printing is still printed, the same paper as
     * before). The first print is recorded as lần in 1: the list is frozen from then on.
     */
    ballotPaperPdf: asyncMethod(ballotPaperPdfInput, async (input): Promise<Result<PdfFile>> => {
      const election = ctx.requireElection(input.electionId);
      if (!election.ok) return election;
      const row = election.value;
      const candidates = paperList(store.listCandidates(row.id)).map((c) => ({ id: c.key, name: c.name }));
      const rehearsal = ballotPaperBlockers(checkListOf(row, standingList(store.listCandidates(row.id)))).length > 0;
      const { buildBallotPaperPdf } = await import('../pdf/ballot-paper');
      const bytes = await buildBallotPaperPdf({ congress: congressInfoFromStore(store, row.congressId), election: { ...row, id: row.key }, candidates }, { ...(input.perPage ? { perPage: input.perPage } : {}), rehearsal });
      if (!bytes.ok) return bytes;
      if (rehearsal) return ok(pdfFile(electionPaperFileName('phieu-bau-in-thu', row, 'pdf'), bytes.value));
      const recorded = printings.recordPrintingIfFirst(row, input.operator);
      if (!recorded.ok) return recorded;
      return ok(pdfFile(electionPaperFileName('phieu-bau', row, 'pdf'), bytes.value));
    }),

    reprintBallots: printings.reprintBallots,
  };
}
