import { ERROR_CODES } from '../../shared/api/errors';
import { congressIdInput, createCongressInput, createTeamInput, renameTeamInput, setChairPinInput, updateCongressInput } from '../../shared/api/inputs';
import { congressBase } from '../../shared/rules/base';
import { fail, ok, type Result } from '../../shared/result';
import { hashPin, pinMatches } from '../services/chair-pin';
import { newCongressKey } from '../services/packages';
import { stationTeamOf } from '../services/station-packages';
import { baseOfElection } from '../services/election-data';
import { inTransaction, method, type ApiContext } from './context';
import { congressView } from './views';

function checkBase(summoned: number, exclusions: readonly { count: number }[]): Result<number> {
  const base = congressBase(summoned, exclusions.map((e) => ({ reason: '', count: e.count })));
  if (base <= 0) return fail(ERROR_CODES.invalidInput, `Số cơ sở tính kết quả (triệu tập ${summoned} trừ các trường hợp loại trừ) phải lớn hơn 0, đang là ${base}`, 'exclusions');
  return ok(base);
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
        const congressId = store.insertCongress({
          name: input.name, organization: input.organization ?? null, term: input.term ?? null, place: input.place ?? null, date: input.date ?? null,
          kind: input.kind, summoned: input.summoned, present: input.present ?? null, chairPinHash: input.chairPin ? hashPin(input.chairPin) : null, createdAt: ctx.now(),
        });
        store.replaceExclusions(congressId, input.exclusions ?? []);
        store.replaceCountingCommittee(congressId, (input.countingCommittee ?? []).map((m) => ({ name: m.name, role: m.role ?? null })));
        store.insertCongressIdentity({ congressId, ...newCongressKey(), createdAt: ctx.now() });
        const { chairPin, operator, ...recorded } = input;
        ctx.audit('congress.created', { congressId, operator }, { ...recorded, chairPinSet: chairPin !== undefined });
        return ok({ congressId });
      });
    }),

    updateCongress: method(updateCongressInput, (input) => {
      const found = ctx.requireCongress(input.congressId);
      if (!found.ok) return found;
      const before = found.value;
      const beforeExclusions = store.getExclusions(before.id);
      const summoned = input.summoned ?? before.summoned;
      const exclusions = input.exclusions ?? beforeExclusions;
      const base = checkBase(summoned, exclusions);
      if (!base.ok) return base;
      if (base.value !== congressBase(before.summoned, beforeExclusions)) {
        const locked = store.listElections(before.id).find((e) => e.status === 'locked' && e.baseOverride === null);
        if (locked) return fail(ERROR_CODES.electionLocked, `Cuộc bầu "${locked.title}" đã chốt kết quả theo số cơ sở ${baseOfElection(store, before, locked)}: không thể đổi số triệu tập hay các trường hợp loại trừ.`, 'summoned');
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

    setChairPin: method(setChairPinInput, (input) => {
      const found = ctx.requireCongress(input.congressId);
      if (!found.ok) return found;
      const current = found.value.chairPinHash;
      if (current !== null && (input.currentPin === undefined || !pinMatches(input.currentPin, current))) {
        return fail(ERROR_CODES.wrongPin, 'Mã PIN hiện tại không đúng', 'currentPin');
      }
      return inTransaction(store, () => {
        store.updateCongress(input.congressId, { chairPinHash: hashPin(input.pin) });
        ctx.audit('congress.pin_set', { congressId: input.congressId, operator: input.operator }, { replaced: current !== null });
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
