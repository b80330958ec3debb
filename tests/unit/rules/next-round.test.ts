import { describe, expect, it } from 'vitest';
import { OFFICES } from '../../../shared/domain';
import { decideOutcome } from '../../../shared/rules/outcome';
import { proposeNextRound } from '../../../shared/rules/next-round';

/** RULES R6: what the program proposes after a tie or a shortfall. */

const ids = ['c1', 'c2', 'c3', 'c4'];
const outcomeOf = (votes: number[], seats: number) => decideOutcome({ candidates: votes.map((v, i) => ({ id: ids[i] as string, votes: v })), seats, base: 40, requireMajority: true });

describe('RULES R6: the next round', () => {
  it('proposes voting again (bầu tiếp) after a shortfall for đại biểu only; for other offices the presidium decides', () => {
    const short = outcomeOf([30, 25, 15, 10], 3);
    expect(short.outcome).toBe('short');
    expect(proposeNextRound('dai_bieu', ids, short)).toEqual({ kind: 'further', seats: 1, candidateIds: ['c3', 'c4'], requireMajority: true, recommended: true });
    for (const office of OFFICES.filter((o) => o !== 'dai_bieu')) {
      expect(proposeNextRound(office, ids, short)).toEqual({ kind: 'further', seats: 1, candidateIds: ['c3', 'c4'], requireMajority: true, recommended: false });
    }
  });

  it('always proposes the tie-break among the tied, needing the majority unless the congress rules otherwise', () => {
    const tie = outcomeOf([30, 25, 25, 10], 2);
    expect(tie.outcome).toBe('tie');
    for (const office of OFFICES) {
      expect(proposeNextRound(office, ids, tie)).toEqual({ kind: 'tie_break', seats: 1, candidateIds: ['c2', 'c3'], requireMajority: true, recommended: true });
    }
    expect(proposeNextRound('cap_uy', ids, tie, false)).toMatchObject({ kind: 'tie_break', requireMajority: false, recommended: true });
  });

  it('proposes nothing when every seat is filled', () => {
    expect(proposeNextRound('dai_bieu', ids, outcomeOf([30, 25, 21, 10], 3))).toBeNull();
  });
});
