import { finalResultsOfFile } from '../congress-file/final';
import type { CongressFile, ElectionInFile } from '../congress-file/schema';
import { electionTallyInputFromFile } from '../congress-file/tally';
import type { FinalResult } from '../rules/final-result';
import { tallyElection } from '../rules/tally';

/**
 * What a round after the first says of the rounds before it (issue 18, item 8): the size of the
 * body the congress voted, and how many the rounds before elected. Its own seats are the tally's.
 */
export interface EarlierRounds {
  /** The size the congress voted: the first round's voted size when it gave one, else its seats. */
  voted: number;
  /** Those the rounds before this one elected. */
  elected: number;
  /** The numbers of those rounds (1, 2, …). */
  rounds: number[];
}

type Final = Pick<FinalResult, 'first' | 'rounds' | 'roundNumbers' | 'elected' | 'seats'>;

/**
 * The rounds before `roundId` in the office's final result; null for a first round or a round no
 * final result counts (voided). `approvedOf` gives a first round's voted size, when it has one.
 */
export function earlierRoundsOf(finals: readonly Final[], roundId: string, approvedOf: (firstId: string) => number | null | undefined): EarlierRounds | null {
  for (const final of finals) {
    const at = final.rounds.indexOf(roundId);
    if (at <= 0) continue;
    const rounds = final.roundNumbers.slice(0, at);
    const before = new Set(final.rounds.slice(0, at));
    return { voted: approvedOf(final.first) ?? final.seats, elected: final.elected.filter((e) => before.has(e.round)).length, rounds };
  }
  return null;
}

/**
 * The same from a congress file, for one of its elections: only its office's rounds are counted,
 * and only for a round that continues another.
 */
export function earlierRoundsInFile(file: Pick<CongressFile, 'congress' | 'elections'>, election: ElectionInFile): EarlierRounds | null {
  if (!election.continues) return null;
  const byId = new Map(file.elections.map((e) => [e.id, e]));
  let first = election;
  const seen = new Set([election.id]);
  for (let up = byId.get(election.continues); up !== undefined && !seen.has(up.id); up = up.continues ? byId.get(up.continues) : undefined) (seen.add(up.id), (first = up));
  const office = new Set([first.id]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const e of file.elections) if (e.continues && office.has(e.continues) && !office.has(e.id)) (office.add(e.id), (grown = true));
  }
  const rounds = file.elections.filter((e) => office.has(e.id));
  const finals = finalResultsOfFile({ elections: rounds }, rounds.map((e) => tallyElection(electionTallyInputFromFile(file.congress, e))));
  return earlierRoundsOf(finals, election.id, (id) => byId.get(id)?.approvedSeats);
}
