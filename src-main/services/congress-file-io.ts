import { createHash } from 'node:crypto';
import type { ImportSummary } from '../../shared/api/file-outputs';
import { PaperNumbering } from '../../shared/congress-file/paper-numbers';
import type { CongressFile, ElectionLock } from '../../shared/congress-file/schema';
import { paperList } from '../../shared/rules/paper-list';
import { ballotRecordFromEntry } from '../../shared/validation/ballot-entry';
import type { BallotSelection, ElectionRow, Store } from '../db/store';
import { insertScanRecords, scanRecordsFromStore } from './congress-file-scans';
import { choiceOfRow } from './election-data';
import { lockOfElection } from './election-locks';

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Team ids by name in a congress, a team being created the first time its name is met. */
export function teamResolver(store: Store, congressId: number): { id(name: string | undefined): number | null; created: string[] } {
  const ids = new Map(store.listTeams(congressId).map((t) => [t.name, t.id]));
  const created: string[] = [];
  return {
    created,
    id(name) {
      if (name === undefined) return null;
      let id = ids.get(name);
      if (id === undefined) {
        id = store.insertTeam(congressId, name);
        ids.set(name, id);
        created.push(name);
      }
      return id;
    },
  };
}

/**
 * Writes a checked congress file into the database as a new congress. Call inside one
 * transaction: a file is loaded whole or not at all.
 */
export function insertCongressFile(store: Store, file: CongressFile, options: { now: string; newId: () => string }): Omit<ImportSummary, 'sha256'> {
  const c = file.congress;
  const congressId = store.insertCongress({
    name: c.name, organization: c.organization ?? null, term: c.term ?? null, place: c.place ?? null, date: c.date ?? null, kind: c.kind, meeting: c.meeting ?? null, summoned: c.summoned, present: c.present ?? null, chairPinHash: null, createdAt: options.now,
  });
  store.replaceExclusions(congressId, c.exclusions);
  store.replaceCountingCommittee(congressId, (c.countingCommittee ?? []).map((m) => ({ name: m.name, role: m.role ?? null })));

  const teamId = teamResolver(store, congressId).id;

  const electionIds = new Map<string, number>();
  let candidates = 0;
  let ballots = 0;
  let teamTotals = 0;
  file.elections.forEach((e, position) => {
    const electionId = store.insertElection({
      congressId, key: e.id, position, office: e.office, title: e.title ?? '', seats: e.seats, approvedSeats: e.approvedSeats ?? null, round: e.round, continuesId: null, requireMajority: e.requireMajority, allBothOrNoneInvalid: e.allBothOrNoneInvalid,
      baseOverride: e.base ?? null, ballotsIssued: e.ballotsIssued ?? null, ballotsReturned: e.ballotsReturned ?? null, status: e.status, ...(e.scanMargin !== undefined ? { scanMargin: e.scanMargin } : {}),
    });
    electionIds.set(e.id, electionId);
    e.candidates.forEach((candidate, ballotOrder) => {
      store.insertCandidate({
        electionId, key: candidate.id, ballotOrder, name: candidate.name, birthYear: candidate.birthYear ?? null, birthDate: candidate.birthDate ?? null, gender: (candidate.gender as 'nam' | 'nữ' | null | undefined) ?? null,
        position: candidate.position ?? null, note: candidate.note ?? null, nomination: candidate.nomination ?? null, withdrawn: candidate.withdrawn,
        onPaper: candidate.withdrawn && candidate.onPaper === true, withdrawnAt: candidate.withdrawn ? (candidate.withdrawnAt ?? null) : null,
      });
      candidates++;
    });
    const numbers = new PaperNumbering();
    const uidOfNumber = new Map<number, string>();
    e.ballots.forEach((entry) => {
      const numbered = numbers.take(entry);
      if (!('number' in numbered)) throw new Error(`insertCongressFile: ${e.id}: number ${numbered.overlaps} overlaps (the file was not checked)`);
      const record = ballotRecordFromEntry(entry);
      const choice = record.choice;
      const selection: BallotSelection = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids] : choice.kind === 'marks' ? { ...choice.marks } : null;
      const uid = entry.id ?? options.newId();
      uidOfNumber.set(numbered.number, uid);
      store.insertBallot({
        electionId, uid, number: numbered.number, version: 1, supersedes: null, teamId: teamId(entry.team), count: entry.count, kind: choice.kind, selection, ruling: record.ruling,
        note: entry.note || null, operator: entry.operator ?? '', enteredAt: entry.at ?? options.now,
      });
      ballots++;
    });
    for (const total of e.teamTotals) {
      store.upsertTeamTotal({ electionId, teamId: teamId(total.team) as number, returned: total.returned, valid: total.valid, invalid: total.invalid, votes: total.votes, operator: '', enteredAt: options.now });
      teamTotals++;
    }
    for (const share of e.teamReceived ?? []) store.setTeamReceived({ electionId, teamId: teamId(share.team) as number, received: share.received, operator: '', enteredAt: options.now });
    if (e.scans) insertScanRecords(store, electionId, e.scans, uidOfNumber, options.now);
    for (const check of e.scanChecks ?? []) store.insertScanCheck(electionId, check);
    insertPrintings(store, electionId, e);
    if (e.voided) store.insertVoidedRound({ electionId, reason: e.voided.reason ?? 'Tệp đại hội ghi vòng bầu này đã bị hủy (không ghi lý do)', operator: '', voidedAt: e.voided.at ?? options.now });
  });
  for (const e of file.elections) {
    if (e.continues != null) store.updateElection(electionIds.get(e.id) as number, { continuesId: electionIds.get(e.continues) as number });
  }
  return { congressId, elections: file.elections.length, candidates, ballots, teamTotals };
}

