import { describe, expect, it } from 'vitest';
import { CHAIR_PIN, openTestApp, setUpElection, unwrap } from '../helpers/api';

/**
 * The final result per office through the database (issue 11, item 5). Round 1: 3 seats, base 43
 * (22 needed); An and Bảy elected with 36, Cúc and Duy tied with 22; round 2 the tie-break.
 */
function tieAndTieBreak() {
  const app = openTestApp();
  const { congressId, electionId } = setUpElection(app, { office: 'dai_bieu', names: ['An', 'Bảy', 'Cúc', 'Duy', 'Em'] });
  const enter = (id: number, kept: string[], count: number) => unwrap(app.api.enterBallot({ electionId: id, kept, count, operator: 'Người nhập' }));
  enter(electionId, ['c01', 'c02', 'c03'], 17);
  const single = enter(electionId, ['c01', 'c02', 'c03'], 1);
  enter(electionId, ['c01', 'c02', 'c04'], 18);
  enter(electionId, ['c03', 'c04', 'c05'], 4);
  const round2 = unwrap(app.api.createNextRound({ pin: CHAIR_PIN, electionId, operator: 'Thư ký' }));
  return { app, congressId, electionId, round2, single, enter };
}

describe('finalResults: one result per office across its rounds', () => {
  it('while the tie-break is open: round 1’s two elected, provisional; once it elects and is locked: all three, final', () => {
    const { app, congressId, electionId, round2, enter } = tieAndTieBreak();
    const [open] = unwrap(app.api.finalResults({ congressId }));
    expect(open).toMatchObject({ office: 'dai_bieu', seats: 3, rounds: [expect.any(String), round2.key], electionIds: [electionId, round2.electionId], openRounds: [round2.key], final: false });
    expect(open?.elected.map((e) => e.name)).toEqual(['An', 'Bảy']);

    enter(round2.electionId, ['c04'], 25);
    enter(round2.electionId, ['c03'], 15);
    unwrap(app.api.lockElection({ pin: CHAIR_PIN, electionId: round2.electionId }));
    const [done] = unwrap(app.api.finalResults({ congressId }));
    expect(done?.elected.map((e) => [e.name, e.votes, e.roundNumber])).toEqual([['An', 36], ['Bảy', 36], ['Duy', 25]].map(([n, v], i) => [n, v, i < 2 ? 1 : 2]));
    expect(done).toMatchObject({ unfilledSeats: 0, tie: null, final: true, openRounds: [] });
  });

  it('a tie-break voided by a correction of round 1 contributes nothing', () => {
    const { app, congressId, electionId, round2, single, enter } = tieAndTieBreak();
    enter(round2.electionId, ['c03'], 20);
    // The correction makes Duy elected in round 1 outright: the tie-break is voided.
    unwrap(app.api.correctBallot({ ballotId: single.ballotId, kept: ['c01', 'c02', 'c04'], pin: CHAIR_PIN, reason: 'Đọc nhầm', operator: 'Trưởng ban' }));
    const [final] = unwrap(app.api.finalResults({ congressId }));
    expect(final?.electionIds).toEqual([electionId]);
    expect(final?.elected.map((e) => e.name)).toEqual(['An', 'Bảy', 'Duy']);
    expect(final).toMatchObject({ unfilledSeats: 0, final: true });
  });
});
