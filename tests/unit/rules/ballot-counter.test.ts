import { describe, expect, it } from 'vitest';
import type { BallotRecord } from '../../../shared/domain';
import { BallotCounter, countElection } from '../../../shared/rules/count';
import { ballotContext, tallyCounted } from '../../../shared/rules/tally';
import { candidates, electionInput, kept, struck } from '../../helpers/elections';

/** Counting ballot by ballot (live results): the edges the property tests do not reach. */

const list = candidates(5);
const input = electionInput({ candidates: list, seats: 3 });
const context = ballotContext(input);
const ballots: BallotRecord[] = [kept(['c01', 'c02'], 2, 'Tổ 1'), struck(['c03', 'c04'], 1, 'Tổ 2'), { ...kept(['c05']), ruling: 'MARKED_SIGNED' }];
const counterOf = (records: readonly BallotRecord[]) => {
  const counter = new BallotCounter(context);
  for (const ballot of records) counter.add(ballot);
  return counter;
};

describe('a ballot counter', () => {
  it('counts without team totals or shares when given none', () => {
    expect(counterOf(ballots).count()).toEqual(countElection(ballots, [], context));
  });

  it('a copy goes on counting on its own: neither the copy nor the original sees the other’s ballots', () => {
    const original = counterOf(ballots);
    const copy = original.clone();
    expect(copy.count()).toEqual(original.count());
    expect(copy.records).toBe(3);

    const more: BallotRecord[] = [kept(['c01'], 1, 'Tổ 1'), struck(['c01', 'c02'], 4, 'Tổ 2'), { ...struck([]), ruling: 'NOT_ISSUED', team: 'Tổ 1' }];
    for (const ballot of more) copy.add(ballot);
    copy.remove(ballots[0] as BallotRecord);
    expect(original.count()).toEqual(countElection(ballots, [], context));
    expect(copy.count()).toEqual(countElection([...ballots.slice(1), ...more], [], context));

    original.add(kept(['c05'], 3, 'Tổ 2'));
    expect(copy.count()).toEqual(countElection([...ballots.slice(1), ...more], [], context));
  });

  it('taking out a ballot of a team that has none names the team', () => {
    expect(() => counterOf(ballots).remove(kept(['c01'], 1, 'Tổ 9'))).toThrow('count: no ballot of team Tổ 9 to take out');
  });
});

describe('tallying ballots counted one by one', () => {
  const counted = (change: Partial<Parameters<typeof electionInput>[0]>) => {
    const counter = new BallotCounter(ballotContext(electionInput({ candidates: list, seats: 3, ...change })));
    return () => tallyCounted(input, counter);
  };

  it('refuses a count made for the names in another order, for more names, or with the other rule for both-or-none ballots', () => {
    expect(counted({})).not.toThrow();
    expect(counted({ candidates: [list[1], list[0], ...list.slice(2)] as typeof list })).toThrow(/another list/);
    expect(counted({ candidates: [...list, ...candidates(6).slice(5)] })).toThrow(/another list/);
    expect(counted({ allBothOrNoneInvalid: false })).toThrow(/another list/);
  });
});
