import { congressBase, electionBase } from '../rules/base';
import { tallyElection, type ElectionTally, type ElectionTallyInput } from '../rules/tally';
import { ballotRecordFromEntry } from '../validation/ballot-entry';
import { teamTotalFromFile } from './read';
import type { CongressFile, CongressInfo, ElectionInFile } from './schema';

/** What the rules need from one election of a congress file. */
export function electionTallyInputFromFile(congress: CongressInfo, election: ElectionInFile): ElectionTallyInput {
  return {
    id: election.id,
    office: election.office,
    seats: election.seats,
    round: election.round,
    base: electionBase(congressBase(congress.summoned, congress.exclusions), election.base),
    requireMajority: election.requireMajority,
    allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    candidates: election.candidates.map((c) => ({ id: c.id, name: c.name, withdrawn: c.withdrawn, ...(c.nomination ? { nomination: c.nomination } : {}) })),
    ballots: election.ballots.map(ballotRecordFromEntry),
    teamTotals: election.teamTotals.map(teamTotalFromFile),
    teamReceived: election.teamReceived ?? [],
    ballotsIssued: election.ballotsIssued ?? null,
    ballotsReturned: election.ballotsReturned ?? null,
    present: congress.present ?? null,
  };
}

export function tallyCongressFile(file: CongressFile): ElectionTally[] {
  return file.elections.map((election) => tallyElection(electionTallyInputFromFile(file.congress, election)));
}
