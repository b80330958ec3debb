import { ERROR_CODES } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/result';
import { overLimitMessage, paperOverLimit, type PaperFigures } from '../../shared/rules/paper-limits';
import type { ElectionRow } from '../db/store';
import type { ApiContext } from './context';

/** The papers counted in the election and in one team: entered (stacks by their papers) plus hand-counted totals. */
function countedPapers(ctx: ApiContext, electionId: number, teamId: number | null): { election: number; team: number } {
  let election = 0;
  let team = 0;
  const entered = ctx.ballots.papersByTeam(electionId) ?? new Map(ctx.store.papersByTeam(electionId).map((r) => [r.teamId, r.papers]));
  for (const [rowTeam, papers] of entered) {
    election += papers;
    if (rowTeam === teamId) team += papers;
  }
  for (const total of ctx.store.listTeamTotals(electionId)) {
    election += total.returned;
    if (total.teamId === teamId) team += total.returned;
  }
  return { election, team };
}

/**
 * RULES R4 items 3 and 6 (shared/rules/paper-limits.ts): `adding` more papers for `teamId` fit in
 * the papers returned and in the team's declared share; else TOO_MANY_PAPERS with the figures.
 * `teamOnly`: a correction moving papers already counted to another team adds nothing to the
 * election, only to that team.
 */
export function checkPapersFit(ctx: ApiContext, election: ElectionRow, teamId: number | null, adding: number, teamOnly = false): Result<null> {
  const counted = countedPapers(ctx, election.id, teamId);
  const share = teamId === null ? undefined : ctx.store.listTeamReceived(election.id).find((r) => r.teamId === teamId);
  const team = share ? { name: share.teamName, counted: counted.team, received: share.received } : null;
  const figures: PaperFigures = teamOnly
    ? { adding, counted: 0, returned: null, team }
    : { adding, counted: counted.election, returned: election.ballotsReturned, team };
  const over = paperOverLimit(figures);
  return over ? fail(ERROR_CODES.tooManyPapers, overLimitMessage(over), 'count') : ok(null);
}
