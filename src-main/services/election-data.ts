import type { LoggedBallot } from '../../shared/audit/events';
import type { BallotChoice, BallotRecord, CandidateOnList, Mark, TeamTotal } from '../../shared/domain';
import { congressBase, electionBase } from '../../shared/rules/base';
import { ballotContext, type ElectionSetup, type ElectionTallyInput } from '../../shared/rules/tally';
import type { BallotContext } from '../../shared/rules/validity';
import { listedCandidatesOf, type BallotEntryLike, type ListedCandidates } from '../../shared/validation/ballot-entry';
import type { BallotRow, CandidateRow, CongressRow, ElectionRow, Store, TeamTotalRow } from '../db/store';

/** The base of an election: its override, else the congress's summoned minus exclusions. */
export function baseOfElection(store: Store, congress: CongressRow, election: ElectionRow): number {
  return electionBase(congressBase(congress.summoned, store.getExclusions(congress.id)), election.baseOverride);
}

/** A candidate as the rules see it: its key, and whether it is on the paper (RULES R1). */
export function candidateOnListOfRow(c: CandidateRow): CandidateOnList {
  return { id: c.key, name: c.name, withdrawn: c.withdrawn, ...(c.withdrawn && c.onPaper ? { onPaper: true } : {}), ...(c.nomination ? { nomination: c.nomination } : {}) };
}

export function listedCandidates(candidates: readonly CandidateRow[]): ListedCandidates {
  return listedCandidatesOf(candidates.map(candidateOnListOfRow));
}

export function contextOf(election: ElectionRow, candidates: readonly CandidateRow[]): BallotContext {
  return ballotContext({ candidates: candidates.map(candidateOnListOfRow), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
}

export function choiceOfRow(row: Pick<BallotRow, 'kind' | 'selection'>): BallotChoice {
  switch (row.kind) {
    case 'kept':
    case 'struck':
      return { kind: row.kind, ids: row.selection as string[] };
    case 'marks':
      return { kind: 'marks', marks: row.selection as Record<string, Mark> };
    default:
      return { kind: 'none' };
  }
}

export function ballotRecordOfRow(row: BallotRow): BallotRecord {
  return { choice: choiceOfRow(row), count: row.count, ruling: row.ruling, team: row.teamName };
}

/** The ballot in the congress file's words (what the file, the api and the screens exchange). */
export function ballotEntryOfRow(row: BallotRow): BallotEntryLike & { id: string } {
  const choice = choiceOfRow(row);
  return {
    id: row.uid,
    ...(row.teamName !== null ? { team: row.teamName } : {}),
    ...(choice.kind === 'kept' ? { kept: choice.ids } : choice.kind === 'struck' ? { struck: choice.ids } : choice.kind === 'marks' ? { marks: choice.marks } : {}),
    count: row.count,
    ...(row.ruling !== null ? { invalid: row.ruling } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
  };
}

export function teamTotalOfRow(row: TeamTotalRow): TeamTotal {
  return { team: row.teamName, returned: row.returned, valid: row.valid, invalid: row.invalid, votes: row.votes };
}

/** What the rules need from the database for one election, but its ballots. */
export function electionSetup(store: Store, congress: CongressRow, election: ElectionRow): ElectionSetup {
  const candidates = store.listCandidates(election.id);
  return {
    id: election.key,
    office: election.office,
    seats: election.seats,
    round: election.round,
    base: baseOfElection(store, congress, election),
    requireMajority: election.requireMajority,
    allBothOrNoneInvalid: election.allBothOrNoneInvalid,
    candidates: candidates.map(candidateOnListOfRow),
    teamTotals: store.listTeamTotals(election.id).map(teamTotalOfRow),
    teamReceived: store.listTeamReceived(election.id).map((r) => ({ team: r.teamName, received: r.received })),
    ballotsIssued: election.ballotsIssued,
    ballotsReturned: election.ballotsReturned,
    present: congress.present,
    scanMargin: election.scanMargin,
  };
}

/** What the rules need from the database for one election (the ballots that count, when the caller has them). */
export function electionTallyInput(store: Store, congress: CongressRow, election: ElectionRow, ballots?: BallotRecord[]): ElectionTallyInput {
  return { ...electionSetup(store, congress, election), ballots: ballots ?? store.currentBallots(election.id).map(ballotRecordOfRow) };
}

/** The ballot as its audit event records it (shared/audit/events.ts): the congress file's words and the team's id. */
export function loggedBallotOfRow(row: BallotRow): LoggedBallot {
  const choice = choiceOfRow(row);
  return {
    id: row.uid,
    ...(row.teamName !== null ? { team: row.teamName } : {}),
    teamId: row.teamId,
    ...(choice.kind === 'kept' ? { kept: [...choice.ids] } : choice.kind === 'struck' ? { struck: [...choice.ids] } : choice.kind === 'marks' ? { marks: { ...choice.marks } } : {}),
    count: row.count,
    ...(row.ruling !== null ? { invalid: row.ruling } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
  };
}
