import { largerEntered, paperBound, type LargestEntered, type PaperBound } from '../../shared/validation/paper-bounds';
import type { ElectionRow } from '../db/store';
import type { ApiContext } from './context';

/** RULES R4 item 6 for an election of the file: the ballots returned when declared, else those summoned. */
export function paperBoundOf(ctx: ApiContext, election: Pick<ElectionRow, 'congressId' | 'ballotsReturned'>): PaperBound {
  return paperBound(election.ballotsReturned, ctx.store.getCongress(election.congressId)?.summoned ?? 0);
}

/** The largest stack and the largest team total entered in an election: a new bound may not fall under them. */
export function largestEntered(ctx: ApiContext, electionId: number): LargestEntered | null {
  let stack: LargestEntered | null = null;
  for (const ballot of ctx.ballots.currentBallots(electionId)) if (ballot.count > (stack?.figure ?? 0)) stack = { figure: ballot.count, what: 'stack' };
  let team: LargestEntered | null = null;
  for (const total of ctx.store.listTeamTotals(electionId)) {
    const figure = Math.max(total.returned, total.valid);
    if (figure > (team?.figure ?? 0)) team = { figure, what: 'team' };
  }
  return largerEntered(stack, team);
}
