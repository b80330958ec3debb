import type { BallotRecord, CandidateOnList } from '../domain';
import type { Result } from '../result';
import { congressBase, electionBase } from '../rules/base';
import { BallotCounter } from '../rules/count';
import { ballotContext, tallyCounted, tallyElection, type ElectionSetup, type ElectionTally, type ElectionTallyInput } from '../rules/tally';
import { ballotRecordFromEntry } from '../validation/ballot-entry';
import { teamTotalFromFile } from './checks';
import { readCongressFile } from './read';
import type { BallotEntry, CongressFile, CongressInfo, ElectionInFile, ScanRecord } from './schema';
import type { ScanFigures } from '../rules/scan-checks';
import { scanCounts } from '../scan/decision';

/** The scanned images of an election of a file, as RULES R4 checks them. */
export function scanFiguresOf(scans: readonly ScanRecord[]): ScanFigures {
  return { total: scans.length, counted: scans.filter((s) => scanCounts(s.decision)).length, pending: scans.filter((s) => s.decision === 'pending').length };
}

/** A candidate as the rules see it; `onPaper` only for a withdrawn name printed on the papers. */
export function candidateOnListFromFile(c: ElectionInFile['candidates'][number]): CandidateOnList {
  return { id: c.id, name: c.name, withdrawn: c.withdrawn, ...(c.withdrawn && c.onPaper === true ? { onPaper: true } : {}), ...(c.nomination ? { nomination: c.nomination } : {}) };
}

/** What the rules need from one election of a congress file, but its ballots. */
export function electionSetupFromFile(congress: CongressInfo, election: ElectionInFile): ElectionSetup {
  return {
    id: election.id,
    office: election.office,
    seats: election.seats,
    round: election.round,
    base: electionBase(congressBase(congress.summoned, congress.exclusions), election.base),
    requireMajority: election.requireMajority,
    allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    candidates: election.candidates.map(candidateOnListFromFile),
    teamTotals: election.teamTotals.map(teamTotalFromFile),
    teamReceived: election.teamReceived ?? [],
    ballotsIssued: election.ballotsIssued ?? null,
    ballotsReturned: election.ballotsReturned ?? null,
    present: congress.present ?? null,
    ...(election.scans?.length ? { scans: scanFiguresOf(election.scans) } : {}),
  };
}

/** What the rules need from one election of a congress file. */
export function electionTallyInputFromFile(congress: CongressInfo, election: ElectionInFile): ElectionTallyInput {
  return { ...electionSetupFromFile(congress, election), ballots: election.ballots.map(ballotRecordFromEntry) };
}

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
  return { ok: true, value: { file, tallies } };
}

export function tallyCongressFile(file: CongressFile): ElectionTally[] {
  return file.elections.map((election) => tallyElection(electionTallyInputFromFile(file.congress, election)));
}
