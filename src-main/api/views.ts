import { OFFICE_LABELS, type BallotFormat } from '../../shared/domain';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { congressBase } from '../../shared/rules/base';
import type { Problem } from '../../shared/rules/problems';
import { checkList } from '../../shared/rules/surplus';
import { votesNeeded } from '../../shared/rules/threshold';
import { judgeBallot, type Verdict } from '../../shared/rules/validity';
import { ballotEntryOfRow, baseOfElection, choiceOfRow, contextOf } from '../services/election-data';
import type { BallotRow, CandidateRow, CommitteeMemberRow, CongressRow, ElectionRow, ExclusionRow, Store, TeamRow } from '../db/store';

/** What the screens are shown: rows plus what follows from them by the rules. */

export interface CongressView extends Omit<CongressRow, 'chairPinHash'> {
  hasChairPin: boolean;
  exclusions: ExclusionRow[];
  countingCommittee: CommitteeMemberRow[];
  base: number;
  votesNeeded: number;
  teams: TeamRow[];
  elections: ElectionSummary[];
}

export interface ElectionSummary {
  id: number;
  key: string;
  office: ElectionRow['office'];
  title: string;
  seats: number;
  round: number;
  continuesId: number | null;
  status: ElectionRow['status'];
}

export interface CandidateView extends CandidateRow {
  /** The number printed on the ballot (1, 2, …); null once withdrawn. */
  number: number | null;
}

export interface ElectionView extends ElectionRow {
  officeLabel: string;
  base: number;
  votesNeeded: number;
  format: BallotFormat;
  candidates: CandidateView[];
  continuations: ElectionSummary[];
  ballotEntries: number;
  /** RULES R1 and R7, live while the list is edited. */
  listProblems: Problem[];
  teams: TeamRow[];
}

export interface BallotView extends ReturnType<typeof ballotEntryOfRow> {
  ballotId: number;
  number: number;
  version: number;
  teamId: number | null;
  operator: string;
  enteredAt: string;
  kind: BallotRow['kind'];
  verdict: Verdict | null;
}

export function electionSummary(e: ElectionRow): ElectionSummary {
  return { id: e.id, key: e.key, office: e.office, title: e.title, seats: e.seats, round: e.round, continuesId: e.continuesId, status: e.status };
}

export function congressView(store: Store, congress: CongressRow): CongressView {
  const { chairPinHash, ...rest } = congress;
  const exclusions = store.getExclusions(congress.id);
  const base = congressBase(congress.summoned, exclusions);
  return {
    ...rest,
    hasChairPin: chairPinHash !== null,
    exclusions,
    countingCommittee: store.getCountingCommittee(congress.id),
    base,
    votesNeeded: votesNeeded(Math.max(base, 1)),
    teams: store.listTeams(congress.id),
    elections: store.listElections(congress.id).map(electionSummary),
  };
}

export function candidateViews(candidates: readonly CandidateRow[]): CandidateView[] {
  let number = 0;
  return candidates.map((c) => ({ ...c, number: c.withdrawn ? null : ++number }));
}

export function electionView(store: Store, congress: CongressRow, election: ElectionRow): ElectionView {
  const candidates = store.listCandidates(election.id);
  const onBallot = candidates.filter((c) => !c.withdrawn);
  const base = baseOfElection(store, congress, election);
  const committeeListSize = onBallot.some((c) => c.nomination !== null) ? onBallot.filter((c) => (c.nomination ?? 'committee') === 'committee').length : null;
  return {
    ...election,
    officeLabel: OFFICE_LABELS[election.office],
    base,
    votesNeeded: votesNeeded(base),
    format: ballotFormat(onBallot.length, election.seats),
    candidates: candidateViews(candidates),
    continuations: store.listContinuations(election.id).map(electionSummary),
    ballotEntries: store.countCurrentBallots(election.id),
    listProblems: checkList({ office: election.office, seats: election.seats, listSize: onBallot.length, committeeListSize, round: election.round }),
    teams: store.listTeams(congress.id),
  };
}

export function ballotView(row: BallotRow, election: ElectionRow, candidates: readonly CandidateRow[]): BallotView {
  const choice = choiceOfRow(row);
  const verdict = row.kind === 'void' ? null : judgeBallot(choice, row.ruling, contextOf(election, candidates));
  return { ...ballotEntryOfRow(row), ballotId: row.id, number: row.number, version: row.version, teamId: row.teamId, operator: row.operator, enteredAt: row.enteredAt, kind: row.kind, verdict };
}
