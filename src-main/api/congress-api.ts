import { assemblyWords } from '../../shared/minutes/wording';
import { presentExceedsSummoned } from '../../shared/validation/fields';
import { ERROR_CODES } from '../../shared/api/errors';
import { congressIdInput, createCongressInput, createTeamInput, renameTeamInput, setChairPinInput, updateCongressInput } from '../../shared/api/inputs';
import { congressBase } from '../../shared/rules/base';
import { fail, ok, type Result } from '../../shared/result';
import { hashPin, pinHashCommitment } from '../services/chair-pin';
import { newCongressKey } from '../services/packages';
import { checkChairPin } from './chair-pin-guard';
import { stationTeamOf } from '../services/station-packages';
import { inTransaction, method, type ApiContext } from './context';
import { largestEntered } from './paper-bounds';
import { boundBelowEntered, paperBound } from '../../shared/validation/paper-bounds';
import type { z } from 'zod';
import type { CongressRow } from '../db/store';
import { congressView } from './views';

function checkBase(summoned: number, exclusions: readonly { count: number }[]): Result<number> {
  const base = congressBase(summoned, exclusions.map((e) => ({ reason: '', count: e.count })));
  if (base <= 0) return fail(ERROR_CODES.invalidInput, `Số cơ sở tính kết quả (triệu tập ${summoned} trừ các trường hợp loại trừ) phải lớn hơn 0, đang là ${base}`, 'exclusions');
  return ok(base);
}

type CongressInput = z.output<typeof updateCongressInput>;

/** The fields of a congress its minutes print, named as the setup screen names them. */
const FIELD_LABELS = { name: 'tên đại hội', organization: 'đảng bộ', term: 'nhiệm kỳ', place: 'địa điểm', date: 'ngày', kind: 'loại đại hội', meeting: 'hội nghị lần thứ', summoned: 'số triệu tập', present: 'số có mặt', exclusions: 'các trường hợp loại trừ', countingCommittee: 'Ban kiểm phiếu' } as const;
type CongressField = keyof typeof FIELD_LABELS;

/** The fields the input would really change (saving the form unchanged changes nothing). */
function changedCongressFields(input: CongressInput, before: CongressRow, exclusions: readonly { reason: string; count: number }[], committee: readonly { name: string; role: string | null }[]): CongressField[] {
  const changed: CongressField[] = [];
  for (const key of ['name', 'organization', 'term', 'place', 'date', 'kind', 'meeting', 'summoned', 'present'] as const) {
    if (input[key] !== undefined && (input[key] ?? null) !== before[key]) changed.push(key);
  }
  if (input.exclusions !== undefined && JSON.stringify(input.exclusions.map((e) => [e.reason, e.count])) !== JSON.stringify(exclusions.map((e) => [e.reason, e.count]))) changed.push('exclusions');
  if (input.countingCommittee !== undefined && JSON.stringify(input.countingCommittee.map((m) => [m.name, m.role ?? null])) !== JSON.stringify(committee.map((m) => [m.name, m.role]))) changed.push('countingCommittee');
  return changed;
}