/**
 * The printings a file records. The file does not say what an earlier, replaced printing listed;
 * the printing that stands printed the paper as the file's list says it (standing names and those
 * withdrawn after printing, in order).
 */
function insertPrintings(store: Store, electionId: number, e: CongressFile['elections'][number]): void {
  const printed = paperList(e.candidates).map((c): [string, string] => [c.id, c.name]);
  (e.printings ?? []).forEach((p, i) => {
    store.insertPrinting({ electionId, number: i + 1, printedAt: p.at, operator: p.operator ?? '', names: p.replacedAt === undefined ? printed : [], replacedAt: p.replacedAt ?? null, replacedBy: p.replacedAt === undefined ? null : '' });
  });
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

/** The congress's own part of the file: its names, figures, exclusions and ban kiểm phiếu. */
export function congressInfoFromStore(store: Store, congressId: number): CongressFile['congress'] {
  const congress = store.getCongress(congressId);
  if (!congress) throw new Error(`congressInfoFromStore: no congress ${congressId}`);
  const committee = store.getCountingCommittee(congressId);
  return {
    name: congress.name, organization: orUndefined(congress.organization), term: orUndefined(congress.term), place: orUndefined(congress.place), date: orUndefined(congress.date),
    kind: congress.kind, meeting: orUndefined(congress.meeting), summoned: congress.summoned, exclusions: store.getExclusions(congressId), present: congress.present,
    ...(committee.length > 0 ? { countingCommittee: committee.map((m) => ({ name: m.name, ...(m.role ? { role: m.role } : {}) })) } : {}),
  };
}

function lockField(store: Store, election: ElectionRow): { lock?: ElectionLock } {
  const lock = lockOfElection(store, election);
  return lock ? { lock } : {};
}

/** The congress as a congress file: everything that counts, losslessly (history stays in the audit log). */
export function congressFileFromStore(store: Store, congressId: number): CongressFile {
  const congress = congressInfoFromStore(store, congressId);
  const elections = store.listElections(congressId);
  const keyOf = new Map(elections.map((e) => [e.id, e.key]));
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress,
    elections: elections.map((e) => electionInFile(store, e, keyOf)),
  };
}

