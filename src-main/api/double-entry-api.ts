import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/api/errors';
import { abandonBatchInput, batchIdInput, batchReadingInput, closeBatchInput, createBatchInput, doubleEntryReportInput, finishPassInput, resolveDifferenceInput } from '../../shared/api/teams-inputs';
import { readingKey, readingText, type PaperLayout } from '../../shared/double-entry/reading';
import { electionPaperFileName } from '../../shared/minutes/file-name';
import { fail, ok, type Result } from '../../shared/result';
import { judgeBallot } from '../../shared/rules/validity';
import { nameMatchKey } from '../../shared/text/normalize';
import { ballotRecordFromEntry, checkBallotEntry, type BallotEntryLike } from '../../shared/validation/ballot-entry';
import { validationError } from '../../shared/validation/issues';
import type { BallotSelection, BatchReadingRow, BatchRow, ElectionRow } from '../db/store';
import { choiceOfRow, contextOf, listedCandidates } from '../services/election-data';
import { discrepancyCsv } from '../services/discrepancy-report';
import { inTransaction, method, type ApiContext } from './context';

type ReadingContent = Pick<z.output<typeof batchReadingInput>, 'kept' | 'struck' | 'marks' | 'invalid' | 'note'>;

export const DOUBLE_ENTRY_ERRORS = { sameOperator: ERROR_CODES.sameOperator, passTaken: ERROR_CODES.passTaken, passFinished: ERROR_CODES.passFinished, passIncomplete: ERROR_CODES.passIncomplete, notCompared: ERROR_CODES.notCompared, unresolved: ERROR_CODES.unresolved, batchClosed: ERROR_CODES.batchClosed } as const;

