import { useMemo } from 'react';
import { ballotContext } from '../../../shared/rules/tally';
import type { ElectionView } from '../../api/types';

/** The ballot of the election as the keyboard field reads it (the same as the entry screen). */
export function useBallotLayout(election: ElectionView) {
  return useMemo(() => {
    const listed = election.candidates.filter((c) => !c.withdrawn);
    const context = ballotContext({ candidates: listed.map((c) => ({ id: c.key, name: c.name, withdrawn: false })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
    return { context, options: { format: election.format, listIds: context.listIds, mode: 'struck' as const } };
  }, [election]);
}
