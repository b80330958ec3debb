import { expect } from 'vitest';
import { ballotsForVotes } from '../../helpers/elections';
import { CHAIR_PIN, openTestApp, setUpElection, unwrap, type TestApp } from '../../helpers/api';
import { changes, ev, frozenApi, lockedElection, refused, type EventCase } from './harness';

/** Ballots as kept names, giving the candidates these votes (c01, c02, …) over `ballots` papers. */
function enterVotes(app: TestApp, electionId: number, votes: number[], ballots: number): void {
  const ids = votes.map((_, i) => `c${String(i + 1).padStart(2, '0')}`);
  for (const record of ballotsForVotes(ids, votes, ballots)) {
    if (record.choice.kind === 'kept') unwrap(app.api.enterBallot({ electionId, kept: [...record.choice.ids] }));
  }
}

/**
 * A ballot of a round whose tie-break exists (issue 11): refused without the PIN, a wrong PIN
 * recorded, a correction that leaves the outcome as it was (the round sealed anew), and one that
 * changes it (the tie-break voided).
 */
async function finishedRoundCorrections() {
  const app = openTestApp();
  const { congressId, electionId } = setUpElection(app, { office: 'dai_bieu' });
  const enter = (kept: string[], count: number) => unwrap(app.api.enterBallot({ electionId, kept, count }));
  enter(['c01', 'c02', 'c03'], 17);
  const single = enter(['c01', 'c02', 'c03'], 1);
  enter(['c01', 'c02', 'c04'], 18);
  const stack = enter(['c03', 'c04', 'c05'], 4);
  const round2 = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId })).electionId;
  const scope = { congressId, electionId, operator: 'Chủ tịch đoàn' };
  await refused(app.store, () => app.api.correctBallot({ ballotId: stack.ballotId, kept: ['c03', 'c04'] }), 'PIN_REQUIRED');
  await refused(app.store, () => app.api.correctBallot({ ballotId: stack.ballotId, kept: ['c03', 'c04'], pin: '000000', reason: 'Đọc nhầm', operator: 'Chủ tịch đoàn' }), 'WRONG_PIN', [
    ev('pin.attempt_failed', scope, { action: 'correct_finished_round', failures: 1, reason: 'Đọc nhầm' }),
  ]);
  await changes(app.store, () => app.api.correctBallot({ ballotId: stack.ballotId, kept: ['c03', 'c04'], pin: CHAIR_PIN, reason: 'Chồng 4 phiếu không bầu c05', operator: 'Chủ tịch đoàn' }), ({ roundCorrection }) => [
    ev('pin.failures_cleared', scope, { action: 'correct_finished_round', failures: 1 }),
    ev('ballot.corrected', scope, { number: stack.number, lastNumber: stack.lastNumber, finishedRound: { reason: 'Chồng 4 phiếu không bầu c05', outcomeChanged: false, voidedRounds: [] } }),
    ev('election.locked', scope, { fingerprint: roundCorrection?.fingerprint, outcome: 'tie' }),
  ]);
  await changes(app.store, () => app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN, reason: 'Đọc nhầm c03 thành c04', operator: 'Chủ tịch đoàn' }), ({ roundCorrection }) => [
    ev('ballot.corrected', scope, { number: single.number, finishedRound: { reason: 'Đọc nhầm c03 thành c04', outcomeChanged: true, voidedRounds: [round2] } }),
    ev('election.locked', scope, { fingerprint: roundCorrection?.fingerprint, outcome: 'complete' }),
    ev('round.voided', { ...scope, electionId: round2 }, { continues: electionId, ballot: { number: single.number, lastNumber: single.number }, before: expect.objectContaining({ outcome: 'tie' }), after: expect.objectContaining({ outcome: 'complete' }) }),
  ]);
  return app.api;
}

