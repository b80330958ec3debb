import { describe, expect, it } from 'vitest';
import { failure, openTestApp, setUpElection, unwrap, type TestApp } from '../helpers/api';

/** Issue 18, item 3 (RULES R4.3 and R4.6): more papers than returned stop at Enter, with the figures and the ways out. */

function enteredEvents(app: TestApp, electionId: number): number {
  return unwrap(app.api.listAudit({ electionId, limit: 500 })).filter((e) => e.kind === 'ballot.entered').length;
}

describe('the paper that would make entered exceed returned', () => {
  it('is refused at Enter with the figures and the two ways out; nothing is stored or logged', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { ballotsReturned: 5 });
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'], count: 4, operator: 'An' }));
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c03', 'c04'], operator: 'An' }));
    const refused = failure(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c05'], operator: 'An' }));
    expect(refused).toEqual({
      code: 'TOO_MANY_PAPERS',
      path: 'count',
      message: 'Đã nhập 5 / 5 phiếu thu vào: phiếu này sẽ thành 6 phiếu, nhiều hơn số phiếu thu vào, nên chưa lưu. Nếu có phiếu bị nhập hai lần, tìm và hủy phiếu đó; nếu số phiếu thu vào ghi sai, chủ tịch đoàn sửa lại số này.',
    });
    const listed = unwrap(app.api.listBallots({ electionId, withVoided: true }));
    expect([listed.total, listed.nextNumber]).toEqual([2, 6]);
    expect(enteredEvents(app, electionId)).toBe(2);
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(5);
  });

  it('a stack is refused whole when its papers do not all fit', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { ballotsReturned: 5 });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], count: 3 }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c03', 'c04'], count: 3 })).message).toMatch(/^Đã nhập 3 \/ 5 phiếu thu vào: chồng 3 phiếu này sẽ thành 6 phiếu, nhiều hơn số phiếu thu vào/);
    unwrap(app.api.enterBallot({ electionId, struck: ['c03', 'c04'], count: 2 }));
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(5);
  });

  it('a paper entered twice and voided makes room again', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { ballotsReturned: 2 });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    const twice = unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c03', 'c04'] })).code).toBe('TOO_MANY_PAPERS');
    unwrap(app.api.voidBallot({ ballotId: twice.ballotId, reason: 'nhập hai lần', operator: 'An' }));
    expect(unwrap(app.api.enterBallot({ electionId, struck: ['c03', 'c04'] })).number).toBe(3);
  });

  it('the returned figure corrected by the chair, with a reason kept in the log, lets the paper in', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { ballotsReturned: 1 });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c03', 'c04'] })).code).toBe('TOO_MANY_PAPERS');
    unwrap(app.api.updateElection({ electionId, ballotsReturned: 2, reason: 'Tổ 1 đếm lại hòm phiếu: 2 phiếu', operator: 'Chủ tịch đoàn' }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c03', 'c04'] }));
    const updated = unwrap(app.api.listAudit({ electionId, limit: 100 })).find((e) => e.kind === 'election.updated');
    expect(updated?.operator).toBe('Chủ tịch đoàn');
    expect(JSON.parse(updated?.payload ?? '{}')).toMatchObject({ changes: { ballotsReturned: 2 }, reason: 'Tổ 1 đếm lại hòm phiếu: 2 phiếu' });
  });

  it('papers a team counted by hand count toward the papers returned', () => {
    const app = openTestApp();
    const { congressId, electionId } = setUpElection(app, { ballotsReturned: 5 });
    const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    unwrap(app.api.setTeamTotals({ electionId, teamId: team2, returned: 4, valid: 4, invalid: {}, votes: { c01: 4 } }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] })).message).toMatch(/^Đã nhập 5 \/ 5 phiếu thu vào/);
  });

  it('with no returned figure, any number of papers is taken, but a stack larger than the people summoned is not', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app);
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], count: 45 }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], count: 2 }));
    expect(failure(app.api.enterBallot({ electionId, struck: ['c01', 'c02'], count: 46 }))).toMatchObject({ code: 'INVALID_INPUT', path: 'count', message: 'Phiếu: một chồng 46 tờ phiếu giống nhau, nhiều hơn số được triệu tập (45), vì chưa khai số phiếu thu vào: không thể có' });
  });
});

describe('a team with a declared share', () => {
  it('takes no more papers than it was handed; other teams are not held by its share', () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app);
    const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    unwrap(app.api.setTeamReceived({ electionId, teamId, received: 2 }));
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'], count: 2 }));
    expect(failure(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'] })).message).toMatch(/^Tổ 1: đã nhập 2 \/ 2 phiếu được giao: phiếu này sẽ thành 3 phiếu, nhiều hơn số phiếu giao cho Tổ 1, nên chưa lưu/);
    unwrap(app.api.enterBallot({ electionId, teamId: team2, struck: ['c01', 'c02'] }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c01', 'c02'] }));
  });

  it('a correction that would move a paper into a full team is refused; the share corrected with a reason is logged', () => {
    const app = openTestApp();
    const { congressId, electionId, teamId } = setUpElection(app);
    const { teamId: team2 } = unwrap(app.api.createTeam({ congressId, name: 'Tổ 2' }));
    unwrap(app.api.setTeamReceived({ electionId, teamId, received: 1 }));
    unwrap(app.api.enterBallot({ electionId, teamId, struck: ['c01', 'c02'] }));
    const other = unwrap(app.api.enterBallot({ electionId, teamId: team2, struck: ['c01', 'c02'] }));
    expect(failure(app.api.correctBallot({ ballotId: other.ballotId, teamId, struck: ['c03', 'c04'] })).code).toBe('TOO_MANY_PAPERS');
    unwrap(app.api.correctBallot({ ballotId: other.ballotId, teamId: team2, struck: ['c03', 'c04'] }));
    unwrap(app.api.setTeamReceived({ electionId, teamId, received: 2, reason: 'Ban kiểm phiếu giao thêm 1 phiếu', operator: 'Chủ tịch đoàn' }));
    const logged = unwrap(app.api.listAudit({ electionId, limit: 100 })).filter((e) => e.kind === 'team_received.set').at(-1);
    expect(JSON.parse(logged?.payload ?? '{}')).toMatchObject({ before: 1, after: 2, reason: 'Ban kiểm phiếu giao thêm 1 phiếu' });
  });
});

describe('a team total (RULES R4.6)', () => {
  it('larger than the papers returned is refused where it is typed', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app, { ballotsReturned: 5 });
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 6, valid: 6, invalid: {}, votes: {} }))).toMatchObject({ code: 'INVALID_INPUT', path: 'returned', message: 'returned: Tổ 1 báo 6 phiếu, nhiều hơn số phiếu thu vào (5): không thể có' });
    expect(unwrap(app.api.tally({ electionId })).ballots.counted).toBe(0);
  });

  it('larger than the people summoned, when the papers returned are not declared, is refused', () => {
    const app = openTestApp();
    const { electionId, teamId } = setUpElection(app);
    expect(failure(app.api.setTeamTotals({ electionId, teamId, returned: 46, valid: 46, invalid: {}, votes: {} })).message).toBe('returned: Tổ 1 báo 46 phiếu, nhiều hơn số được triệu tập (45), vì chưa khai số phiếu thu vào: không thể có');
  });
});
