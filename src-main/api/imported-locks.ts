import type { CongressFile } from '../../shared/congress-file/schema';
import { tallyElection } from '../../shared/rules/tally';
import { electionTallyInput } from '../services/election-data';
import { auditHeadNow, sealNow } from '../services/election-seal';
import type { ApiContext } from './context';

/**
 * An imported congress keeps its locks: each locked election of the file gets its `election.locked`
 * event, carrying the file's lock when it had one (its seal was checked against the data
 * when the file was read), else sealing the data as imported, with the result as the app records
 * it at a lock. Call in the import's transaction.
 */
export function lockImportedElections(ctx: ApiContext, congressId: number, file: CongressFile, operator: string | undefined): void {
  const congress = ctx.store.getCongress(congressId);
  if (!congress) throw new Error(`lockImportedElections: no congress ${congressId}`);
  const locks = new Map(file.elections.map((e) => [e.id, e.lock]));
  for (const election of ctx.store.listElections(congressId)) {
    if (election.status !== 'locked') continue;
    const input = electionTallyInput(ctx.store, congress, election);
    const lock = locks.get(election.key);
    const tally = tallyElection(input);
    // As a lock in the app records it: who was elected, the votes and the ballots, for the log's reader.
    const result = { elected: tally.elected, votes: Object.fromEntries(tally.candidates.map((c) => [c.id, c.votes])), ballots: tally.ballots };
    // Without a lock in the file, the data is sealed as imported, as the app seals a lock.
    const sealed = lock ? { fingerprint: lock.fingerprint, lock } : (({ code, digests }) => ({ fingerprint: code, digests }))(sealNow(ctx.store, election, auditHeadNow(ctx.store)));
    ctx.audit('election.locked', { congressId, electionId: election.id, operator }, { ...sealed, outcome: tally.outcome, imported: true, ...result });
  }
}
