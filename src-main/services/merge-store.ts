import type { MergedElectionSummary } from '../../shared/api/station-views';
import type { BallotEntry } from '../../shared/congress-file/schema';
import type { ElectionMergePlan, MergePlan } from '../../shared/merge/plan';
import type { MergeTarget, MergeTargetElection, TargetBallot } from '../../shared/merge/target';
import { ballotRecordFromEntry } from '../../shared/validation/ballot-entry';
import { paperBound } from '../../shared/validation/paper-bounds';
import type { BallotRow, BallotSelection, ElectionRow, NewBallot, Store } from '../db/store';
import { teamResolver } from './congress-file-io';
import { ballotEntryOfRow, teamTotalOfRow } from './election-data';

function frozenReason(store: Store, election: ElectionRow): string | null {
  if (election.status === 'locked') return 'cuộc bầu đã chốt kết quả';
  if (election.status === 'paused') return 'cuộc bầu đang tạm dừng';
  if (store.listContinuations(election.id).length > 0) return 'vòng bầu đã kết thúc (đã có vòng bầu tiếp theo)';
  return null;
}

/** The newest version of every ballot ever entered in the election, voids included. */
function latestVersions(store: Store, electionId: number): Map<string, BallotRow> {
  const latest = new Map<string, BallotRow>();
  for (const row of store.ballotRowsAfter(electionId, 0)) latest.set(row.uid, row);
  return latest;
}

/** The chair's congress as the target of a merge: every election's ballots by id, the team figures, the packages merged. */
export function targetFromStore(store: Store, congressId: number): MergeTarget {
  const teamNames = new Map(store.listTeams(congressId).map((t) => [t.id, t.name]));
  const congress = store.getCongress(congressId);
  const elections = new Map<string, MergeTargetElection>();
  for (const e of store.listElections(congressId)) {
    const ballots = new Map<string, TargetBallot>();
    for (const row of latestVersions(store, e.id).values()) {
      const team = row.teamId === null ? null : (teamNames.get(row.teamId) ?? null);
      ballots.set(row.uid, { team, content: row.kind === 'void' ? null : ballotEntryOfRow({ ...row, teamName: team }) });
    }
    elections.set(e.key, {
      key: e.key, title: e.title, seats: e.seats, candidates: store.listCandidates(e.id).map((c) => ({ id: c.key, withdrawn: c.withdrawn, ...(c.withdrawn && c.onPaper ? { onPaper: true } : {}) })), bound: paperBound(e.ballotsReturned, congress?.summoned ?? 0), frozen: frozenReason(store, e), ballots,
      teamTotals: new Map(store.listTeamTotals(e.id).map((t) => [t.teamName, teamTotalOfRow(t)])),
      teamReceived: new Map(store.listTeamReceived(e.id).map((r) => [r.teamName, r.received])),
    });
  }
  const claims: MergeTarget['claims'] = new Map();
  const merged: MergeTarget['merged'] = new Map();
  for (const p of store.listStationPackages(congressId)) {
    const claim = claims.get(p.teamName);
    if (!claim || claim.createdAt <= p.createdAt) claims.set(p.teamName, { stationId: p.stationId, stationName: p.stationName, createdAt: p.createdAt, label: p.label });
    merged.set(p.sha256, { label: p.label, mergedAt: p.mergedAt });
  }
  const facts = congress ? { name: congress.name, kind: congress.kind, summoned: congress.summoned, exclusions: store.getExclusions(congressId), identity: store.getCongressIdentity(congressId)?.identity ?? null } : undefined;
  return { ...(facts ? { congress: facts } : {}), elections, claims, merged };
}

function contentOf(entry: BallotEntry): Pick<NewBallot, 'kind' | 'selection' | 'ruling' | 'count' | 'note'> {
  const { choice, ruling } = ballotRecordFromEntry(entry);
  const selection: BallotSelection = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids] : choice.kind === 'marks' ? { ...choice.marks } : null;
  return { kind: choice.kind, selection, ruling, count: entry.count, note: entry.note || null };
}

/**
 * Writes one planned election into the database. Call inside the merge's transaction, with a plan
 * that is not blocked: corrections and missing ballots are in it only when they were accepted.
 */
function applyElection(store: Store, election: ElectionRow, plan: ElectionMergePlan, teamId: (name: string | undefined) => number | null, options: { now: string; newId: () => string; operator: string }): MergedElectionSummary {
  const summary: MergedElectionSummary = { key: plan.key, added: 0, present: plan.present, corrected: 0, voided: 0, numbers: null, teamTotals: 0, teamReceived: 0 };
  const latest = plan.corrections.length + plan.missing.length > 0 ? latestVersions(store, election.id) : new Map<string, BallotRow>();
  // The station's own paper numbers are left behind: here every paper takes the next free number of this file.
  const first = store.nextBallotNumber(election.id);
  const perStack = store.numbersPerStack(election.id);
  let next = first;
  const take = (count: number): number => {
    const number = next;
    next += perStack ? 1 : count;
    return number;
  };
  if (plan.add.length > 0) {
    store.insertBallots(plan.add.map((entry) => ({ electionId: election.id, uid: entry.id ?? options.newId(), number: take(entry.count), version: 1, supersedes: null, teamId: teamId(entry.team), ...contentOf(entry), operator: entry.operator ?? '', enteredAt: entry.at ?? options.now })));
    summary.numbers = [first, next - 1];
    summary.added = plan.add.length;
  }
  for (const { id, entry } of plan.corrections) {
    const previous = latest.get(id) as BallotRow;
    // A correction keeps its numbers; holding another number of papers, it takes new ones.
    const number = entry.count === previous.count ? previous.number : take(entry.count);
    store.insertBallot({ electionId: election.id, uid: id, number, version: previous.version + 1, supersedes: previous.id, teamId: teamId(entry.team), ...contentOf(entry), operator: entry.operator ?? options.operator, enteredAt: entry.at ?? options.now });
    summary.corrected++;
  }
  for (const id of plan.missing) {
    const previous = latest.get(id) as BallotRow;
    store.insertBallot({ electionId: election.id, uid: id, number: previous.number, version: previous.version + 1, supersedes: previous.id, teamId: previous.teamId, count: previous.count, kind: 'void', selection: null, ruling: null, note: 'Không còn trong gói của máy trạm', operator: options.operator, enteredAt: options.now });
    summary.voided++;
  }
  for (const { total, status } of plan.teamTotals) {
    if (status === 'same') continue;
    store.upsertTeamTotal({ electionId: election.id, teamId: teamId(total.team) as number, returned: total.returned, valid: total.valid, invalid: total.invalid, votes: total.votes, operator: options.operator, enteredAt: options.now });
    summary.teamTotals++;
  }
  for (const share of plan.teamReceived) {
    if (share.status === 'same') continue;
    store.setTeamReceived({ electionId: election.id, teamId: teamId(share.team) as number, received: share.received, operator: options.operator, enteredAt: options.now });
    summary.teamReceived++;
  }
  return summary;
}

/** Writes a plan into the database (inside the caller's transaction); teams named by the package are created when new. */
export function applyPlanToStore(store: Store, congressId: number, plan: MergePlan, options: { now: string; newId: () => string; operator: string }): { elections: MergedElectionSummary[]; teamsCreated: string[] } {
  const teams = teamResolver(store, congressId);
  const elections = new Map(store.listElections(congressId).map((e) => [e.key, e]));
  const summaries = plan.elections.map((p) => applyElection(store, elections.get(p.key) as ElectionRow, p, teams.id, options));
  return { elections: summaries, teamsCreated: teams.created };
}
