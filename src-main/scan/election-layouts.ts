import type { CongressFile } from '../../shared/congress-file/schema';
import { ok, type Result } from '../../shared/result';
import { isStruckOnPaper } from '../../shared/rules/paper-list';
import type { BallotLayout } from '../../shared/scan/layout';
import { ballotInputFromFile } from '../pdf/ballot-file-input';
import { ballotLayout } from '../pdf/ballot-layout';

/** What the scanner needs to read the ballots of one election: every layout they may be printed in, and the rules. */
export interface ElectionScanSetup {
  /** The election's id in its file (the one chosen, or the file's only election). */
  electionId?: string;
  layouts: BallotLayout[];
  electionHash: string;
  allBothOrNoneInvalid: boolean;
  /** RULES R1: names printed but withdrawn after printing: the machine's verdict judges over the others. */
  withdrawnOnPaper: readonly string[];
}

/**
 * The layouts of an election's ballot paper at 1, 2 and 4 to a sheet (those that fit), computed
 * from the congress file exactly as `export --ballots` prints them: `scan` needs no layout file.
 */
export function electionLayouts(file: CongressFile, electionId: string | undefined): Result<ElectionScanSetup> {
  const input = ballotInputFromFile(file, electionId);
  if (!input.ok) return input;
  const layouts = ([1, 2, 4] as const).flatMap((perPage) => {
    const planned = ballotLayout(input.value, { perPage });
    return planned.ok ? [planned.value.layout] : [];
  });
  if (layouts.length === 0) {
    const planned = ballotLayout(input.value);
    if (!planned.ok) return planned;
  }
  const election = file.elections.find((e) => e.id === input.value.election.id);
  const withdrawnOnPaper = (election?.candidates ?? []).filter(isStruckOnPaper).map((c) => c.id);
  return ok({ electionId: input.value.election.id, layouts, electionHash: (layouts[0] as BallotLayout).electionHash, allBothOrNoneInvalid: election?.allBothOrNoneInvalid ?? true, withdrawnOnPaper });
}
