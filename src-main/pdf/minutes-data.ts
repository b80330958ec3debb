import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import type { Office } from '../../shared/domain';
import { tallyElection } from '../../shared/rules/tally';
import { countedDataFingerprint } from '../services/fingerprint';
import type { ElectionForMinutes, MinutesInput } from './minutes-input';

/** What the minutes say of an election, from its settings and its list (database or file alike). */
export function electionForMinutes(
  election: { title?: string | undefined; office: Office; baseOverride: number | null; requireMajority: boolean; allBothOrNoneInvalid: boolean },
  candidates: readonly { name: string; withdrawn: boolean }[],
): ElectionForMinutes {
  return {
    title: election.title ?? '',
    office: election.office,
    baseOverridden: election.baseOverride !== null,
    requireMajority: election.requireMajority,
    allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    withdrawn: candidates.filter((c) => c.withdrawn).map((c) => c.name),
  };
}

/** The minutes of one election of a congress file: the same tally and fingerprint as everywhere else. */
export function minutesInputFromFile(file: CongressFile, election: ElectionInFile): MinutesInput {
  const input = electionTallyInputFromFile(file.congress, election);
  return {
    congress: file.congress,
    election: electionForMinutes({ ...election, baseOverride: election.base }, election.candidates),
    tally: tallyElection(input),
    fingerprint: countedDataFingerprint(input),
  };
}
