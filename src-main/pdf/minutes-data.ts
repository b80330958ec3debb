import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { earlierRoundsInFile } from '../../shared/minutes/earlier-rounds';
import { electionForMinutes } from '../../shared/minutes/model';
import { tallyElection } from '../../shared/rules/tally';
import { sealedLockOf } from '../services/congress-file-locks';
import type { MinutesInput } from './minutes-input';

/** The minutes of one election of a congress file: the same tally as everywhere else, and the file's lock when its seal holds (else a draft). */
export function minutesInputFromFile(file: CongressFile, election: ElectionInFile): MinutesInput {
  const input = electionTallyInputFromFile(file.congress, election);
  return {
    congress: file.congress,
    election: electionForMinutes({ ...election, baseOverride: election.base }, election.candidates, earlierRoundsInFile(file, election)),
    tally: tallyElection(input),
    lock: sealedLockOf(file, election),
    ...(election.scans?.length ? { scans: election.scans.map((s) => ({ image: s.image, sha256: s.sha256, decision: s.decision, ballotNumber: s.number ?? null, reason: s.reason ?? null, note: s.note ?? null, decidedBy: s.decidedBy ?? null })) } : {}),
    ...(election.scanChecks?.length ? { scanChecks: election.scanChecks } : {}),
  };
}