/** Ballots, the totals of teams counted by hand, the ballots handed to teams; locking, unlocking, further rounds. */
export const BALLOT_CASES: readonly EventCase[] = [
  {
    method: 'enterBallot',
    kinds: ['ballot.entered'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app);
      await changes(app.store, () => app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c04'], note: 'gạch bằng bút đỏ', operator: 'Người nhập 1' }), ({ number, uid }) => [
        ev('ballot.entered', { congressId, electionId, operator: 'Người nhập 1' }, { number, id: uid, teamId, struck: ['c01', 'c04'], count: 1, note: 'gạch bằng bút đỏ' }),
      ]);
      await changes(app.store, () => app.api.enterBallot({ electionId, invalid: 'WRITE_IN', count: 2, operator: 'Người nhập 1' }), ({ number }) => [
        ev('ballot.entered', { congressId, electionId, operator: 'Người nhập 1' }, { number, teamId: null, invalid: 'WRITE_IN', count: 2 }),
      ]);
      await refused(app.store, () => app.api.enterBallot({ electionId, struck: ['c99'] }), 'INVALID_INPUT');
      unwrap(app.api.pauseElection({ electionId, paused: true }));
      await refused(app.store, () => app.api.enterBallot({ electionId, struck: ['c01'] }), 'ELECTION_PAUSED');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.enterBallot({ electionId: locked.electionId, struck: ['c03'] }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'correctBallot',
    kinds: ['ballot.corrected', 'pin.attempt_failed', 'pin.failures_cleared', 'election.locked', 'round.voided'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app);
      const first = unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01'] }));
      await changes(app.store, () => app.api.correctBallot({ ballotId: first.ballotId, teamId, struck: ['c02', 'c03'], operator: 'Tổ trưởng' }), () => [
        ev('ballot.corrected', { congressId, electionId, operator: 'Tổ trưởng' }, { number: first.number, uid: first.uid, version: 2, before: expect.objectContaining({ struck: ['c01'] }), after: expect.objectContaining({ teamId, struck: ['c02', 'c03'] }) }),
      ]);
      await refused(app.store, () => app.api.correctBallot({ ballotId: first.ballotId, struck: ['c04'] }), 'ALREADY_CORRECTED');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.correctBallot({ ballotId: locked.ballotId, struck: ['c03'] }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api, await finishedRoundCorrections()];
    },
  },
  {
    method: 'voidBallot',
    kinds: ['ballot.voided'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const entered = unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      await changes(app.store, () => app.api.voidBallot({ ballotId: entered.ballotId, reason: 'Nhập hai lần', operator: 'Tổ trưởng' }), () => [
        ev('ballot.voided', { congressId, electionId, operator: 'Tổ trưởng' }, { number: entered.number, uid: entered.uid, version: 2, reason: 'Nhập hai lần', before: expect.objectContaining({ struck: ['c01'] }) }),
      ]);
      await refused(app.store, () => app.api.voidBallot({ ballotId: entered.ballotId }), 'ALREADY_CORRECTED');
      // Ctrl+Z: a void that says it is an undo; the number stays taken.
      const typed = unwrap(app.api.enterBallot({ electionId, struck: ['c02'], count: 2 }));
      await changes(app.store, () => app.api.voidBallot({ ballotId: typed.ballotId, undo: true, operator: 'Người nhập' }), () => [
        ev('ballot.voided', { congressId, electionId, operator: 'Người nhập' }, { number: typed.number, lastNumber: typed.lastNumber, undo: true, reason: 'Hoàn tác ngay sau khi nhập' }),
      ]);
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.voidBallot({ ballotId: locked.ballotId }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'setTeamTotals',
    kinds: ['team_totals.set'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app);
      const after = { returned: 20, valid: 19, invalid: { OVER_N: 1 }, votes: { c01: 15, c02: 12, c03: 10, c04: 9, c05: 11 } };
      await changes(app.store, () => app.api.setTeamTotals({ electionId, teamId, ...after, operator: 'Tổ trưởng' }), () => [ev('team_totals.set', { congressId, electionId, operator: 'Tổ trưởng' }, { teamId, team: 'Tổ 1', before: null, after })]);
      await changes(app.store, () => app.api.setTeamTotals({ electionId, teamId, ...after, returned: 21, valid: 20, operator: 'Tổ trưởng' }), () => [
        ev('team_totals.set', { congressId, electionId, operator: 'Tổ trưởng' }, { teamId, before: expect.objectContaining({ returned: 20 }), after: { ...after, returned: 21, valid: 20 } }),
      ]);
      await refused(app.store, () => app.api.setTeamTotals({ electionId, teamId, returned: 20, valid: 19, votes: { c01: 20 } }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.setTeamTotals({ electionId, teamId: 99, returned: 1, valid: 1 }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'removeTeamTotals',
    kinds: ['team_totals.removed'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app);
      unwrap(app.api.setTeamTotals({ electionId, teamId, returned: 2, valid: 2, votes: { c01: 2 } }));
      await changes(app.store, () => app.api.removeTeamTotals({ electionId, teamId, operator: 'Tổ trưởng' }), () => [
        ev('team_totals.removed', { congressId, electionId, operator: 'Tổ trưởng' }, { teamId, team: 'Tổ 1', before: expect.objectContaining({ returned: 2, votes: { c01: 2 } }) }),
      ]);
      await refused(app.store, () => app.api.removeTeamTotals({ electionId, teamId }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'setTeamReceived',
    kinds: ['team_received.set'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app);
      const scope = { congressId, electionId, operator: 'Trưởng ban' };
      await changes(app.store, () => app.api.setTeamReceived({ electionId, teamId, received: 22, operator: 'Trưởng ban' }), () => [ev('team_received.set', scope, { teamId, team: 'Tổ 1', before: null, after: 22 })]);
      await changes(app.store, () => app.api.setTeamReceived({ electionId, teamId, received: null, operator: 'Trưởng ban' }), () => [ev('team_received.set', scope, { teamId, before: 22, after: null })]);
      await refused(app.store, () => app.api.setTeamReceived({ electionId, teamId, received: -1 }), 'INVALID_INPUT');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.setTeamReceived({ electionId: locked.electionId, teamId: locked.teamId, received: 5 }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'lockElection',
    kinds: ['election.locked'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app, { seats: 4, ballotsReturned: 2 });
      unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      await refused(app.store, () => app.api.lockElection({ pin: CHAIR_PIN, electionId }), 'BLOCKING_PROBLEMS'); // one ballot entered of two returned
      unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
      const { fingerprint: before, outcome, elected } = unwrap(app.api.tally({ electionId }));
      expect(before).toBeNull(); // no seal before the lock
      const { value } = await changes(app.store, () => app.api.lockElection({ pin: CHAIR_PIN, electionId, operator: 'Trưởng ban' }), (locked) => [
        ev('election.locked', { congressId, electionId, operator: 'Trưởng ban' }, { fingerprint: locked.fingerprint, digests: expect.any(Object), outcome, elected, votes: { c01: 1, c02: 1, c03: 2, c04: 2, c05: 2 }, ballots: expect.objectContaining({ counted: 2 }) }),
      ]);
      expect(unwrap(app.api.tally({ electionId })).fingerprint).toBe(value.fingerprint); // the seal of the data as locked, the one the minutes print
      await refused(app.store, () => app.api.lockElection({ pin: CHAIR_PIN, electionId }), 'ELECTION_LOCKED');
      return [app.api];
    },
  },
  {
    method: 'unlockElection',
    kinds: ['election.unlocked', 'pin.attempt_failed', 'pin.failures_cleared', 'pin.locked_out'],
    async run() {
      const { app, congressId, electionId } = lockedElection();
      const scope = { congressId, electionId, operator: 'Chủ tịch đoàn' };
      const unlock = (pin: string, api = app.api) => api.unlockElection({ electionId, pin, reason: 'Sửa phiếu số 1', operator: 'Chủ tịch đoàn' });
      await refused(app.store, () => app.api.unlockElection({ electionId, pin: CHAIR_PIN, reason: '' }), 'INVALID_INPUT');
      await refused(app.store, () => unlock('000000'), 'WRONG_PIN', [ev('pin.attempt_failed', scope, { action: 'unlock', failures: 1, reason: 'Sửa phiếu số 1' })]);
      await changes(app.store, () => unlock(CHAIR_PIN), () => [ev('pin.failures_cleared', scope, { action: 'unlock', failures: 1 }), ev('election.unlocked', scope, { reason: 'Sửa phiếu số 1', pinFailuresCleared: 1 })]);
      await refused(app.store, () => unlock(CHAIR_PIN), 'INVALID_INPUT'); // not locked
      // Locked again; five wrong PINs start a wait, and the right one is then refused unchecked, recorded as such.
      unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId }));
      const frozen = frozenApi(app);
      for (let failures = 1; failures <= 5; failures++) await refused(app.store, () => unlock('000000', frozen), 'WRONG_PIN', [ev('pin.attempt_failed', scope, { action: 'unlock', failures })]);
      await refused(app.store, () => unlock(CHAIR_PIN, frozen), 'PIN_LOCKED_OUT', [ev('pin.locked_out', scope, { action: 'unlock', failures: 5 })]);
      return [app.api];
    },
  },
  {
    method: 'createNextRound',
    kinds: ['election.locked', 'round.created'],
    async run() {
      const app = openTestApp();
      // 2 seats, votes 30, 20, 15 on 40 ballots (base 43, 22 needed): one elected, one seat short.
      const { congressId, electionId } = setUpElection(app, { office: 'dai_bieu', seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
      enterVotes(app, electionId, [30, 20, 15], 40);
      await changes(app.store, () => app.api.createNextRound({ pin: CHAIR_PIN, electionId, operator: 'Trưởng ban' }), (next) => [
        ev('election.locked', { congressId, electionId, operator: 'Trưởng ban' }, { fingerprint: unwrap(app.api.tally({ electionId })).fingerprint, digests: expect.any(Object), outcome: 'short', elected: ['c01'], votes: { c01: 30, c02: 20, c03: 15 } }),
        ev('round.created', { congressId, electionId: next.electionId, operator: 'Trưởng ban' }, { key: next.key, kind: 'further', seats: 1, round: 2, continuesId: electionId, status: 'open', candidates: ['c02', 'c03'] }),
      ]);
      await refused(app.store, () => app.api.createNextRound({ pin: CHAIR_PIN, electionId }), 'ROUND_FINISHED');
      const complete = openTestApp();
      const other = setUpElection(complete, { office: 'dai_bieu', seats: 2, names: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'] });
      enterVotes(complete, other.electionId, [30, 25, 15], 40);
      await refused(complete.store, () => complete.api.createNextRound({ pin: CHAIR_PIN, electionId: other.electionId }), 'NO_NEXT_ROUND');
      return [app.api, complete.api];
    },
  },
];
