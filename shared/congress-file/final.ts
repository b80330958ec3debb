import { finalResults, type FinalResult } from '../rules/final-result';
import type { ElectionTally } from '../rules/tally';
import type { CongressFile } from './schema';

/** A final result with the first round's title, as the file gives it. */
export interface TitledFinalResult extends FinalResult {
  title: string;
}

/**
 * The final result of every office of a congress file (INTERCHANGE.md "Additions", `final`), from
 * the file's rounds (their `continues`, `voided` and `status`) and their tallies, in file order.
 * The same for a file read whole and one counted as it was read.
 */
export function finalResultsOfFile(file: Pick<CongressFile, 'elections'>, tallies: readonly ElectionTally[]): TitledFinalResult[] {
  const rounds = file.elections.map((election, i) => {
    const tally = tallies[i];
    if (tally === undefined || tally.id !== election.id) throw new Error(`finalResultsOfFile: no tally for election "${election.id}"`);
    return { id: election.id, continues: election.continues ?? null, voided: election.voided !== undefined, locked: election.status === 'locked', tally };
  });
  const titles = new Map(file.elections.map((e) => [e.id, e.title ?? '']));
  return finalResults(rounds).map((result) => ({ ...result, title: titles.get(result.first) ?? '' }));
}