export function congressApi(ctx: ApiContext) {
  const { store } = ctx;
  return {
    listCongresses: () => ok(store.listCongresses().map((c) => ({ id: c.id, name: c.name, date: c.date }))),

    getCongress: method(congressIdInput, ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      return congress.ok ? ok(congressView(store, congress.value)) : congress;
    }),

    createCongress: method(createCongressInput, (input) => {
      const base = checkBase(input.summoned, input.exclusions ?? []);
      if (!base.ok) return base;
      return inTransaction(store, () => {
        const chairPinHash = input.chairPin ? hashPin(input.chairPin) : null;
        const congressId = store.insertCongress({
          name: input.name, organization: input.organization ?? null, term: input.term ?? null, place: input.place ?? null, date: input.date ?? null,
          kind: input.kind, meeting: input.meeting ?? null, summoned: input.summoned, present: input.present ?? null, chairPinHash, createdAt: ctx.now(),
        });
        store.replaceExclusions(congressId, input.exclusions ?? []);
        store.replaceCountingCommittee(congressId, (input.countingCommittee ?? []).map((m) => ({ name: m.name, role: m.role ?? null })));
        store.insertCongressIdentity({ congressId, ...newCongressKey(), createdAt: ctx.now() });
        const { chairPin, operator, ...recorded } = input;
        ctx.audit('congress.created', { congressId, operator }, { ...recorded, chairPinSet: chairPin !== undefined, chairPinCommitment: pinHashCommitment(chairPinHash) });
        return ok({ congressId });
      });
    }),

    /** The minutes of a locked election print every field of its congress: none may change while one is locked. */
    updateCongress: method(updateCongressInput, (input) => {
      const found = ctx.requireCongress(input.congressId);
      if (!found.ok) return found;
      const before = found.value;
      const beforeExclusions = store.getExclusions(before.id);
      const summoned = input.summoned ?? before.summoned;
      const exclusions = input.exclusions ?? beforeExclusions;
      const base = checkBase(summoned, exclusions);
      if (!base.ok) return base;
      const attendance = presentExceedsSummoned(summoned, input.present === undefined ? before.present : input.present);
      if (attendance) return fail(ERROR_CODES.invalidInput, attendance.charAt(0).toUpperCase() + attendance.slice(1), 'present');
      // RULES R4 item 6: what was entered in an election without declared ballots returned stays within those summoned.
      if (input.summoned !== undefined && input.summoned < before.summoned) {
        for (const election of store.listElections(before.id)) {
          const below = boundBelowEntered(paperBound(election.ballotsReturned, input.summoned), largestEntered(ctx, election.id));
          if (below) return fail(ERROR_CODES.invalidInput, `Không đổi được số được triệu tập: trong "${election.title}" ${below}`, 'summoned');
        }
      }
      const changed = changedCongressFields(input, before, beforeExclusions, store.getCountingCommittee(before.id));
      const locked = store.listElections(before.id).find((e) => e.status === 'locked');
      if (locked && changed.length > 0) {
        return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${locked.title}" đã chốt kết quả: biên bản của cuộc bầu đó ghi các thông tin của ${assemblyWords(before.kind).body}, nên không thể sửa ${changed.map((key) => FIELD_LABELS[key]).join(', ')}. Muốn sửa, ${assemblyWords(before.kind).chair} phải mở khóa cuộc bầu (cần mã PIN và lý do).`, changed[0]);
      }
      return inTransaction(store, () => {
        const { congressId, operator, exclusions: newExclusions, countingCommittee, ...fields } = input;
        store.updateCongress(congressId, fields);
        if (newExclusions !== undefined) store.replaceExclusions(congressId, newExclusions);
        if (countingCommittee !== undefined) store.replaceCountingCommittee(congressId, countingCommittee.map((m) => ({ name: m.name, role: m.role ?? null })));
        const { chairPinHash: _hash, ...beforeRecorded } = before;
        ctx.audit('congress.updated', { congressId, operator }, { before: { ...beforeRecorded, exclusions: beforeExclusions }, changes: { ...fields, exclusions: newExclusions, countingCommittee } });
        return ok({ congressId });
      });
    }),

    /** Changing a PIN asks for the current one, under the same limit of wrong tries as unlocking. */
    setChairPin: method(setChairPinInput, (input) => {
      const found = ctx.requireCongress(input.congressId);
      if (!found.ok) return found;
      const current = found.value.chairPinHash;
      if (current !== null && !input.currentPin) return fail(ERROR_CODES.wrongPin, 'Hãy nhập mã PIN hiện tại', 'currentPin');
      return store.transaction(() => {
        if (current !== null) {
          const accepted = checkChairPin(ctx, { ...found.value, chairPinHash: current }, input.currentPin ?? '', { action: 'change_pin', path: 'currentPin', operator: input.operator });
          if (!accepted.ok) return accepted;
        }
        // A rehash during the check may have replaced the stored hash: the one replaced now is read again.
        const replaced = store.getCongress(input.congressId)?.chairPinHash ?? null;
        const chairPinHash = hashPin(input.pin);
        store.updateCongress(input.congressId, { chairPinHash });
        ctx.audit('congress.pin_set', { congressId: input.congressId, operator: input.operator }, { replaced: current !== null, before: pinHashCommitment(replaced), commitment: pinHashCommitment(chairPinHash) });
        return ok({ congressId: input.congressId });
      });
    }),

    createTeam: method(createTeamInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      if (store.findTeamByName(input.congressId, input.name)) return fail(ERROR_CODES.duplicate, `Đã có tổ kiểm phiếu "${input.name}"`, 'name');
      const own = stationTeamOf(store, input.congressId);
      if (own !== null) return fail(ERROR_CODES.invalidInput, `Máy trạm này chỉ kiểm phiếu cho "${own}" (hồ sơ tạo từ gói thiết lập của tổ này): không thêm tổ khác được`, 'name');
      return inTransaction(store, () => {
        const teamId = store.insertTeam(input.congressId, input.name);
        ctx.audit('team.created', { congressId: input.congressId, operator: input.operator }, { teamId, name: input.name });
        return ok({ teamId });
      });
    }),

    renameTeam: method(renameTeamInput, (input) => {
      const team = store.getTeam(input.teamId);
      if (!team) return fail(ERROR_CODES.notFound, `Không tìm thấy tổ kiểm phiếu số ${input.teamId}`, 'teamId');
      const locked = team.name === input.name ? [] : store.lockedElectionsCountingTeam(team.id);
      if (locked.length > 0) return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${locked[0]}" đã chốt kết quả và có phiếu của ${team.name}: không thể đổi tên tổ.`, 'name');
      const other = store.findTeamByName(team.congressId, input.name);
      if (other && other.id !== team.id) return fail(ERROR_CODES.duplicate, `Đã có tổ kiểm phiếu "${input.name}"`, 'name');
      const own = stationTeamOf(store, team.congressId);
      if (own !== null) return fail(ERROR_CODES.invalidInput, `Máy trạm này chỉ kiểm phiếu cho "${own}", với khóa ký gói của tổ này: không đổi tên tổ được`, 'name');
      return inTransaction(store, () => {
        store.renameTeam(team.id, input.name);
        ctx.audit('team.renamed', { congressId: team.congressId, operator: input.operator }, { teamId: team.id, from: team.name, to: input.name });
        return ok({ teamId: team.id });
      });
    }),
  };
}
