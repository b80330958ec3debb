import type { CongressKind } from '../../shared/domain';
import { assemblyWords } from '../../shared/minutes/wording';
import type { CongressFile } from '../../shared/congress-file/schema';
import { withoutCountedData } from '../../shared/merge/file-merge';
import type { SetupPackage } from '../../shared/packages/formats';
import { fail, ok, type Result } from '../../shared/result';
import type { Store, TeamRow } from '../db/store';
import { congressFileFromStore, insertCongressFile } from './congress-file-io';
import { writeSetupPackage, writeStationPackage, type CongressKey, type OpenedPackage } from './packages';
import { congressTeamKeys, deriveTeamKey, type TeamKey, type TeamKeys } from './station-keys';
import { ERROR_CODES } from '../../shared/api/errors';

const STATION_ID = 'station.id';
const STATION_NAME = 'station.name';

/** This machine as a station: its id (made by migration 2) and the name people gave it. */
export function stationOf(store: Store): { id: string; name: string } {
  const id = store.getMeta(STATION_ID) ?? '';
  return { id, name: store.getMeta(STATION_NAME) ?? `Máy ${id.slice(0, 6)}` };
}

export function setStationName(store: Store, name: string): void {
  store.setMeta(STATION_NAME, name);
}

function identityOf(store: Store, congressId: number) {
  const row = store.getCongressIdentity(congressId);
  if (!row) return fail(ERROR_CODES.noCongressIdentity, 'Hồ sơ này chưa có mã nhận dạng và khóa ký gói: hãy mở lại hồ sơ bằng phiên bản mới của chương trình');
  return ok(row);
}

/** The team a station's file counts for (made from that team's setup package); null on the chair's machine. */
export function stationTeamOf(store: Store, congressId: number): string | null {
  return store.getCongressIdentity(congressId)?.team ?? null;
}

/** Refused at a station: what needs the congress key, which only the chair's machine holds. */
export function chairOnly(team: string, what: string, kind: CongressKind) {
  const words = assemblyWords(kind);
  return fail(ERROR_CODES.notChairMachine, `Máy trạm của "${team}" không ${what}: việc này chỉ làm được ở máy ${words.chair}, nơi giữ khóa của ${words.body}`);
}

/** The congress key, on the chair's machine only. */
function congressKeyOf(store: Store, congressId: number, what: string): Result<CongressKey> {
  const row = identityOf(store, congressId);
  if (!row.ok) return row;
  if (row.value.team !== null) return chairOnly(row.value.team, what, store.getCongress(congressId)?.kind ?? 'delegates');
  return ok({ identity: row.value.identity, signingKey: row.value.signingKey });
}

/** The keys that check the stations' packages: every team's, derived from the congress key (chair only). */
export function teamKeysOf(store: Store, congressId: number): Result<TeamKeys> {
  const key = congressKeyOf(store, congressId, 'kiểm tra và gộp gói của các máy trạm');
  if (!key.ok) return key;
  return ok(congressTeamKeys(key.value, () => store.listTeams(congressId).map((t) => t.name)));
}

/** A team's key: derived on the chair's machine; at a station, its own team's only. */
function teamKeyOf(store: Store, congressId: number, team: string): Result<TeamKey> {
  const row = identityOf(store, congressId);
  if (!row.ok) return row;
  const { identity, signingKey, team: own } = row.value;
  if (own === null) return ok({ identity, team, key: deriveTeamKey({ identity, signingKey }, team) });
  if (own !== team) return fail(ERROR_CODES.notChairMachine, `Máy trạm này chỉ kiểm phiếu cho "${own}": không lập được gói của "${team}"`, 'teamId');
  return ok({ identity, team, key: signingKey });
}

/** One team's setup package: the congress with its elections and lists, nothing counted, and that team's key (chair only). */
export function setupPackageFromStore(store: Store, congressId: number, team: TeamRow, now: string): Result<{ text: string }> {
  const key = congressKeyOf(store, congressId, 'xuất gói thiết lập');
  if (!key.ok) return key;
  const teamKey = { identity: key.value.identity, team: team.name, key: deriveTeamKey(key.value, team.name) };
  return ok({ text: writeSetupPackage({ teamKey, createdAt: now, congress: withoutCountedData(congressFileFromStore(store, congressId)) }) });
}

/** One team's share of the congress: its ballots, totals and received figure in every election. */
function teamShare(file: CongressFile, team: string): { file: CongressFile; ballots: number; leftOut: number } {
  let ballots = 0;
  let leftOut = 0;
  // A team's share is not what a lock sealed: the lock stays with the chair's file. The scan
  // records stay too: they are the evidence of the machine they were scanned on, their ballots travel as ballots.
  const elections = file.elections.map(({ lock: _lock, scans: _scans, scanChecks: _checks, ...e }) => {
    const own = e.ballots.filter((b) => b.team === team);
    ballots += own.length;
    leftOut += e.ballots.length - own.length;
    return { ...e, ballots: own, teamTotals: e.teamTotals.filter((t) => t.team === team), teamReceived: (e.teamReceived ?? []).filter((r) => r.team === team) };
  });
  return { file: { ...file, elections }, ballots, leftOut };
}

/**
 * A station package of one team, signed with that team's key. Ballots of other teams (or of none)
 * stay out; how many is said, so that the station can see nothing of its team is left behind.
 */
export function stationPackageFromStore(store: Store, congressId: number, team: TeamRow, now: string): Result<{ text: string; ballots: number; leftOut: number }> {
  const teamKey = teamKeyOf(store, congressId, team.name);
  if (!teamKey.ok) return teamKey;
  const share = teamShare(congressFileFromStore(store, congressId), team.name);
  const verdict = store.verifyAuditChain();
  const audit = { events: verdict.events, lastHash: store.lastAuditEvent()?.hash ?? '', intact: verdict.intact };
  const text = writeStationPackage({ teamKey: teamKey.value, station: stationOf(store), createdAt: now, audit, congress: share.file });
  return ok({ text, ballots: share.ballots, leftOut: share.leftOut });
}

/**
 * A station starts its congress file from its team's setup package: the same congress and
 * identity, its team only with that team's key, nothing counted. Call inside one transaction, on
 * a file with no congress yet.
 */
export function loadSetupPackageIntoStore(store: Store, opened: OpenedPackage<SetupPackage>, options: { now: string; newId: () => string; stationName: string }): { congressId: number; elections: number; team: string } {
  const { team, teamKey, congressId: identity, createdAt } = opened.package;
  const summary = insertCongressFile(store, withoutCountedData(opened.congress), options);
  if (!store.findTeamByName(summary.congressId, team)) store.insertTeam(summary.congressId, team);
  store.insertCongressIdentity({ congressId: summary.congressId, identity, signingKey: teamKey, team, createdAt });
  setStationName(store, options.stationName);
  return { congressId: summary.congressId, elections: summary.elections, team };
}
