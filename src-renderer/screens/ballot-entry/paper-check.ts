import { useEffect, useState } from 'react';
import { paperOverLimit, type PaperOverLimit } from '../../../shared/rules/paper-limits';
import type { ElectionResult, ElectionView } from '../../api/types';

/** Papers sent to be stored whose count is not yet in the live result. */
export interface PapersOnTheWay {
  team: string | null;
  count: number;
}

/** The live result and the papers still on their way. */
export interface PapersNow {
  result: ElectionResult | null;
  onTheWay: readonly PapersOnTheWay[];
}

/**
 * The limit a paper would break (shared/rules/paper-limits.ts), checked at Enter from the live
 * result and the papers still on their way, so that the refusal is immediate and the typed ballot
 * stays in the box. The api checks again (two stations, or a result not yet refreshed).
 */
export function overLimitAtEnter(args: PapersNow & { election: ElectionView; summoned: number; team: string | null; adding: number }): PaperOverLimit | null {
  const { election, result, summoned, team, adding, onTheWay } = args;
  if (result === null) return null;
  const teamCount = team === null ? undefined : result.teams.find((t) => t.team === team);
  const sentFor = (name: string) => onTheWay.filter((p) => p.team === name).reduce((sum, p) => sum + p.count, 0);
  const sent = onTheWay.reduce((sum, p) => sum + p.count, 0);
  return paperOverLimit({
    adding,
    counted: result.ballots.counted + sent,
    returned: election.ballotsReturned,
    team: team !== null && teamCount?.received != null ? { name: team, counted: teamCount.returned + sentFor(team), received: teamCount.received } : null,
  });
}

/**
 * The check at Enter for the entry screen's election and team. A returned figure just corrected
 * counts at once, before the election is read again (the next Enter may come first).
 */
export function useOverLimitCheck(election: ElectionView, summoned: number, team: string | null) {
  const [returnedNow, setReturnedNow] = useState<number | undefined>(undefined);
  useEffect(() => setReturnedNow(undefined), [election.ballotsReturned]);
  const current = returnedNow === undefined ? election : { ...election, ballotsReturned: returnedNow };
  return {
    overLimitOf: (papers: PapersNow, adding: number) => overLimitAtEnter({ election: current, ...papers, summoned, team, adding }),
    returnedCorrected: setReturnedNow,
  };
}
