import { useMemo } from 'react';
import type { ElectionView } from '../../api/types';
import { paperContext } from '../paper-list';

/** The ballot of the election as the keyboard field reads it (the same as the entry screen). */
export function useBallotLayout(election: ElectionView) {
  return useMemo(() => {
    const context = paperContext(election);
    return { context, options: { format: election.format, listIds: context.listIds, mode: 'struck' as const } };
  }, [election]);
}
