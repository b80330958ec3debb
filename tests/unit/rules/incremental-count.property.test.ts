import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotCounter } from '../../../shared/rules/count';
import { ballotContext, tallyCounted, tallyElection } from '../../../shared/rules/tally';
import { electionArb } from '../../helpers/election-arbitrary';

/**
 * Live results follow each Enter by adding the new ballot and taking out the one it corrects or
 * voids. Whatever the sequence, the result must be exactly what counting the ballots present
 * from scratch gives.
 */
describe('counting ballot by ballot', () => {
  it('after any sequence of entries, corrections and voids equals a count from scratch', () => {
    fc.assert(
      fc.property(electionArb, fc.array(fc.nat(), { maxLength: 80 }), (input, steps) => {
        const counter = new BallotCounter(ballotContext(input));
        const present: (typeof input.ballots)[number][] = [];
        let next = 0;
        for (const step of steps) {
          const kind = step % 3;
          if (kind === 0 || present.length === 0) {
            const ballot = input.ballots[next++ % Math.max(1, input.ballots.length)];
            if (!ballot) continue;
            counter.add(ballot);
            present.push(ballot);
          } else {
            const [removed] = present.splice(step % present.length, 1);
            counter.remove(removed!);
            if (kind === 1) {
              // A correction: the new version of the paper says what another ballot says.
              const replacement = input.ballots[step % input.ballots.length]!;
              counter.add(replacement);
              present.push(replacement);
            }
          }
        }
        expect(counter.records).toBe(present.length);
        expect(tallyCounted(input, counter)).toEqual(tallyElection({ ...input, ballots: present }));
      }),
      { numRuns: 400 },
    );
  });

  it('a counter made for another list is refused rather than tallied wrongly', () => {
    fc.assert(
      fc.property(electionArb, (input) => {
        const counter = new BallotCounter(ballotContext({ ...input, seats: input.seats + 1 }));
        expect(() => tallyCounted(input, counter)).toThrow(/another list/);
      }),
      { numRuns: 50 },
    );
  });

  it('taking out a ballot of a team that has none is a bug, not a silent negative count', () => {
    fc.assert(
      fc.property(electionArb, (input) => {
        fc.pre(input.ballots.length > 0);
        const counter = new BallotCounter(ballotContext(input));
        expect(() => counter.remove(input.ballots[0]!)).toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
