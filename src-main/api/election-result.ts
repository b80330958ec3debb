import type { ElectionResult } from '../../shared/api/views';
import { ballotContext, tallyCounted } from '../../shared/rules/tally';
import type { CongressRow, ElectionRow } from '../db/store';
import { electionSetup } from '../services/election-data';
import { lockOfElection } from '../services/election-locks';
import { auditHeadNow, sealNow } from '../services/election-seal';
import type { ApiContext } from './context';

/** Live results: the ballots are counted one at a time as they are entered, never all again. */
export function electionResultOf(ctx: ApiContext, congress: CongressRow, election: ElectionRow): ElectionResult {
  const setup = { ...electionSetup(ctx.store, congress, election), scans: ctx.store.scanFigures(election.id) };
  const { counter } = ctx.ballots.counted(election.id, ballotContext(setup));
  const tally = tallyCounted(setup, counter);
  const lock = lockOfElection(ctx.store, election);
  return { ...tally, electionId: election.id, title: election.title, status: election.status, fingerprint: lock?.fingerprint ?? null, lock };
}

/**
 * Seals the result: the election becomes locked (unless it is already: a correction of a finished
 * round seals it anew) and the lock's event records the seal (shared/seal) of the data and of the
 * log's head just before it, which every reader and the integrity check hold the data to from
 * then on. Returns the seal.
 */
export function recordLock(ctx: ApiContext, congress: CongressRow, election: ElectionRow, result: ElectionResult, operator: string | undefined, why: Record<string, unknown> = {}): string {
  if (election.status !== 'locked') ctx.store.updateElection(election.id, { status: 'locked' });
  const seal = sealNow(ctx.store, election, auditHeadNow(ctx.store));
  ctx.audit('election.locked', { congressId: congress.id, electionId: election.id, operator }, {
    ...why, fingerprint: seal.code, digests: seal.digests, outcome: result.outcome, elected: result.elected, votes: Object.fromEntries(result.candidates.map((c) => [c.id, c.votes])), ballots: result.ballots,
  });
  return seal.code;
}
