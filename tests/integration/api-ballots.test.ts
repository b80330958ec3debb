import { describe, expect, it } from 'vitest';
import { failure, openTestApp, setUpElection, unwrap } from '../helpers/api';

describe('entering ballots', () => {
  it('stores each ballot with its verdict, team and operator, and the tally follows', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { seats: 4 });
    const entered = [
      app.api.enterBallot({ electionId, teamId, struck: ['c05'], operator: 'An' }),
      app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'], count: 12, operator: 'An' }),
      app.api.enterBallot({ electionId, teamId, struck: [], operator: 'An' }),
      app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02', 'c03', 'c04', 'c05'], operator: 'An' }),
      app.api.enterBallot({ electionId, teamId, invalid: 'MARKED_SIGNED', operator: 'An' }),
      app.api.enterBallot({ electionId, teamId, kept: ['c01'], invalid: 'WRITE_IN', note: 'ghi thêm tên', operator: 'An' }),
    ].map(unwrap);
    // Every paper has its own number: the stack of 12 takes 2–13.
    expect(entered.map((e) => [e.number, e.lastNumber, e.verdict])).toEqual([
      [1, 1, { valid: true }], [2, 13, { valid: true }], [14, 14, { valid: false, reason: 'OVER_N' }], [15, 15, { valid: false, reason: 'NONE_KEPT' }], [16, 16, { valid: false, reason: 'MARKED_SIGNED' }], [17, 17, { valid: false, reason: 'WRITE_IN' }],
    ]);
    const tally = unwrap(app.api.tally({ electionId }));
    expect(tally.ballots).toMatchObject({ counted: 17, valid: 13, invalid: 4 });
    expect(tally.candidates.map((c) => c.votes)).toEqual([1, 1, 13, 13, 12]);
    const listed = unwrap(app.api.listBallots({ electionId, newestFirst: true, limit: 2 }));
    expect(listed.total).toBe(6);
    expect(listed.ballots.map((b) => [b.number, b.operator, b.teamId, b.note])).toEqual([[17, 'An', teamId, 'ghi thêm tên'], [16, 'An', teamId, undefined]]);
    expect(listed.nextNumber).toBe(18);
  });

  it('refuses an unreadable ballot, naming the field, and stores nothing', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01', 'c99'] }))).toMatchObject({ code: 'INVALID_INPUT', message: 'struck[1]: không có ứng cử viên "c99"', path: 'struck[1]' });
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01'], kept: ['c02'] }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(failure(app.api.enterBallot({ electionId }))).toMatchObject({ message: 'Phải có một trong kept, struck, marks hoặc invalid' });
    expect(failure(app.api.enterBallot({ electionId, invalid: 'COMMITTEE_RULED' }))).toMatchObject({ path: 'note' });
    expect(failure(app.api.enterBallot({ electionId, marks: { c01: 'agree' } }))).toMatchObject({ path: 'marks' });
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01'], count: 0 }))).toMatchObject({ path: 'count' });
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01'], teamId: 77 }))).toMatchObject({ code: 'NOT_FOUND', path: 'teamId' });
    expect(unwrap(app.api.listBallots({ electionId })).total).toBe(0);
  });

  it('format B: agree / disagree / both / none per name', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { office: 'bi_thu', seats: 1, names: ['Phạm Minh Đức'] });
    unwrap(app.api.enterBallot({ electionId, marks: { c01: 'agree' }, count: 35 }));
    unwrap(app.api.enterBallot({ electionId, marks: { c01: 'disagree' }, count: 2 }));
    expect(unwrap(app.api.enterBallot({ electionId, marks: { c01: 'both' } })).verdict).toEqual({ valid: false, reason: 'B_SINGLE_BOTH_OR_NONE' });
    const tally = unwrap(app.api.tally({ electionId }));
    expect(tally).toMatchObject({ base: 43, outcome: 'complete', elected: ['c01'] });
    expect(tally.candidates[0]).toMatchObject({ votes: 35, percent: '81,40' });
  });
});

describe('correcting and voiding', () => {
  it('a correction supersedes the ballot; both versions stay, only the new one counts', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const first = unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], operator: 'An' }));
    const second = unwrap(app.api.correctBallot({ ballotId: first.ballotId, struck: ['c04', 'c05'], operator: 'Bình' }));
    expect(second).toMatchObject({ number: 1, uid: first.uid });
    expect(unwrap(app.api.tally({ electionId })).candidates.map((c) => c.votes)).toEqual([1, 1, 1, 0, 0]);
    const history = unwrap(app.api.ballotHistory({ ballotId: first.ballotId }));
    expect(history.map((v) => [v.version, v.struck, v.operator])).toEqual([[1, ['c01', 'c02'], 'An'], [2, ['c04', 'c05'], 'Bình']]);
    expect(failure(app.api.correctBallot({ ballotId: first.ballotId, struck: ['c01', 'c05'] }))).toMatchObject({ code: 'ALREADY_CORRECTED' });
  });

  it('a void removes the ballot from the count and keeps it in the record', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    const entered = unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c03', 'c02'] }));
    unwrap(app.api.voidBallot({ ballotId: entered.ballotId, reason: 'Nhập trùng' }));
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(1);
    expect(unwrap(app.api.listBallots({ electionId })).ballots.map((b) => b.number)).toEqual([2]);
    expect(unwrap(app.api.ballotHistory({ ballotId: entered.ballotId })).map((v) => v.kind)).toEqual(['struck', 'void']);
    expect(failure(app.api.voidBallot({ ballotId: entered.ballotId }))).toMatchObject({ code: 'ALREADY_CORRECTED' });
    // The next ballot gets the next number; numbers are never reused.
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] })).number).toBe(3);
  });
});

describe('team totals', () => {
  it('adds a hand-counted team to the tally, and refuses totals no team could have counted', () => {
    const app = openTestApp();
    const { electionId, congressId } = setUpElection(app);
    const { teamId } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    unwrap(app.api.setTeamTotals({ electionId, teamId, returned: 20, valid: 19, invalid: { OVER_N: 1 }, votes: { c01: 15, c02: 12, c03: 10, c04: 9, c05: 11 } }));
    const tally = unwrap(app.api.tally({ electionId }));
    expect(tally.ballots).toMatchObject({ counted: 20, valid: 19, invalid: 1, invalidByReason: { OVER_N: 1 } });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 20, valid: 19, votes: { c01: 20 } }))).toMatchObject({ path: 'votes.c01' });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 2, valid: 1, votes: { c01: 1, c02: 1, c03: 1, c04: 1 } }))).toMatchObject({ path: 'votes', message: 'votes: tổng số phiếu bầu (4) vượt quá số cần bầu × số phiếu hợp lệ (3 × 1)' });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: -2, valid: 1 }))).toMatchObject({ path: 'returned' });
    expect(unwrap(app.api.tally({ electionId })).ballots.valid).toBe(19);
    unwrap(app.api.removeTeamTotals({ electionId, teamId }));
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(0);
  });
});
