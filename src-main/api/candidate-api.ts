import { MAX_LIST_SIZE } from '../../shared/limits';
import { ERROR_CODES } from '../../shared/api/errors';
import { addCandidateInput, addCandidatesInput, candidateIdInput, reorderCandidatesInput, sortCandidatesInput, updateCandidateInput, withdrawCandidateInput } from '../../shared/api/inputs';
import { fail, ok, type AppErrorDetail, type Result } from '../../shared/result';
import { sortByVietnameseName } from '../../shared/text/vietnamese-collation';
import { nameMatchKey } from '../../shared/text/normalize';
import { validationError } from '../../shared/validation/issues';
import type { CandidateRow, ElectionRow } from '../db/store';
import { papersInUse, requireListUnfrozen } from '../services/printed-paper';
import { inTransaction, method, type ApiContext } from './context';

type CandidateFields = Pick<CandidateRow, 'name' | 'birthYear' | 'birthDate' | 'gender' | 'position' | 'note' | 'nomination'>;

/** `c01`, `c02`, …: the next key after the highest numbered one. */
export function nextCandidateKey(keys: readonly string[]): string {
  return candidateKey(highestKeyNumber(keys) + 1);
}

function highestKeyNumber(keys: readonly string[]): number {
  return keys.reduce((max, key) => Math.max(max, Number(/^c(\d+)$/.exec(key)?.[1] ?? 0)), 0);
}

function candidateKey(n: number): string {
  return `c${String(n).padStart(2, '0')}`;
}

/** People already listed, by the key their names match on: finds a duplicate in one lookup. */
class ListedPeople {
  private readonly byName = new Map<string, (number | null)[]>();

  add(person: { name: string; birthYear: number | null }): void {
    const key = nameMatchKey(person.name);
    const years = this.byName.get(key);
    if (years) years.push(person.birthYear);
    else this.byName.set(key, [person.birthYear]);
  }

  /** Someone listed with this name, unless both birth years are known and differ (sameIdentity). */
  has(person: { name: string; birthYear: number | null }): boolean {
    return (this.byName.get(nameMatchKey(person.name)) ?? []).some((year) => year === null || person.birthYear === null || year === person.birthYear);
  }
}

/** Two people may share a name only when their birth years tell them apart. */
function sameIdentity(a: { name: string; birthYear: number | null }, b: { name: string; birthYear: number | null }): boolean {
  return nameMatchKey(a.name) === nameMatchKey(b.name) && (a.birthYear === null || b.birthYear === null || a.birthYear === b.birthYear);
}

function duplicateMessage(name: string): string {
  return `Đã có "${name}" trong danh sách; nếu là hai người trùng tên, hãy ghi năm sinh để phân biệt`;
}

function fieldsOf(input: Partial<CandidateFields> & { name: string }): CandidateFields {
  return { name: input.name, birthYear: input.birthYear ?? null, birthDate: input.birthDate ?? null, gender: input.gender ?? null, position: input.position ?? null, note: input.note ?? null, nomination: input.nomination ?? null };
}

