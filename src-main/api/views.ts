import type { BallotView, CandidateView, CongressView, ElectionSummary, ElectionView } from '../../shared/api/views';
import { OFFICE_LABELS, UNDONE_NOTE } from '../../shared/domain';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { congressBase } from '../../shared/rules/base';
import { checkListOf } from '../../shared/rules/surplus';
import { votesNeeded } from '../../shared/rules/threshold';
import { judgeBallot } from '../../shared/rules/validity';
import { paperList, paperNumbers, standingList } from '../../shared/rules/paper-list';
import { ballotEntryOfRow, baseOfElection, choiceOfRow, contextOf } from '../services/election-data';
import { printingView } from '../services/printed-paper';
import type { BallotRow, CandidateRow, CongressRow, ElectionRow, Store } from '../db/store';

/** What the screens are shown (the types in shared/api/views.ts): rows plus what follows from them by the rules. */

export function electionSummary(e: ElectionRow, voided: boolean): ElectionSummary {
  return { id: e.id, key: e.key, office: e.office, title: e.title, seats: e.seats, round: e.round, continuesId: e.continuesId, status: e.status, voided };
}

export function congressView(store: Store, congress: CongressRow): CongressView {
  const { chairPinHash, ...rest } = congress;
  const exclusions = store.getExclusions(congress.id);
  const base = congressBase(congress.summoned, exclusions);
  const voided = store.voidedRoundIds(congress.id);
  return {
    ...rest,
    hasChairPin: chairPinHash !== null,
    exclusions,
    countingCommittee: store.getCountingCommittee(congress.id),
    base,
    votesNeeded: votesNeeded(Math.max(base, 1)),
    teams: store.listTeams(congress.id),
    elections: store.listElections(congress.id).map((e) => electionSummary(e, voided.has(e.id))),
  };
}

/** Each name with its number on the paper (RULES R1: kept by a name withdrawn after printing). */
export function candidateViews(candidates: readonly CandidateRow[]): CandidateView[] {
  const numbers = paperNumbers(candidates);
  return candidates.map((c, i) => ({ ...c, number: numbers[i] ?? null }));
}

export function electionView(store: Store, congress: CongressRow, election: ElectionRow): ElectionView {
  const candidates = store.listCandidates(election.id);
  const onBallot = standingList(candidates);
  const base = baseOfElection(store, congress, election);
  const printing = store.currentPrinting(election.id);
  return {
    ...election,
    officeLabel: OFFICE_LABELS[election.office],
    base,
    votesNeeded: votesNeeded(base),
    format: ballotFormat(paperList(candidates).length, election.seats),
    printing: printing ? printingView(printing) : null,
    candidates: candidateViews(candidates),
    continuations: store.listContinuations(election.id).map((e) => electionSummary(e, false)),
    voidedContinuations: store.listVoidedContinuations(election.id).map((e) => electionSummary(e, true)),
    voided: store.getVoidedRound(election.id),
    ballotEntries: store.countCurrentBallots(election.id),
    listProblems: checkListOf(election, onBallot),
    teams: store.listTeams(congress.id),
  };
}

export function ballotView(row: BallotRow, election: ElectionRow, candidates: readonly CandidateRow[]): BallotView {
  const choice = choiceOfRow(row);
  const verdict = row.kind === 'void' ? null : judgeBallot(choice, row.ruling, contextOf(election, candidates));
  return {
    ...ballotEntryOfRow(row), ballotId: row.id, number: row.number, lastNumber: row.lastNumber, version: row.version, teamId: row.teamId, operator: row.operator, enteredAt: row.enteredAt, kind: row.kind, verdict,
    undone: row.kind === 'void' && row.note === UNDONE_NOTE,
  };
}