/** One election as the congress file writes it (what its seal is computed over, docs/seal.md). */
export function electionInFileFromStore(store: Store, election: ElectionRow): CongressFile['elections'][number] {
  const keyOf = new Map(store.listElections(election.congressId).map((e) => [e.id, e.key]));
  return electionInFile(store, election, keyOf);
}

/** Each ballot's first paper number as the file will be read (its own numbers, or the papers counted one after another). */
function paperNumbersInFile(ballots: readonly { uid: string; number: number; count: number }[], numbered: boolean): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = 1;
  for (const ballot of ballots) {
    const first = numbered ? ballot.number : next;
    numbers.set(ballot.uid, first);
    next = Math.max(next, first + ballot.count);
  }
  return numbers;
}

/** One election of the file; its ballots carry their paper numbers unless it is numbered one number per stack (before issue 11). */
function electionInFile(store: Store, e: ElectionRow, keyOf: ReadonlyMap<number, string>): CongressFile['elections'][number] {
  const numbered = !store.numbersPerStack(e.id);
  const voided = store.getVoidedRound(e.id);
  const current = store.currentBallots(e.id);
  return {
    id: e.key, office: e.office, ...(e.title ? { title: e.title } : {}), seats: e.seats, approvedSeats: orUndefined(e.approvedSeats), round: e.round, continues: e.continuesId === null ? null : (keyOf.get(e.continuesId) ?? null),
    requireMajority: e.requireMajority, base: e.baseOverride, ballotsIssued: e.ballotsIssued, ballotsReturned: e.ballotsReturned, allBothOrNoneInvalid: e.allBothOrNoneInvalid, status: e.status,
    ...lockField(store, e),
    candidates: store.listCandidates(e.id).map((c) => ({
      id: c.key, name: c.name, birthYear: c.birthYear, birthDate: c.birthDate, gender: c.gender, withdrawn: c.withdrawn, ...(c.withdrawn && c.onPaper ? { onPaper: true } : {}),
      withdrawnAt: c.withdrawn ? orUndefined(c.withdrawnAt) : undefined, position: orUndefined(c.position), note: orUndefined(c.note), nomination: orUndefined(c.nomination),
    })),
    ballots: current.map((row) => {
      const choice = choiceOfRow(row);
      return {
        id: row.uid, ...(numbered ? { number: row.number } : {}), team: orUndefined(row.teamName),
        ...(choice.kind === 'kept' ? { kept: [...choice.ids] } : choice.kind === 'struck' ? { struck: [...choice.ids] } : choice.kind === 'marks' ? { marks: { ...choice.marks } } : {}),
        count: row.count, invalid: orUndefined(row.ruling), note: orUndefined(row.note), operator: row.operator || undefined, at: row.enteredAt,
      };
    }),
    teamTotals: store.listTeamTotals(e.id).map((t) => ({ team: t.teamName, returned: t.returned, valid: t.valid, invalid: t.invalid, votes: t.votes })),
    teamReceived: store.listTeamReceived(e.id).map((r) => ({ team: r.teamName, received: r.received })),
    ...(store.scanFigures(e.id).total > 0 ? { scans: scanRecordsFromStore(store, e.id, paperNumbersInFile(current, numbered)) } : {}),
    scanMargin: e.scanMargin,
    ...(store.listScanChecks(e.id).length > 0 ? { scanChecks: store.listScanChecks(e.id) } : {}),
    ...printingsInFile(store, e.id),
    ...(voided ? { voided: { at: voided.voidedAt, reason: voided.reason } } : {}),
  };
}

function printingsInFile(store: Store, electionId: number): Pick<CongressFile['elections'][number], 'printings'> {
  const printings = store.listPrintings(electionId);
  if (printings.length === 0) return {};
  return { printings: printings.map((p) => ({ at: p.printedAt, ...(p.operator ? { operator: p.operator } : {}), ...(p.replacedAt ? { replacedAt: p.replacedAt } : {}) })) };
}
