import type { ElectionResult } from '../../shared/api/views';
import { ballotContext, tallyCounted } from '../../shared/rules/tally';
import type { CongressRow, ElectionRow } from '../db/store';
import { electionSetup } from '../services/election-data';
import { lockOfElection } from '../services/election-locks';
import { fingerprintOf } from '../services/fingerprint';
import type { ApiContext } from './context';

/** Live results: the ballots are counted one at a time as they are entered, never all again. */
export function electionResultOf(ctx: ApiContext, congress: CongressRow, election: ElectionRow): ElectionResult {
  const setup = { ...electionSetup(ctx.store, congress, election), scans: ctx.store.scanFigures(election.id) };
  const { counter, digestSum } = ctx.ballots.counted(election.id, ballotContext(setup));
  const fingerprint = fingerprintOf(setup, { count: counter.records, digestSum });
  const tally = tallyCounted(setup, counter);
  return { ...tally, electionId: election.id, title: election.title, status: election.status, fingerprint, lock: lockOfElection(ctx.store, election) };
}

/**
 * Seals the result: the election becomes locked (unless it is already: a correction of a finished
 * round seals it anew) and the lock's event records the fingerprint the integrity check holds the
 * data to from then on.
 */
export function recordLock(ctx: ApiContext, congress: CongressRow, election: ElectionRow, result: ElectionResult, operator: string | undefined, why: Record<string, unknown> = {}): void {
  if (election.status !== 'locked') ctx.store.updateElection(election.id, { status: 'locked' });
  ctx.audit('election.locked', { congressId: congress.id, electionId: election.id, operator }, {
    ...why, fingerprint: result.fingerprint, outcome: result.outcome, elected: result.elected, votes: Object.fromEntries(result.candidates.map((c) => [c.id, c.votes])), ballots: result.ballots,
  });
}
