import { describe, expect, it } from 'vitest';
import type { BallotRecord } from '../../../shared/domain';
import { countElection } from '../../../shared/rules/count';
import { ballotContext } from '../../../shared/rules/tally';
import { compareTeamNames } from '../../../shared/text/natural-order';

const context = ballotContext({ candidates: ['a', 'b', 'c'].map((id) => ({ id, name: id, withdrawn: false })), seats: 2, allBothOrNoneInvalid: true });
const ballot = (team: string | null): BallotRecord => ({ choice: { kind: 'struck', ids: ['a'] }, count: 1, ruling: null, team });

describe('the order of the teams in a count', () => {
  it('is the ballots without a team first, then the teams by name with numbers in their natural order, whatever the entry order', () => {
    const entered = ['Tổ 10', 'Tổ 2', null, 'Tổ 1', 'Tổ 2'].map(ballot);
    const teams = countElection(entered, [{ team: 'Tổ 3', returned: 0, valid: 0, invalid: {}, votes: {} }], context, [{ team: 'Tổ 11', received: 4 }]).teams.map((t) => t.team);
    expect(teams).toEqual([null, 'Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 10', 'Tổ 11']);
    expect(countElection([...entered].reverse(), [{ team: 'Tổ 3', returned: 0, valid: 0, invalid: {}, votes: {} }], context, [{ team: 'Tổ 11', received: 4 }]).teams.map((t) => t.team)).toEqual(teams);
  });

  it('compares names as people read them', () => {
    expect(['Tổ 10', 'Tổ 9', 'Tổ 1', 'Hòm phiếu B', 'Hòm phiếu A'].sort(compareTeamNames)).toEqual(['Hòm phiếu A', 'Hòm phiếu B', 'Tổ 1', 'Tổ 9', 'Tổ 10']);
    expect(compareTeamNames('Tổ 2', 'Tổ 2')).toBe(0);
    expect(compareTeamNames('Tổ 2', 'Tổ 2a')).toBeLessThan(0);
  });
});
