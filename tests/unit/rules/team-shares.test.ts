import { describe, expect, it } from 'vitest';
import { tallyElection } from '../../../shared/rules/tally';
import { candidates, electionInput, struck } from '../../helpers/elections';

const list = candidates(5);
const ballots = (team: string, n: number) => Array.from({ length: n }, () => struck(['c01'], 1, team));
const codes = (input: Parameters<typeof electionInput>[0]) => tallyElection(electionInput(input)).problems.filter((p) => p.code.startsWith('TEAM')).map((p) => `${p.severity}:${p.code}:${p.team ?? ''}`);

describe('RULES R4.5 with the ballots handed to each team', () => {
  it('adds nothing while no team has a declared share', () => {
    expect(codes({ candidates: list, seats: 4, ballots: [...ballots('Tổ 1', 3), ...ballots('Tổ 2', 2)], ballotsReturned: 5 })).toEqual([]);
  });

  it('passes when each team counted its share and the shares make the ballots returned', () => {
    const input = { candidates: list, seats: 4, ballots: [...ballots('Tổ 1', 3), ...ballots('Tổ 2', 2)], ballotsReturned: 5, teamReceived: [{ team: 'Tổ 1', received: 3 }, { team: 'Tổ 2', received: 2 }] };
    expect(codes(input)).toEqual([]);
    expect(tallyElection(electionInput(input)).teams.map((t) => [t.team, t.received, t.returned])).toEqual([['Tổ 1', 3, 3], ['Tổ 2', 2, 2]]);
  });

  it('blocks while a team has counted fewer or more than its share, or nothing yet', () => {
    expect(codes({ candidates: list, seats: 4, ballots: [...ballots('Tổ 1', 2), ...ballots('Tổ 2', 2)], ballotsReturned: 5, teamReceived: [{ team: 'Tổ 1', received: 3 }, { team: 'Tổ 2', received: 2 }] })).toEqual(['error:TEAM_RETURNED_NE_RECEIVED:Tổ 1']);
    const waiting = tallyElection(electionInput({ candidates: list, seats: 4, ballots: ballots('Tổ 1', 3), ballotsReturned: 5, teamReceived: [{ team: 'Tổ 1', received: 3 }, { team: 'Tổ 2', received: 2 }] }));
    expect(waiting.problems.find((p) => p.team === 'Tổ 2')?.message).toBe('Tổ 2 được giao 2 phiếu nhưng đã nhập hoặc báo cáo 0 phiếu');
    expect(waiting.teams.find((t) => t.team === 'Tổ 2')).toMatchObject({ entered: 0, received: 2, returned: 0 });
  });

  it('blocks when the shares do not add up to the ballots returned, and warns of a team without a share', () => {
    const problems = tallyElection(electionInput({ candidates: list, seats: 4, ballots: [...ballots('Tổ 1', 3), ...ballots('Tổ 2', 2)], ballotsReturned: 5, teamReceived: [{ team: 'Tổ 1', received: 3 }] })).problems;
    expect(problems.map((p) => `${p.severity}:${p.code}`)).toEqual(expect.arrayContaining(['warning:TEAM_RECEIVED_NOT_DECLARED', 'error:TEAMS_RECEIVED_NE_RETURNED']));
    expect(problems.find((p) => p.code === 'TEAMS_RECEIVED_NE_RETURNED')?.message).toBe('Tổng số phiếu giao cho các tổ (3) khác số phiếu thu vào (5)');
  });

  it('counts a team’s hand totals against its share too', () => {
    const input = { candidates: list, seats: 4, ballots: ballots('Tổ 1', 3), teamTotals: [{ team: 'Tổ 2', returned: 2, valid: 2, invalid: {}, votes: { c02: 2 } }], ballotsReturned: 5, teamReceived: [{ team: 'Tổ 1', received: 3 }, { team: 'Tổ 2', received: 2 }] };
    expect(codes(input)).toEqual([]);
  });
});
