import { describe, expect, it } from 'vitest';
import { failure, openTestApp, setUpElection, unwrap } from '../helpers/api';

describe('congress setup through the api', () => {
  it('derives the base and the votes needed from summoned and exclusions', () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội đảng viên Chi bộ 5', kind: 'members', summoned: 45, exclusions: [{ reason: 'Sinh hoạt tạm thời ở đảng bộ khác', count: 2 }, { reason: 'Miễn sinh hoạt, vắng mặt', count: 1 }, { reason: 'Vắng có lý do', count: 1 }] }));
    const congress = unwrap(app.api.getCongress({ congressId }));
    expect(congress).toMatchObject({ base: 41, votesNeeded: 21, kind: 'members', hasChairPin: false });
    expect(congress.exclusions.map((e) => e.count)).toEqual([2, 1, 1]);
  });

  it('refuses bad input, naming the field, and writes nothing', () => {
    const app = openTestApp();
    expect(failure(app.api.createCongress({ name: 'X', kind: 'members', summoned: -3 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'summoned' });
    expect(failure(app.api.createCongress({ name: '  ', kind: 'members', summoned: 3 }))).toMatchObject({ path: 'name', message: 'name: không được để trống' });
    expect(failure(app.api.createCongress({ name: 'X', kind: 'members', summoned: 10, exclusions: [{ reason: 'Vắng', count: 10 }] }))).toMatchObject({ path: 'exclusions' });
    expect(failure(app.api.createCongress({ name: 'X', kind: 'members', summoned: 10, chairPin: '12' }))).toMatchObject({ path: 'chairPin', message: 'chairPin: mã PIN phải gồm 6 đến 12 chữ số' });
    expect(failure(app.api.createCongress({ name: 'X', kind: 'members', summoned: 1.5 } as never))).toMatchObject({ path: 'summoned' });
    expect(unwrap(app.api.listCongresses())).toEqual([]);
    expect(unwrap(app.api.listAudit({}))).toEqual([]);
  });

  it('creates elections with readable keys and refuses seats < 1', () => {
    const app = openTestApp();
    const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội', kind: 'delegates', summoned: 150 }));
    expect(unwrap(app.api.createElection({ congressId, office: 'cap_uy', seats: 15 })).key).toBe('cap_uy');
    expect(unwrap(app.api.createElection({ congressId, office: 'cap_uy', seats: 3 })).key).toBe('cap_uy-2');
    expect(failure(app.api.createElection({ congressId, office: 'bi_thu', seats: 0 }))).toMatchObject({ path: 'seats' });
    expect(failure(app.api.createElection({ congressId: 99, office: 'bi_thu', seats: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    const election = unwrap(app.api.getElection({ electionId: 1 }));
    expect(election).toMatchObject({ title: 'Bầu Ban Chấp hành (cấp ủy)', base: 150, votesNeeded: 76, format: 'B' });
    expect(election.listProblems.map((p) => p.code)).toEqual(['NO_CANDIDATES']);
  });
});

describe('the candidate list', () => {
  it('adds typed or pasted names, numbered in ballot order, with the surplus check live', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const election = unwrap(app.api.getElection({ electionId }));
    expect(election.candidates.map((c) => [c.key, c.number, c.name])).toEqual([
      ['c01', 1, 'Trần Văn Bảy'], ['c02', 2, 'Lê Thị Cúc'], ['c03', 3, 'Nguyễn Hữu Duy'], ['c04', 4, 'Phạm Minh Đức'], ['c05', 5, 'Hoàng Thị Giao'],
    ]);
    expect(election.format).toBe('A');
    expect(election.listProblems.map((p) => p.code)).toEqual(['SURPLUS_TOO_LARGE']); // 5 for 3 seats: at most 1 when N ≤ 5
  });

  it('refuses a duplicate name, unless the birth years tell two people apart; a batch is all or nothing', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    expect(failure(app.api.addCandidate({ electionId, name: ' lê thị  CÚC ' }))).toMatchObject({ code: 'DUPLICATE', path: 'name' });
    const batch = failure(app.api.addCandidates({ electionId, candidates: [{ name: 'Vũ Văn Hạnh' }, { name: 'Đỗ Thị Hoa' }, { name: 'Vũ Văn Hạnh' }] }));
    expect(batch).toMatchObject({ code: 'DUPLICATE', path: 'candidates[2].name' });
    expect(unwrap(app.api.getElection({ electionId })).candidates).toHaveLength(5);
    unwrap(app.api.updateCandidate({ candidateId: 2, birthYear: 1967 }));
    expect(unwrap(app.api.addCandidate({ electionId, name: 'Lê Thị Cúc', birthYear: 1980 })).key).toBe('c06');
  });

  it('sorts in ABC order (R8), reorders by hand, and withdraws a name that stays in the record', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { names: ['Phạm Minh Đức', 'Nguyễn Hữu Duy', 'Trần Văn Bảy', 'Lê Thị Cúc'] });
    unwrap(app.api.sortCandidatesAbc({ electionId }));
    const sorted = unwrap(app.api.getElection({ electionId })).candidates;
    expect(sorted.map((c) => c.name)).toEqual(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    unwrap(app.api.reorderCandidates({ electionId, candidateIds: [...sorted].reverse().map((c) => c.id) }));
    expect(unwrap(app.api.getElection({ electionId })).candidates.map((c) => c.name)[0]).toBe('Phạm Minh Đức');
    expect(failure(app.api.reorderCandidates({ electionId, candidateIds: [sorted[0]!.id] }))).toMatchObject({ path: 'candidateIds' });
    unwrap(app.api.withdrawCandidate({ candidateId: sorted[0]!.id, withdrawn: true, reason: 'Xin rút, đại hội đồng ý' }));
    const after = unwrap(app.api.getElection({ electionId }));
    expect(after.candidates.map((c) => [c.name, c.withdrawn, c.number])).toEqual([
      ['Phạm Minh Đức', false, 1], ['Nguyễn Hữu Duy', false, 2], ['Lê Thị Cúc', false, 3], ['Trần Văn Bảy', true, null],
    ]);
  });

  it('freezes the list once a ballot is entered', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    expect(failure(app.api.addCandidate({ electionId, name: 'Người mới' }))).toMatchObject({ code: 'HAS_BALLOTS' });
    // RULES R1: a withdrawal decided once papers are in use leaves the name on the paper at its number.
    unwrap(app.api.withdrawCandidate({ candidateId: 1, withdrawn: true }));
    expect(unwrap(app.api.getElection({ electionId })).candidates.slice(0, 2).map((c) => [c.number, c.withdrawn, c.onPaper])).toEqual([
      [1, true, true],
      [2, false, false],
    ]);
    expect(failure(app.api.sortCandidatesAbc({ electionId }))).toMatchObject({ code: 'HAS_BALLOTS' });
    expect(failure(app.api.removeCandidate({ candidateId: 1 }))).toMatchObject({ code: 'HAS_BALLOTS' });
    // A misspelt name may still be mended: the ballots refer to the candidate, not the spelling.
    unwrap(app.api.updateCandidate({ candidateId: 1, name: 'Trần Văn Bẩy' }));
    // Changing the seats may not change the ballot format under the ballots already entered.
    expect(failure(app.api.updateElection({ electionId, seats: 5 }))).toMatchObject({ code: 'HAS_BALLOTS', path: 'seats' });
    unwrap(app.api.updateElection({ electionId, seats: 4 }));
  });
});

describe('counting teams', () => {
  it('refuses a duplicate team name', () => {
    const app = openTestApp();
    const { congressId } = setUpElection(app);
    expect(failure(app.api.createTeam({ congressId, name: 'Tổ 1' }))).toMatchObject({ code: 'DUPLICATE', path: 'name' });
    const { teamId } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    expect(failure(app.api.renameTeam({ teamId, name: 'Tổ 1' }))).toMatchObject({ code: 'DUPLICATE' });
  });
});
