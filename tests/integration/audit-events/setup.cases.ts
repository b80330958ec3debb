import { expect } from 'vitest';
import { CHAIR_PIN, openTestApp, setUpElection, unwrap } from '../../helpers/api';
import { changes, ev, frozenApi, lockedElection, refused, type EventCase } from './harness';

/** The congress, its teams, its elections and their lists of names. */
export const SETUP_CASES: readonly EventCase[] = [
  {
    method: 'createCongress',
    kinds: ['congress.created'],
    async run() {
      const app = openTestApp();
      const input = { name: 'Đại hội Chi bộ Khu phố 3', kind: 'members' as const, summoned: 30, exclusions: [{ reason: 'Ốm', count: 1 }], chairPin: '864213', operator: 'Thư ký' };
      await refused(app.store, () => app.api.createCongress({ ...input, exclusions: [{ reason: 'Ốm', count: 30 }] }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.createCongress({ ...input, chairPin: '1234' }), 'INVALID_INPUT');
      const { events } = await changes(app.store, () => app.api.createCongress(input), ({ congressId }) => [
        ev('congress.created', { congressId, operator: 'Thư ký' }, { name: input.name, kind: 'members', summoned: 30, exclusions: input.exclusions, chairPinSet: true, chairPinCommitment: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      ]);
      expect(JSON.stringify(events)).not.toContain('864213');
      return [app.api];
    },
  },
  {
    method: 'updateCongress',
    kinds: ['congress.updated'],
    async run() {
      const app = openTestApp();
      const { congressId } = setUpElection(app);
      await changes(app.store, () => app.api.updateCongress({ congressId, place: 'Hội trường UBND phường', present: 40, operator: 'Thư ký' }), () => [
        ev('congress.updated', { congressId, operator: 'Thư ký' }, { before: expect.objectContaining({ place: null, present: null, summoned: 45 }), changes: expect.objectContaining({ place: 'Hội trường UBND phường', present: 40 }) }),
      ]);
      expect(JSON.stringify(unwrap(app.api.listAudit({ kind: 'congress.updated' })))).not.toContain('chairPinHash');
      await refused(app.store, () => app.api.updateCongress({ congressId, present: 46 }), 'INVALID_INPUT');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.updateCongress({ congressId: locked.congressId, summoned: 60 }), 'ELECTION_LOCKED');
      await refused(locked.app.store, () => locked.app.api.updateCongress({ congressId: locked.congressId, kind: 'committee', meeting: 2 }), 'ELECTION_LOCKED');
      await changes(app.store, () => app.api.updateCongress({ congressId, kind: 'committee', meeting: 2, operator: 'Thư ký' }), () => [
        ev('congress.updated', { congressId, operator: 'Thư ký' }, { before: expect.objectContaining({ kind: 'delegates', meeting: null }), changes: expect.objectContaining({ kind: 'committee', meeting: 2 }) }),
      ]);
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'setChairPin',
    kinds: ['congress.pin_set', 'pin.attempt_failed', 'pin.failures_cleared', 'pin.locked_out'],
    async run() {
      const app = openTestApp();
      const { congressId } = setUpElection(app);
      await refused(app.store, () => app.api.setChairPin({ congressId, pin: '135792', operator: 'Chủ tịch' }), 'WRONG_PIN');
      await refused(app.store, () => app.api.setChairPin({ congressId, pin: '1357', currentPin: CHAIR_PIN }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.setChairPin({ congressId, pin: '135792', currentPin: '000000', operator: 'Chủ tịch' }), 'WRONG_PIN', [
        ev('pin.attempt_failed', { congressId, operator: 'Chủ tịch' }, { action: 'change_pin', failures: 1, waitUntil: null }),
      ]);
      const { events } = await changes(app.store, () => app.api.setChairPin({ congressId, pin: '135792', currentPin: CHAIR_PIN, operator: 'Chủ tịch' }), () => [
        ev('pin.failures_cleared', { congressId, operator: 'Chủ tịch' }, { action: 'change_pin', failures: 1 }),
        ev('congress.pin_set', { congressId, operator: 'Chủ tịch' }, { replaced: true, before: expect.stringMatching(/^[0-9a-f]{64}$/), commitment: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      ]);
      expect(JSON.stringify(events)).not.toMatch(/135792|246813/);
      // Five wrong tries in a row start a wait: the sixth is refused unchecked, and that is recorded too.
      const frozen = frozenApi(app);
      for (let failures = 1; failures <= 5; failures++) {
        await refused(app.store, () => frozen.setChairPin({ congressId, pin: '111111', currentPin: '000000', operator: 'Chủ tịch' }), 'WRONG_PIN', [ev('pin.attempt_failed', { congressId, operator: 'Chủ tịch' }, { action: 'change_pin', failures })]);
      }
      await refused(app.store, () => frozen.setChairPin({ congressId, pin: '111111', currentPin: '135792', operator: 'Chủ tịch' }), 'PIN_LOCKED_OUT', [
        ev('pin.locked_out', { congressId, operator: 'Chủ tịch' }, { action: 'change_pin', failures: 5 }),
      ]);
      const fresh = openTestApp();
      const { congressId: noPin } = unwrap(fresh.api.createCongress({ name: 'Đại hội chưa có PIN', kind: 'members', summoned: 10 }));
      await changes(fresh.store, () => fresh.api.setChairPin({ congressId: noPin, pin: '975310' }), () => [ev('congress.pin_set', { congressId: noPin }, { replaced: false, before: null, commitment: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
      return [app.api, fresh.api];
    },
  },
  {
    method: 'createTeam',
    kinds: ['team.created'],
    async run() {
      const app = openTestApp();
      const { congressId } = setUpElection(app);
      await changes(app.store, () => app.api.createTeam({ congressId, name: 'Tổ 2', operator: 'Thư ký' }), ({ teamId }) => [ev('team.created', { congressId, operator: 'Thư ký' }, { teamId, name: 'Tổ 2' })]);
      await refused(app.store, () => app.api.createTeam({ congressId, name: 'Tổ 2' }), 'DUPLICATE');
      await refused(app.store, () => app.api.createTeam({ congressId: 99, name: 'Tổ 3' }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'renameTeam',
    kinds: ['team.renamed'],
    async run() {
      const app = openTestApp();
      const { congressId, teamId } = setUpElection(app);
      const { teamId: other } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
      await changes(app.store, () => app.api.renameTeam({ teamId, name: 'Tổ Một', operator: 'Thư ký' }), () => [ev('team.renamed', { congressId, operator: 'Thư ký' }, { teamId, from: 'Tổ 1', to: 'Tổ Một' })]);
      await refused(app.store, () => app.api.renameTeam({ teamId: other, name: 'Tổ Một' }), 'DUPLICATE');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.renameTeam({ teamId: locked.teamId, name: 'Tổ khác' }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'createElection',
    kinds: ['election.created'],
    async run() {
      const app = openTestApp();
      const { congressId } = setUpElection(app);
      await changes(app.store, () => app.api.createElection({ congressId, office: 'dai_bieu', seats: 5, ballotsReturned: null, operator: 'Thư ký' }), ({ electionId, key }) => [
        ev('election.created', { congressId, electionId, operator: 'Thư ký' }, { key, office: 'dai_bieu', title: 'Bầu Đại biểu chính thức dự đại hội cấp trên', seats: 5, status: 'open', round: 1 }),
      ]);
      await changes(app.store, () => app.api.createElection({ congressId, office: 'cap_uy', seats: 74, approvedSeats: 76, operator: 'Thư ký' }), ({ electionId, key }) => [
        ev('election.created', { congressId, electionId, operator: 'Thư ký' }, { key, office: 'cap_uy', seats: 74, approvedSeats: 76, status: 'open', round: 1 }),
      ]);
      await refused(app.store, () => app.api.createElection({ congressId, office: 'cap_uy', seats: 74, approvedSeats: 70 }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.createElection({ congressId, office: 'dai_bieu', seats: 0, ballotsReturned: null }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.createElection({ congressId: 99, office: 'dai_bieu', seats: 5, ballotsReturned: null }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'updateElection',
    kinds: ['election.updated'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      await changes(app.store, () => app.api.updateElection({ electionId, title: 'Bầu Ban Chấp hành khóa IV', ballotsReturned: 41, operator: 'Thư ký' }), () => [
        ev('election.updated', { congressId, electionId, operator: 'Thư ký' }, { before: expect.objectContaining({ title: 'Bầu Ban Chấp hành', ballotsReturned: null }), changes: { title: 'Bầu Ban Chấp hành khóa IV', ballotsReturned: 41 } }),
      ]);
      await refused(app.store, () => app.api.updateElection({ electionId, ballotsReturned: 44 }), 'INVALID_INPUT');
      await changes(app.store, () => app.api.updateElection({ electionId, approvedSeats: 11, operator: 'Thư ký' }), () => [
        ev('election.updated', { congressId, electionId, operator: 'Thư ký' }, { before: expect.objectContaining({ approvedSeats: null }), changes: { approvedSeats: 11 } }),
      ]);
      await refused(app.store, () => app.api.updateElection({ electionId, approvedSeats: 2 }), 'INVALID_INPUT');
      await refused(app.store, () => app.api.updateElection({ electionId, seats: 12 }), 'INVALID_INPUT');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.updateElection({ electionId: locked.electionId, ballotsIssued: 50 }), 'ELECTION_LOCKED');
      await refused(locked.app.store, () => locked.app.api.updateElection({ electionId: locked.electionId, approvedSeats: 6 }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'pauseElection',
    kinds: ['election.paused', 'election.resumed'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const scope = { congressId, electionId, operator: 'Chủ tịch' };
      await changes(app.store, () => app.api.pauseElection({ electionId, paused: true, reason: 'Chờ ý kiến cấp trên', operator: 'Chủ tịch' }), () => [ev('election.paused', scope, { reason: 'Chờ ý kiến cấp trên' })]);
      await changes(app.store, () => app.api.pauseElection({ electionId, paused: true, operator: 'Chủ tịch' }), () => []); // already paused: nothing changes
      await changes(app.store, () => app.api.pauseElection({ electionId, paused: false, operator: 'Chủ tịch' }), () => [ev('election.resumed', scope, { reason: null })]);
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.pauseElection({ electionId: locked.electionId, paused: true }), 'ELECTION_LOCKED');
      return [app.api, locked.app.api];
    },
  },
  {
    method: 'addCandidate',
    kinds: ['candidate.added'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      await changes(app.store, () => app.api.addCandidate({ electionId, name: 'Võ Thị Hằng', birthYear: 1978, operator: 'Thư ký' }), ({ key }) => [
        ev('candidate.added', { congressId, electionId, operator: 'Thư ký' }, { key, name: 'Võ Thị Hằng', birthYear: 1978, ballotOrder: 5 }),
      ]);
      await refused(app.store, () => app.api.addCandidate({ electionId, name: 'Lê Thị Cúc' }), 'DUPLICATE');
      unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02', 'c03'] }));
      await refused(app.store, () => app.api.addCandidate({ electionId, name: 'Đặng Văn Khoa' }), 'HAS_BALLOTS');
      return [app.api];
    },
  },
  {
    method: 'addCandidates',
    kinds: ['candidate.added'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const scope = { congressId, electionId, operator: 'Thư ký' };
      await refused(app.store, () => app.api.addCandidates({ electionId, candidates: [{ name: 'Võ Thị Hằng' }, { name: 'Trần Văn Bảy' }] }), 'DUPLICATE'); // all or none
      await changes(app.store, () => app.api.addCandidates({ electionId, candidates: [{ name: 'Võ Thị Hằng' }, { name: 'Đặng Văn Khoa' }], operator: 'Thư ký' }), ({ keys }) => [
        ev('candidate.added', scope, { key: keys[0], name: 'Võ Thị Hằng' }),
        ev('candidate.added', scope, { key: keys[1], name: 'Đặng Văn Khoa' }),
      ]);
      return [app.api];
    },
  },
  {
    method: 'updateCandidate',
    kinds: ['candidate.updated'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const [first, second] = unwrap(app.api.getElection({ electionId })).candidates;
      await changes(app.store, () => app.api.updateCandidate({ candidateId: first!.id, birthYear: 1970, position: 'Bí thư Chi bộ', operator: 'Thư ký' }), () => [
        ev('candidate.updated', { congressId, electionId, operator: 'Thư ký' }, { key: 'c01', before: expect.objectContaining({ name: 'Trần Văn Bảy', birthYear: null }), changes: { birthYear: 1970, position: 'Bí thư Chi bộ' } }),
      ]);
      await refused(app.store, () => app.api.updateCandidate({ candidateId: second!.id, name: 'Trần Văn Bảy' }), 'DUPLICATE');
      await refused(app.store, () => app.api.updateCandidate({ candidateId: 999, name: 'Không có' }), 'NOT_FOUND');
      return [app.api];
    },
  },
  {
    method: 'removeCandidate',
    kinds: ['candidate.removed'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const [, , , , last] = unwrap(app.api.getElection({ electionId })).candidates;
      await changes(app.store, () => app.api.removeCandidate({ candidateId: last!.id, operator: 'Thư ký' }), () => [ev('candidate.removed', { congressId, electionId, operator: 'Thư ký' }, { key: 'c05', name: 'Hoàng Thị Giao' })]);
      await refused(app.store, () => app.api.removeCandidate({ candidateId: last!.id }), 'NOT_FOUND');
      unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      await refused(app.store, () => app.api.removeCandidate({ candidateId: last!.id - 1 }), 'HAS_BALLOTS');
      return [app.api];
    },
  },
  {
    method: 'withdrawCandidate',
    kinds: ['candidate.withdrawn', 'candidate.reinstated'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const candidateId = unwrap(app.api.getElection({ electionId })).candidates[1]!.id;
      const scope = { congressId, electionId, operator: 'Thư ký' };
      await changes(app.store, () => app.api.withdrawCandidate({ candidateId, withdrawn: true, reason: 'Xin rút', operator: 'Thư ký' }), () => [ev('candidate.withdrawn', scope, { key: 'c02', name: 'Lê Thị Cúc', reason: 'Xin rút' })]);
      await changes(app.store, () => app.api.withdrawCandidate({ candidateId, withdrawn: false, operator: 'Thư ký' }), () => [ev('candidate.reinstated', scope, { key: 'c02', name: 'Lê Thị Cúc', reason: null })]);
      await refused(app.store, () => app.api.withdrawCandidate({ candidateId: 999, withdrawn: true }), 'NOT_FOUND');
      // After printing (RULES R1) the name stays on the paper: the event says so, and which printing.
      unwrap(app.api.updateElection({ electionId, seats: 4 }));
      unwrap(await app.api.ballotPaperPdf({ electionId }));
      await changes(app.store, () => app.api.withdrawCandidate({ candidateId, withdrawn: true, reason: 'Xin rút', operator: 'Thư ký' }), () => [ev('candidate.withdrawn', scope, { key: 'c02', onPaper: true, printing: 1 })]);
      unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      const third = unwrap(app.api.getElection({ electionId })).candidates[2]!.id;
      await changes(app.store, () => app.api.withdrawCandidate({ candidateId: third, withdrawn: true, operator: 'Thư ký' }), () => [ev('candidate.withdrawn', scope, { key: 'c03', onPaper: true, printing: 1, papersInUse: true })]);
      // A team reported votes for a name: it cannot withdraw until the totals are mended.
      const teamId = unwrap(app.api.getCongress({ congressId })).teams[0]!.id;
      unwrap(app.api.setTeamTotals({ electionId, teamId, returned: 2, valid: 2, invalid: {}, votes: { c04: 2 } }));
      const fourth = unwrap(app.api.getElection({ electionId })).candidates[3]!.id;
      await refused(app.store, () => app.api.withdrawCandidate({ candidateId: fourth, withdrawn: true }), 'HAS_BALLOTS');
      return [app.api];
    },
  },
  {
    method: 'ballotPaperPdf',
    kinds: ['ballots.printed'],
    async run() {
      const app = openTestApp();
      // Five names for four seats: a list RULES R7 accepts (a list failing it prints only as a trial, not recorded).
      const { congressId, electionId } = setUpElection(app, { seats: 4 });
      await changes(app.store, () => app.api.ballotPaperPdf({ electionId, operator: 'Thư ký' }), () => [ev('ballots.printed', { congressId, electionId, operator: 'Thư ký' }, { printing: 1, names: ['c01', 'c02', 'c03', 'c04', 'c05'] })]);
      // The same papers again: nothing new is frozen, nothing is recorded.
      await changes(app.store, () => app.api.ballotPaperPdf({ electionId, perPage: 2 }), () => []);
      return [app.api];
    },
  },
  {
    method: 'reprintBallots',
    kinds: ['ballots.reprinted'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app, { seats: 4, office: 'dai_bieu' });
      await refused(app.store, () => app.api.reprintBallots({ electionId }), 'INVALID_INPUT');
      unwrap(await app.api.ballotPaperPdf({ electionId }));
      const candidateId = unwrap(app.api.getElection({ electionId })).candidates[1]!.id;
      unwrap(app.api.withdrawCandidate({ candidateId, withdrawn: true }));
      await changes(app.store, () => app.api.reprintBallots({ electionId, reason: 'Đồng chí Cúc xin rút', operator: 'Thư ký' }), () => [
        ev('ballots.reprinted', { congressId, electionId, operator: 'Thư ký' }, { replaced: 1, offPaper: ['c02'], reason: 'Đồng chí Cúc xin rút' }),
      ]);
      unwrap(await app.api.ballotPaperPdf({ electionId }));
      unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      await refused(app.store, () => app.api.reprintBallots({ electionId }), 'HAS_BALLOTS');
      return [app.api];
    },
  },
  {
    method: 'sortCandidatesAbc',
    kinds: ['candidates.sorted'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      // By given name: Bảy, Cúc, Duy, Đức, Giao — already in order; put Giao first to see it move.
      const ids = unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.id);
      unwrap(app.api.reorderCandidates({ electionId, candidateIds: [ids[4]!, ...ids.slice(0, 4)] }));
      await changes(app.store, () => app.api.sortCandidatesAbc({ electionId, operator: 'Thư ký' }), () => [ev('candidates.sorted', { congressId, electionId, operator: 'Thư ký' }, { order: ['c01', 'c02', 'c03', 'c04', 'c05'] })]);
      unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
      await refused(app.store, () => app.api.sortCandidatesAbc({ electionId }), 'HAS_BALLOTS');
      return [app.api];
    },
  },
  {
    method: 'reorderCandidates',
    kinds: ['candidates.reordered'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId } = setUpElection(app);
      const ids = unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.id);
      await changes(app.store, () => app.api.reorderCandidates({ electionId, candidateIds: [...ids].reverse(), operator: 'Thư ký' }), () => [
        ev('candidates.reordered', { congressId, electionId, operator: 'Thư ký' }, { order: ['c05', 'c04', 'c03', 'c02', 'c01'] }),
      ]);
      await refused(app.store, () => app.api.reorderCandidates({ electionId, candidateIds: ids.slice(1) }), 'INVALID_INPUT');
      return [app.api];
    },
  },
];
