import type { BallotRecord } from '../domain';
import { err, type Result } from '../result';
import { validationError } from '../validation/issues';
import { ERROR_CODES } from '../api/errors';
import { BallotCounter } from '../rules/count';
import { ballotContext, tallyCounted, tallyElection, type ElectionTally } from '../rules/tally';
import { ballotRecordFromEntry } from '../validation/ballot-entry';
import { readCongressFile } from './read';
import type { BallotEntry, CongressFile, ElectionInFile } from './schema';
import { checkContinuedOutcomes } from './round-chains';
import { electionSetupFromFile, electionTallyInputFromFile } from './tally-input';

export { candidateOnListFromFile, electionSetupFromFile, electionTallyInputFromFile, scanFiguresOf } from './tally-input';

/**
 * Reads a congress file's bytes and tallies it, counting each ballot as it is read: a file of a
 * million ballots is never held whole (the file that comes back has no ballots in it). `alsoEach`
 * sees every ballot entry too (the seal of a locked election, shared/seal).
 */
export function readAndTallyCongressFile(bytes: Uint8Array, alsoEach?: (election: ElectionInFile, index: number, entry: BallotEntry) => void): Result<{ file: CongressFile; tallies: ElectionTally[] }> {
  const counters = new Map<number, BallotCounter>();
  const read = readCongressFile(bytes, (election, index, entry) => {
    let counter = counters.get(index);
    if (counter === undefined) {
      counter = new BallotCounter(ballotContext(election));
      counters.set(index, counter);
    }
    const ballot = ballotRecordFromEntry(entry);
    counter.add(ballot);
    alsoEach?.(election, index, entry);
  });
  if (!read.ok) return read;
  const file = read.value;
  const tallies = file.elections.map((election, i) => {
    const setup = electionSetupFromFile(file.congress, election);
    return tallyCounted(setup, counters.get(i) ?? new BallotCounter(ballotContext(setup)));
  });
  // The part of RULES R0 "Round chains" that needs the ballots counted (readCongressFile leaves it to a reader that counts as it reads).
  const outcomes = checkContinuedOutcomes(file.elections, (i) => (tallies[i] as ElectionTally).outcome);
  if (outcomes.length > 0) return err(validationError(ERROR_CODES.invalidCongressFile, outcomes));
  return { ok: true, value: { file, tallies } };
}

export function tallyCongressFile(file: CongressFile): ElectionTally[] {
  return file.elections.map((election) => tallyElection(electionTallyInputFromFile(file.congress, election)));
}
