import { congressBase, electionBase } from '../rules/base';
import type { ScanFigures } from '../rules/scan-checks';
import type { ElectionSetup, ElectionTallyInput } from '../rules/tally';
import { scanCounts } from '../scan/decision';
import { ballotRecordFromEntry } from '../validation/ballot-entry';
import { teamTotalFromFile } from './checks';
import type { CongressInfo, ElectionInFile, ScanRecord } from './schema';

/** The scanned images of an election of a file, as RULES R4 checks them. */
export function scanFiguresOf(scans: readonly ScanRecord[]): ScanFigures {
  return { total: scans.length, counted: scans.filter((s) => scanCounts(s.decision)).length, pending: scans.filter((s) => s.decision === 'pending').length };
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
    candidates: election.candidates.map((c) => ({ id: c.id, name: c.name, withdrawn: c.withdrawn, ...(c.nomination ? { nomination: c.nomination } : {}) })),
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
