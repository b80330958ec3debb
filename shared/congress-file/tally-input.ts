import type { CandidateOnList } from '../domain';
import { congressBase, electionBase } from '../rules/base';
import { DEFAULT_SCAN_MARGIN } from '../rules/margin';
import type { ScanFigures } from '../rules/scan-checks';
import type { ElectionSetup, ElectionTallyInput } from '../rules/tally';
import { scanCounts } from '../scan/decision';
import { undecidedPairs } from '../scan/resemblance';
import { ballotRecordFromEntry } from '../validation/ballot-entry';
import { teamTotalFromFile } from './checks';
import type { CongressInfo, ElectionInFile, ScanRecord } from './schema';

/** The scanned images of an election of a file, as RULES R4 checks them. */
export function scanFiguresOf(scans: readonly ScanRecord[]): ScanFigures {
  const pairs = undecidedPairs(scans.map((s) => ({ key: s.sha256, image: s.image, decision: s.decision, number: s.number ?? null, sameAs: s.sameAs ?? null, samePaper: s.samePaper ?? null })));
  return { total: scans.length, counted: scans.filter((s) => scanCounts(s.decision)).length, pending: scans.filter((s) => s.decision === 'pending').length, ...(pairs.length > 0 ? { samePaper: pairs } : {}) };
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
    scanMargin: election.scanMargin ?? DEFAULT_SCAN_MARGIN,
    ...(election.scans?.length ? { scans: { ...scanFiguresOf(election.scans), ...(election.scanChecks?.length ? { checks: election.scanChecks } : {}) } } : {}),
  };
}

/** What the rules need from one election of a congress file. */
export function electionTallyInputFromFile(congress: CongressInfo, election: ElectionInFile): ElectionTallyInput {
  return { ...electionSetupFromFile(congress, election), ballots: election.ballots.map(ballotRecordFromEntry) };
}