/** A reading as the congress file writes a ballot (kept / struck / marks, a ruling, a note). */
export function entryOfReading(row: Pick<BatchReadingRow, 'kind' | 'selection' | 'ruling' | 'note'>): BallotEntryLike {
  const choice = choiceOfRow(row);
  return {
    ...(choice.kind === 'kept' ? { kept: choice.ids } : choice.kind === 'struck' ? { struck: choice.ids } : choice.kind === 'marks' ? { marks: choice.marks } : {}),
    ...(row.ruling !== null ? { invalid: row.ruling } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
  };
}

function otherPass(pass: 1 | 2): 1 | 2 {
  return pass === 1 ? 2 : 1;
}

function passOperator(batch: BatchRow, pass: 1 | 2): string | null {
  return pass === 1 ? batch.pass1Operator : batch.pass2Operator;
}

function passFinished(batch: BatchRow, pass: 1 | 2): boolean {
  return (pass === 1 ? batch.pass1FinishedAt : batch.pass2FinishedAt) !== null;
}

/**
 * Double entry (nhập đối chứng), after Tally-Ho's two clerks: a stack of ballots is read twice by
 * two different operators, each without seeing the other's reading; the differences are shown
 * side by side, each is resolved (pass 1, pass 2, or read again), and only then does the stack
 * count: reconciling writes its agreed readings as ballots, in one transaction.
 */
export function doubleEntryApi(ctx: ApiContext) {
  const { store } = ctx;

  function requireBatch(batchId: number): Result<BatchRow> {
    const batch = store.getBatch(batchId);
    return batch ? ok(batch) : fail(ERROR_CODES.notFound, `Không tìm thấy chồng phiếu số ${batchId}`, 'batchId');
  }

  /** The stack, while it is open and its election may still change. */
  function requireOpenBatch(batchId: number): Result<{ batch: BatchRow; election: ElectionRow }> {
    const batch = requireBatch(batchId);
    if (!batch.ok) return batch;
    if (batch.value.status !== 'open') return fail(DOUBLE_ENTRY_ERRORS.batchClosed, `Chồng phiếu "${batch.value.label}" đã ${batch.value.status === 'reconciled' ? 'đối chiếu xong' : 'bị bỏ'}: không thay đổi được nữa`, 'batchId');
    const election = ctx.requireEditableElection(batch.value.electionId);
    if (!election.ok) return election;
    return ok({ batch: batch.value, election: election.value });
  }

  /** The stack and its election, while this pass is open to this operator. */
  function requireOpenPass(batchId: number, pass: 1 | 2, operator: string): Result<{ batch: BatchRow; election: ElectionRow }> {
    const found = requireOpenBatch(batchId);
    if (!found.ok) return found;
    const { batch } = found.value;
    if (passFinished(batch, pass)) return fail(DOUBLE_ENTRY_ERRORS.passFinished, `Lượt ${pass} của chồng "${batch.label}" đã kết thúc`, 'pass');
    const allowed = checkOperator(batch, pass, operator);
    return allowed.ok ? found : allowed;
  }

  function layoutOf(election: ElectionRow) {
    const candidates = store.listCandidates(election.id);
    const context = contextOf(election, candidates);
    return { candidates, context, layout: { format: context.format, listIds: context.listIds } as PaperLayout };
  }

  /** A reading is refused as a ballot would be: an unknown or repeated name, marks on a strike-out ballot… */
  function checkReading(election: ElectionRow, content: ReadingContent): Result<Omit<BatchReadingRow, 'batchId' | 'pass' | 'position' | 'resolution' | 'operator' | 'enteredAt'>> {
    const { candidates, context } = layoutOf(election);
    const details = checkBallotEntry(content, listedCandidates(candidates), context.format);
    if (details.length > 0) return { ok: false, error: validationError(ERROR_CODES.invalidInput, details) };
    const { choice, ruling } = ballotRecordFromEntry(content);
    const selection: BallotSelection = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids] : choice.kind === 'marks' ? { ...choice.marks } : null;
    return ok({ kind: choice.kind, selection, ruling, note: content.note || null });
  }

  /** One operator per pass, and not the same person for both. */
  function checkOperator(batch: BatchRow, pass: 1 | 2, operator: string): Result<null> {
    const own = passOperator(batch, pass);
    const other = passOperator(batch, otherPass(pass));
    if (own !== null && nameMatchKey(own) !== nameMatchKey(operator)) return fail(DOUBLE_ENTRY_ERRORS.passTaken, `Lượt ${pass} của chồng "${batch.label}" do ${own} nhập: ${operator} không nhập tiếp lượt này được`, 'operator');
    if (other !== null && nameMatchKey(other) === nameMatchKey(operator)) return fail(DOUBLE_ENTRY_ERRORS.sameOperator, `${operator} đã nhập lượt ${otherPass(pass)}: lượt ${pass} phải do một người khác nhập, không xem lượt kia`, 'operator');
    return ok(null);
  }

  function readingView(row: BatchReadingRow, election: ElectionRow) {
    const { context, layout } = layoutOf(election);
    const entry = entryOfReading(row);
    const record = ballotRecordFromEntry(entry);
    return { position: row.position, pass: row.pass, ...entry, text: readingText(entry, layout), verdict: judgeBallot(record.choice, record.ruling, context), operator: row.operator, enteredAt: row.enteredAt, resolution: row.resolution };
  }

  /** Who and where an audit event of a stack concerns, and which stack. */
  function audit(kind: 'batch.reading' | 'batch.resolved' | 'batch.pass_finished' | 'batch.reconciled' | 'batch.abandoned', batch: BatchRow, election: ElectionRow, operator: string, details: Record<string, unknown>) {
    ctx.audit(kind, { congressId: election.congressId, electionId: election.id, operator }, { batchId: batch.id, label: batch.label, teamId: batch.teamId, ...details });
  }

  function saveReading(kind: 'batch.reading' | 'batch.resolved', batch: BatchRow, election: ElectionRow, row: BatchReadingRow, details: Record<string, unknown>) {
    store.putReading(row);
    audit(kind, batch, election, row.operator, { position: row.position, ...details, reading: entryOfReading(row) });
    return ok(readingView(row, election));
  }

  /** Positions side by side, when both passes are finished. */
  function comparison(batch: BatchRow, election: ElectionRow) {
    const { layout } = layoutOf(election);
    const byPass = new Map<number, Map<number, BatchReadingRow>>([[1, new Map()], [2, new Map()], [3, new Map()]]);
    for (const row of store.listReadings(batch.id)) byPass.get(row.pass)?.set(row.position, row);
    const rows = Array.from({ length: batch.size }, (_, i) => {
      const position = i + 1;
      const first = byPass.get(1)?.get(position);
      const second = byPass.get(2)?.get(position);
      const resolved = byPass.get(3)?.get(position);
      const same = first !== undefined && second !== undefined && readingKey(entryOfReading(first), layout) === readingKey(entryOfReading(second), layout);
      return { position, first, second, resolved, same };
    });
    return rows;
  }

  function summary(batch: BatchRow) {
    const counts = [1, 2].map((pass) => store.listReadings(batch.id, pass as 1 | 2).length);
    const compared = batch.pass1FinishedAt !== null && batch.pass2FinishedAt !== null;
    let differences: number | null = null;
    let unresolved: number | null = null;
    if (compared) {
      const election = store.getElection(batch.electionId) as ElectionRow;
      const rows = comparison(batch, election).filter((r) => !r.same);
      differences = rows.length;
      unresolved = rows.filter((r) => r.resolved === undefined).length;
    }
    return { ...batch, pass1Entered: counts[0] as number, pass2Entered: counts[1] as number, compared, differences, unresolved };
  }

  return {
    createBatch: method(createBatchInput, (input) =>
      inTransaction(store, () => {
        const found = ctx.requireEditableElection(input.electionId);
        if (!found.ok) return found;
        const election = found.value;
        if (input.teamId != null) {
          const team = ctx.requireTeam(input.teamId, election.congressId);
          if (!team.ok) return team;
        }
        if (store.findBatchByLabel(election.id, input.label)) return fail(ERROR_CODES.duplicate, `Đã có chồng phiếu "${input.label}" trong cuộc bầu này`, 'label');
        const batchId = store.insertBatch({ electionId: election.id, teamId: input.teamId ?? null, label: input.label, size: input.size, createdBy: input.operator ?? '', createdAt: ctx.now() });
        ctx.audit('batch.created', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { batchId, label: input.label, size: input.size, teamId: input.teamId ?? null });
        return ok({ batchId });
      }),
    ),

    listBatches: method(doubleEntryReportInput, ({ electionId }) => {
      const election = ctx.requireElection(electionId);
      if (!election.ok) return election;
      return ok(store.listBatches(electionId).map(summary));
    }),

    getBatch: method(batchIdInput, ({ batchId }) => {
      const batch = requireBatch(batchId);
      return batch.ok ? ok(summary(batch.value)) : batch;
    }),

    /** One pass's own readings, for its operator only: the other pass stays unseen until both are finished. */
    batchPass: method(finishPassInput, (input) => {
      const batch = requireBatch(input.batchId);
      if (!batch.ok) return batch;
      const allowed = checkOperator(batch.value, input.pass, input.operator);
      if (!allowed.ok) return allowed;
      const election = store.getElection(batch.value.electionId) as ElectionRow;
      return ok({ batch: summary(batch.value), readings: store.listReadings(batch.value.id, input.pass).map((r) => readingView(r, election)) });
    }),

    /** One paper of the stack as one operator reads it; typing a position again replaces it until the pass is finished. */
    enterReading: method(batchReadingInput, (input) =>
      inTransaction(store, () => {
        const found = requireOpenPass(input.batchId, input.pass, input.operator);
        if (!found.ok) return found;
        const { batch, election } = found.value;
        if (input.position > batch.size) return fail(ERROR_CODES.invalidInput, `Chồng "${batch.label}" có ${batch.size} phiếu, không có phiếu thứ ${input.position}`, 'position');
        const reading = checkReading(election, input);
        if (!reading.ok) return reading;
        if (passOperator(batch, input.pass) === null) store.updateBatch(batch.id, input.pass === 1 ? { pass1Operator: input.operator } : { pass2Operator: input.operator });
        const before = store.listReadings(batch.id, input.pass).find((r) => r.position === input.position) ?? null;
        const row: BatchReadingRow = { batchId: batch.id, pass: input.pass, position: input.position, ...reading.value, resolution: null, operator: input.operator, enteredAt: ctx.now() };
        return saveReading('batch.reading', batch, election, row, { pass: input.pass, replaced: before ? entryOfReading(before) : null });
      }),
    ),

    finishPass: method(finishPassInput, (input) =>
      inTransaction(store, () => {
        const found = requireOpenPass(input.batchId, input.pass, input.operator);
        if (!found.ok) return found;
        const { batch, election } = found.value;
        const entered = new Set(store.listReadings(batch.id, input.pass).map((r) => r.position));
        const missing = Array.from({ length: batch.size }, (_, i) => i + 1).filter((p) => !entered.has(p));
        if (missing.length > 0) return fail(DOUBLE_ENTRY_ERRORS.passIncomplete, `Lượt ${input.pass} còn ${missing.length} phiếu chưa nhập (phiếu thứ ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''})`, 'pass');
        const at = ctx.now();
        store.updateBatch(batch.id, input.pass === 1 ? { pass1FinishedAt: at } : { pass2FinishedAt: at });
        audit('batch.pass_finished', batch, election, input.operator, { pass: input.pass });
        return ok(summary(store.getBatch(batch.id) as BatchRow));
      }),
    ),

    /** The two readings of every paper side by side, once both passes are finished. */
    compareBatch: method(batchIdInput, ({ batchId }) => {
      const batch = requireBatch(batchId);
      if (!batch.ok) return batch;
      if (batch.value.pass1FinishedAt === null || batch.value.pass2FinishedAt === null) return fail(DOUBLE_ENTRY_ERRORS.notCompared, `Chồng "${batch.value.label}": cả hai lượt phải nhập xong mới so sánh được`);
      const election = store.getElection(batch.value.electionId) as ElectionRow;
      const rows = comparison(batch.value, election).map((r) => ({
        position: r.position, same: r.same,
        first: r.first ? readingView(r.first, election) : null, second: r.second ? readingView(r.second, election) : null, resolved: r.resolved ? readingView(r.resolved, election) : null,
      }));
      return ok({ batch: summary(batch.value), rows });
    }),

    /** A difference settled: the reading of pass 1, of pass 2, or the paper read again. */
    resolveDifference: method(resolveDifferenceInput, (input) =>
      inTransaction(store, () => {
        const found = requireOpenBatch(input.batchId);
        if (!found.ok) return found;
        const { batch, election } = found.value;
        if (batch.pass1FinishedAt === null || batch.pass2FinishedAt === null) return fail(DOUBLE_ENTRY_ERRORS.notCompared, `Chồng "${batch.label}": cả hai lượt phải nhập xong mới đối chiếu được`);
        const row = comparison(batch, election).find((r) => r.position === input.position);
        if (!row) return fail(ERROR_CODES.invalidInput, `Chồng "${batch.label}" không có phiếu thứ ${input.position}`, 'position');
        if (row.same) return fail(ERROR_CODES.invalidInput, `Phiếu thứ ${input.position}: hai lượt nhập giống nhau, không có gì phải đối chiếu`, 'position');
        let content: ReadingContent;
        if (input.choice === 'reentered') content = input;
        else content = entryOfReading((input.choice === 'pass1' ? row.first : row.second) as BatchReadingRow) as ReadingContent;
        const reading = checkReading(election, content);
        if (!reading.ok) return reading;
        const resolved: BatchReadingRow = { batchId: batch.id, pass: 3, position: input.position, ...reading.value, resolution: input.choice, operator: input.operator, enteredAt: ctx.now() };
        return saveReading('batch.resolved', batch, election, resolved, { choice: input.choice });
      }),
    ),

    /** Only a reconciled stack counts: its agreed readings become ballots, all in this transaction. */
    reconcileBatch: method(closeBatchInput, (input) =>
      inTransaction(store, () => {
        const found = requireOpenBatch(input.batchId);
        if (!found.ok) return found;
        const { batch, election } = found.value;
        if (batch.pass1FinishedAt === null || batch.pass2FinishedAt === null) return fail(DOUBLE_ENTRY_ERRORS.notCompared, `Chồng "${batch.label}": cả hai lượt phải nhập xong trước khi đối chiếu`);
        const rows = comparison(batch, election);
        const unresolved = rows.filter((r) => !r.same && r.resolved === undefined);
        if (unresolved.length > 0) return fail(DOUBLE_ENTRY_ERRORS.unresolved, `Chồng "${batch.label}" còn ${unresolved.length} phiếu hai lượt nhập khác nhau chưa đối chiếu (phiếu thứ ${unresolved.slice(0, 10).map((r) => r.position).join(', ')})`);
        const operator = `${batch.pass1Operator} / ${batch.pass2Operator}`;
        const now = ctx.now();
        const { result: numbers, written } = store.recordingWrites(() =>
          rows.map((r) => {
            const agreed = (r.same ? r.first : r.resolved) as BatchReadingRow;
            return store.insertBallot({ electionId: election.id, uid: ctx.newId(), version: 1, supersedes: null, teamId: batch.teamId, count: 1, kind: agreed.kind, selection: agreed.selection, ruling: agreed.ruling, note: agreed.note ?? (r.same ? (r.second?.note ?? null) : null), operator, enteredAt: now }).number;
          }),
        );
        store.updateBatch(batch.id, { status: 'reconciled', closedBy: input.operator, closedAt: now });
        const differences = rows.filter((r) => !r.same).length;
        audit('batch.reconciled', batch, election, input.operator, { size: batch.size, differences, numbers: [numbers[0], numbers[numbers.length - 1]], written });
        return ok({ batchId: batch.id, ballots: numbers.length, differences, numbers: [numbers[0] as number, numbers[numbers.length - 1] as number] as const });
      }),
    ),

    /** A stack set aside (counted wrong, mixed up): its readings stay in the log and never count. */
    abandonBatch: method(abandonBatchInput, (input) =>
      inTransaction(store, () => {
        const found = requireOpenBatch(input.batchId);
        if (!found.ok) return found;
        const { batch, election } = found.value;
        store.updateBatch(batch.id, { status: 'abandoned', closedBy: input.operator, closedAt: ctx.now(), closeNote: input.reason });
        audit('batch.abandoned', batch, election, input.operator, { reason: input.reason });
        return ok({ batchId: batch.id });
      }),
    ),

    /** The discrepancy report for the minutes' file: every stack, every difference and how it was settled. */
    doubleEntryReport: method(doubleEntryReportInput, ({ electionId }) => {
      const found = ctx.requireElection(electionId);
      if (!found.ok) return found;
      const election = found.value;
      const batches = store.listBatches(electionId).map((batch) => {
        const compared = batch.pass1FinishedAt !== null && batch.pass2FinishedAt !== null;
        const differences = compared
          ? comparison(batch, election)
              .filter((r) => !r.same)
              .map((r) => ({ position: r.position, first: readingView(r.first as BatchReadingRow, election), second: readingView(r.second as BatchReadingRow, election), resolved: r.resolved ? readingView(r.resolved, election) : null }))
          : [];
        return { ...summary(batch), differences };
      });
      return ok({ electionId, title: election.title, fileName: electionPaperFileName('chenh-lech-nhap-doi-chung', election, 'csv'), batches, csv: discrepancyCsv(election.title, batches) });
    }),
  };
}