export function candidateApi(ctx: ApiContext) {
  const { store } = ctx;

  /** The list may change only while the election is open, before its papers are printed and before any ballot is entered (RULES R1). */
  function requireListEditable(electionId: number): Result<ElectionRow> {
    const election = ctx.requireEditableElection(electionId);
    if (!election.ok) return election;
    return requireListUnfrozen(store, election.value);
  }

  function requireCandidate(candidateId: number): Result<CandidateRow> {
    const candidate = store.getCandidate(candidateId);
    return candidate ? ok(candidate) : fail(ERROR_CODES.notFound, `Không tìm thấy ứng cử viên số ${candidateId}`, 'candidateId');
  }

  function insertAll(election: ElectionRow, newcomers: readonly CandidateFields[], operator: string | undefined): Result<{ candidateIds: number[]; keys: string[] }> {
    const existing = store.listCandidates(election.id);
    if (existing.length + newcomers.length > MAX_LIST_SIZE) {
      return fail(ERROR_CODES.invalidInput, `Danh sách một cuộc bầu có tối đa ${MAX_LIST_SIZE.toLocaleString('vi-VN')} người; đã có ${existing.length}, chỉ thêm được ${MAX_LIST_SIZE - existing.length} người nữa (đang thêm ${newcomers.length})`, newcomers.length === 1 ? 'name' : 'candidates');
    }
    const listed = new ListedPeople();
    for (const person of existing) listed.add(person);
    const adding = new ListedPeople();
    const details: AppErrorDetail[] = [];
    newcomers.forEach((candidate, i) => {
      const path = newcomers.length === 1 ? 'name' : `candidates[${i}].name`;
      if (listed.has(candidate)) details.push({ path, message: duplicateMessage(candidate.name) });
      else if (adding.has(candidate)) details.push({ path, message: `"${candidate.name}" có hai lần trong danh sách đang thêm` });
      adding.add(candidate);
    });
    if (details.length > 0) return { ok: false, error: validationError(ERROR_CODES.duplicate, details) };
    return inTransaction(store, () => {
      let number = highestKeyNumber(existing.map((c) => c.key));
      let order = existing.reduce((max, c) => Math.max(max, c.ballotOrder), -1);
      const candidateIds: number[] = [];
      const added: string[] = [];
      for (const candidate of newcomers) {
        const key = candidateKey(++number);
        added.push(key);
        const row = { electionId: election.id, key, ballotOrder: ++order, withdrawn: false, onPaper: false, withdrawnAt: null, ...candidate };
        candidateIds.push(store.insertCandidate(row));
        ctx.audit('candidate.added', { congressId: election.congressId, electionId: election.id, operator }, row);
      }
      return ok({ candidateIds, keys: added });
    });
  }

  return {
    addCandidate: method(addCandidateInput, (input) => {
      const election = requireListEditable(input.electionId);
      if (!election.ok) return election;
      const added = insertAll(election.value, [fieldsOf(input)], input.operator);
      return added.ok ? ok({ candidateId: added.value.candidateIds[0] as number, key: added.value.keys[0] as string }) : added;
    }),

    /** Typed or pasted names, many at once, all or none. */
    addCandidates: method(addCandidatesInput, (input) => {
      const election = requireListEditable(input.electionId);
      if (!election.ok) return election;
      return insertAll(election.value, input.candidates.map(fieldsOf), input.operator);
    }),

    updateCandidate: method(updateCandidateInput, (input) => {
      const found = requireCandidate(input.candidateId);
      if (!found.ok) return found;
      const before = found.value;
      const election = ctx.requireEditableElection(before.electionId);
      if (!election.ok) return election;
      const { candidateId, operator, ...changes } = input;
      const after = { name: changes.name ?? before.name, birthYear: changes.birthYear === undefined ? before.birthYear : changes.birthYear };
      if (store.listCandidates(before.electionId).some((other) => other.id !== before.id && sameIdentity(other, after))) {
        return fail(ERROR_CODES.duplicate, duplicateMessage(after.name), 'name');
      }
      return inTransaction(store, () => {
        store.updateCandidate(candidateId, changes);
        ctx.audit('candidate.updated', { congressId: election.value.congressId, electionId: before.electionId, operator }, { key: before.key, before, changes });
        return ok({ candidateId });
      });
    }),

    removeCandidate: method(candidateIdInput, (input) => {
      const found = requireCandidate(input.candidateId);
      if (!found.ok) return found;
      const election = requireListEditable(found.value.electionId);
      if (!election.ok) return election;
      return inTransaction(store, () => {
        store.deleteCandidate(input.candidateId);
        ctx.audit('candidate.removed', { congressId: election.value.congressId, electionId: election.value.id, operator: input.operator }, { ...found.value });
        return ok({ candidateId: input.candidateId });
      });
    }),

    /**
     * RULES R7: a withdrawn candidate stays in the record, marked. Before the papers exist (not
     * printed, no paper in use) the name leaves the paper and the others are numbered again; after
     * (RULES R1, "the paper as printed") it stays on the paper at its number, struck, and never gets
     * a vote: the papers already entered are counted again so. A name not on the papers cannot come
     * back without printing again; a name a team reported votes for cannot withdraw until the totals
     * are mended.
     */
    withdrawCandidate: method(withdrawCandidateInput, (input) => {
      const found = requireCandidate(input.candidateId);
      if (!found.ok) return found;
      const candidate = found.value;
      const election = ctx.requireEditableElection(candidate.electionId);
      if (!election.ok) return election;
      const printing = store.currentPrinting(candidate.electionId);
      const inUse = papersInUse(store, candidate.electionId);
      const papersExist = printing !== null || inUse;
      if (!input.withdrawn && papersExist && candidate.withdrawn && !candidate.onPaper) {
        const why = printing ? `phiếu đã in (lần in ${printing.number})` : 'phiếu bầu đang dùng (đã có phiếu được nhập)';
        return fail(printing ? ERROR_CODES.ballotsPrinted : ERROR_CODES.hasBallots, `Tên ${candidate.name} không có trên ${why}: muốn đưa lại vào danh sách phải "In lại phiếu: lần in mới", khi chưa nhập phiếu nào`, 'candidateId');
      }
      if (input.withdrawn === candidate.withdrawn) return ok({ candidateId: input.candidateId });
      if (input.withdrawn && inUse) {
        const reported = store.listTeamTotals(candidate.electionId).filter((t) => (t.votes[candidate.key] ?? 0) > 0);
        if (reported.length > 0) return fail(ERROR_CODES.hasBallots, `${reported.map((t) => `Tổ "${t.teamName}" đã báo ${t.votes[candidate.key]} phiếu`).join('; ')} cho đồng chí ${candidate.name}: người đã rút không được tính phiếu, hãy sửa số tổng hợp của tổ trước`, 'candidateId');
      }
      const onPaper = input.withdrawn && papersExist;
      const at = ctx.now();
      return inTransaction(store, () => {
        store.updateCandidate(input.candidateId, { withdrawn: input.withdrawn, onPaper, withdrawnAt: input.withdrawn ? at : null });
        const payload = { key: candidate.key, name: candidate.name, reason: input.reason ?? null };
        const scope = { congressId: election.value.congressId, electionId: election.value.id, operator: input.operator };
        if (input.withdrawn) ctx.audit('candidate.withdrawn', scope, { ...payload, onPaper, printing: printing?.number ?? null, papersInUse: inUse });
        else ctx.audit('candidate.reinstated', scope, payload);
        return ok({ candidateId: input.candidateId });
      });
    }),

    /** RULES R8: ABC order by given name, family name, middle name, earlier birth. */
    sortCandidatesAbc: method(sortCandidatesInput, (input) => {
      const election = requireListEditable(input.electionId);
      if (!election.ok) return election;
      const sorted = sortByVietnameseName(store.listCandidates(input.electionId));
      return inTransaction(store, () => {
        sorted.forEach((c, i) => store.updateCandidate(c.id, { ballotOrder: i }));
        ctx.audit('candidates.sorted', { congressId: election.value.congressId, electionId: input.electionId, operator: input.operator }, { order: sorted.map((c) => c.key) });
        return ok({ order: sorted.map((c) => c.id) });
      });
    }),

    /** The order fixed by hand: every candidate of the election, each once. */
    reorderCandidates: method(reorderCandidatesInput, (input) => {
      const election = requireListEditable(input.electionId);
      if (!election.ok) return election;
      const candidates = store.listCandidates(input.electionId);
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const distinct = new Set(input.candidateIds);
      if (distinct.size !== input.candidateIds.length || distinct.size !== candidates.length || input.candidateIds.some((id) => !byId.has(id))) {
        return fail(ERROR_CODES.invalidInput, 'Thứ tự mới phải gồm mỗi ứng cử viên của cuộc bầu đúng một lần', 'candidateIds');
      }
      return inTransaction(store, () => {
        input.candidateIds.forEach((id, i) => store.updateCandidate(id, { ballotOrder: i }));
        ctx.audit('candidates.reordered', { congressId: election.value.congressId, electionId: input.electionId, operator: input.operator }, { order: input.candidateIds.map((id) => byId.get(id)?.key) });
        return ok({ order: input.candidateIds });
      });
    }),
  };
}
