import { ERROR_CODES } from '../../shared/api/errors';
import { confirmScanInput, decideSamePaperInput, setAsideScanInput } from '../../shared/api/scan-inputs';
import type { ScanRow } from '../../shared/api/scan-views';
import type { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result';
import type { Verdict } from '../../shared/rules/validity';
import { SCANNED_NOTE } from '../../shared/scan/decision';
import { samePaperNote } from '../../shared/scan/resemblance';
import { printableName } from '../../shared/text/printable';
import { ballotApi } from './ballot-api';
import { inTransaction, method, type ApiContext } from './context';
import { machineReading, scanView } from './scan-views';

/**
 * A person's decisions on the scanned images waiting for them (issues 12 and 17): a ballot counted
 * as they typed it, an image set aside with a reason, and for a paper that looks the same as an
 * earlier one, their answer to "cùng một tờ phiếu?": the same paper (set aside, the reason kept)
 * or another (counted as the machine read it, when it read it with confidence). Each in one
 * transaction with its audit event.
 */
/** What a person decided for a ballot, with the entry screen's words. */
type Decided = Omit<z.output<typeof confirmScanInput>, 'scanId'>;

export function scanDecisionApi(ctx: ApiContext) {
  const { store } = ctx;
  const ballots = ballotApi(ctx);

  function requireScan(scanId: number): Result<ScanRow> {
    const row = store.getScan(scanId);
    return row ? ok(row) : fail(ERROR_CODES.notFound, `Không tìm thấy ảnh quét số ${scanId}`, 'scanId');
  }
  const viewOf = (row: ScanRow) => scanView(row, (id) => store.getScan(id));
  /** A paper that looks the same as an earlier one waits for the answer to "cùng một tờ phiếu?" before anything else. */
  const awaitsSamePaper = (row: ScanRow) => row.sameAs !== null && row.samePaper === null;

  /** Counts a pending image as the person decided (their keys, or the machine's confident reading they accepted). */
  function count(row: ScanRow, input: Decided) {
    const { note, ...content } = input;
    const saved = ballots.enterBallot({ electionId: row.electionId, ...content, note: note ? `${SCANNED_NOTE}; ${note}` : SCANNED_NOTE });
    if (!saved.ok) return saved;
    const operator = input.operator ?? '';
    store.decideScan(row.id, 'confirmed', { operator, at: ctx.now(), ballotUid: saved.value.uid, ballotNumber: saved.value.number, ...(note ? { note } : {}) });
    const election = store.getElection(row.electionId);
    const { operator: _o, teamId: _t, ...decided } = input;
    ctx.audit('scan.confirmed', { congressId: election?.congressId ?? null, electionId: row.electionId, operator }, { scanId: row.id, image: row.image, sha256: row.sha256, machine: machineReading(row.reading.reading), decided: { ...decided, count: 1 }, number: saved.value.number });
    return saved;
  }

  function setAside(row: ScanRow, reason: string, operator: string) {
    const election = ctx.requireEditableElection(row.electionId);
    if (!election.ok) return election;
    store.decideScan(row.id, 'set_aside', { operator, at: ctx.now(), note: reason });
    ctx.audit('scan.set_aside', { congressId: election.value.congressId, electionId: row.electionId, operator }, { scanId: row.id, image: row.image, sha256: row.sha256, machine: machineReading(row.reading.reading), reason });
    return ok(undefined);
  }

  return {
    /** A person's decision on an image the machine could not read with confidence: it counts as they entered it. */
    confirmScan: method(confirmScanInput, (input) =>
      inTransaction(store, () => {
        const scan = requireScan(input.scanId);
        if (!scan.ok) return scan;
        const row = scan.value;
        if (row.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, row.decision === 'refused' ? `Ảnh "${printableName(row.image)}" không phải phiếu đọc được của cuộc bầu này: không thể tính` : `Ảnh "${printableName(row.image)}" đã được quyết định rồi`, 'scanId');
        if (awaitsSamePaper(row)) return fail(ERROR_CODES.invalidInput, `Ảnh "${printableName(row.image)}" gần như trùng với một ảnh đã có: hãy trả lời "cùng một tờ phiếu?" trước`, 'scanId');
        const { scanId: _id, ...decided } = input;
        const saved = count(row, decided);
        if (!saved.ok) return saved;
        return ok({ scan: viewOf(store.getScan(row.id) as ScanRow), ballotId: saved.value.ballotId, number: saved.value.number, verdict: saved.value.verdict });
      }),
    ),

    /** A person decides an image is not a ballot to count (a reason is required); it stays kept. */
    setAsideScan: method(setAsideScanInput, (input) =>
      inTransaction(store, () => {
        const scan = requireScan(input.scanId);
        if (!scan.ok) return scan;
        const row = scan.value;
        if (row.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, `Ảnh "${printableName(row.image)}" đã được quyết định rồi`, 'scanId');
        const aside = setAside(row, input.reason, input.operator ?? '');
        if (!aside.ok) return aside;
        return ok({ scan: viewOf(store.getScan(row.id) as ScanRow) });
      }),
    ),

    /**
     * "Cùng một tờ phiếu?": a person's answer for a paper that looks the same as an earlier one.
     * The same paper: it is set aside, the reason kept. Another paper: it is counted as the machine
     * read it when it read it with confidence (the person saw the reading beside the image); else
     * it waits for the rest of their decision.
     */
    decideSamePaper: method(decideSamePaperInput, (input) =>
      inTransaction(store, () => {
        const scan = requireScan(input.scanId);
        if (!scan.ok) return scan;
        const row = scan.value;
        if (row.decision !== 'pending') return fail(ERROR_CODES.alreadyCorrected, `Ảnh "${printableName(row.image)}" đã được quyết định rồi`, 'scanId');
        const earlier = row.sameAs === null ? null : store.getScan(row.sameAs);
        if (!earlier || !awaitsSamePaper(row)) return fail(ERROR_CODES.invalidInput, `Ảnh "${printableName(row.image)}" không chờ câu trả lời "cùng một tờ phiếu?"`, 'scanId');
        const election = ctx.requireEditableElection(row.electionId);
        if (!election.ok) return election;
        const operator = input.operator ?? '';
        store.answerSamePaper(row.id, input.answer);
        let counted: { number: number; verdict: Verdict } | null = null;
        if (input.answer === 'same') {
          const aside = setAside(row, samePaperNote({ image: earlier.image, number: earlier.ballotNumber }), operator);
          if (!aside.ok) return aside;
        } else if (row.status === 'read') {
          const reading = row.reading.reading;
          const saved = count(row, { ...(reading.marks ? { marks: reading.marks } : { struck: reading.struck ?? [] }), teamId: input.teamId ?? null, operator });
          if (!saved.ok) return saved;
          counted = { number: saved.value.number, verdict: saved.value.verdict };
        }
        ctx.audit('scan.same_paper', { congressId: election.value.congressId, electionId: row.electionId, operator }, {
          scanId: row.id, image: row.image, sha256: row.sha256, machine: machineReading(row.reading.reading), answer: input.answer,
          earlier: { scanId: earlier.id, image: earlier.image, sha256: earlier.sha256, number: earlier.ballotNumber }, number: counted?.number ?? null,
        });
        return ok({ scan: viewOf(store.getScan(row.id) as ScanRow), number: counted?.number ?? null, verdict: counted?.verdict ?? null });
      }),
    ),
  };
}
