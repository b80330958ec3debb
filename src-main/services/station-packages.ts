import type { CongressFile } from '../../shared/congress-file/schema';
import { withoutCountedData } from '../../shared/merge/file-merge';
import { PACKAGE_ERRORS } from '../../shared/packages/errors';
import type { SetupPackage } from '../../shared/packages/formats';
import { fail, ok, type Result } from '../../shared/result';
import type { Store, TeamRow } from '../db/store';
import { congressFileFromStore, insertCongressFile } from './congress-file-io';
import { writeSetupPackage, writeStationPackage, type CongressKey, type OpenedPackage } from './packages';

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

export function congressKeyOf(store: Store, congressId: number): Result<CongressKey> {
  const row = store.getCongressIdentity(congressId);
  if (!row) return fail(PACKAGE_ERRORS.noIdentity, 'Đại hội này chưa có mã nhận dạng và khóa ký gói: hãy mở lại hồ sơ bằng phiên bản mới của chương trình');
  return ok({ identity: row.identity, signingKey: row.signingKey });
}

/** The setup package: the congress with its elections, lists and teams, nothing counted, with the key. */
export function setupPackageFromStore(store: Store, congressId: number, now: string): Result<{ text: string; teams: string[] }> {
  const key = congressKeyOf(store, congressId);
  if (!key.ok) return key;
  const teams = store.listTeams(congressId).map((t) => t.name);
  return ok({ text: writeSetupPackage({ key: key.value, createdAt: now, teams, congress: withoutCountedData(congressFileFromStore(store, congressId)) }), teams });
}

/** One team's share of the congress: its ballots, totals and received figure in every election. */
function teamShare(file: CongressFile, team: string): { file: CongressFile; ballots: number; leftOut: number } {
  let ballots = 0;
  let leftOut = 0;
  const elections = file.elections.map((e) => {
    const own = e.ballots.filter((b) => b.team === team);
    ballots += own.length;
    leftOut += e.ballots.length - own.length;
    return { ...e, ballots: own, teamTotals: e.teamTotals.filter((t) => t.team === team), teamReceived: (e.teamReceived ?? []).filter((r) => r.team === team) };
  });
  return { file: { ...file, elections }, ballots, leftOut };
}

/**
 * A station package of one team, signed with the congress key. Ballots of other teams (or of none)
 * stay out; how many is said, so that the station can see nothing of its team is left behind.
 */
export function stationPackageFromStore(store: Store, congressId: number, team: TeamRow, now: string): Result<{ text: string; ballots: number; leftOut: number }> {
  const key = congressKeyOf(store, congressId);
  if (!key.ok) return key;
  const share = teamShare(congressFileFromStore(store, congressId), team.name);
  const verdict = store.verifyAuditChain();
  const audit = { events: verdict.events, lastHash: store.lastAuditEvent()?.hash ?? '', intact: verdict.intact };
  const text = writeStationPackage({ key: key.value, station: stationOf(store), team: team.name, createdAt: now, audit, congress: share.file });
  return ok({ text, ballots: share.ballots, leftOut: share.leftOut });
}

/**
 * A station starts its congress file from the setup package: the same congress, identity and key,
 * the teams, nothing counted. Call inside one transaction, on a file with no congress yet.
 */
export function loadSetupPackageIntoStore(store: Store, opened: OpenedPackage<SetupPackage>, options: { now: string; newId: () => string; stationName: string }): { congressId: number; elections: number; teams: number } {
  const summary = insertCongressFile(store, withoutCountedData(opened.congress), options);
  const known = new Set(store.listTeams(summary.congressId).map((t) => t.name));
  for (const team of opened.package.teams) if (!known.has(team)) store.insertTeam(summary.congressId, team);
  store.insertCongressIdentity({ congressId: summary.congressId, identity: opened.package.congressId, signingKey: opened.package.key, createdAt: opened.package.createdAt });
  setStationName(store, options.stationName);
  return { congressId: summary.congressId, elections: summary.elections, teams: opened.package.teams.length };
}
