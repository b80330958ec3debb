import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { congressFileJson } from '../../shared/congress-file/write';
import { canonicalJson } from '../../shared/packages/canonical-json';
import type { CongressFile } from '../../shared/congress-file/schema';
import { packageFailure } from '../../shared/packages/errors';
import { PACKAGE_VERSION, SETUP_PACKAGE_FORMAT, STATION_PACKAGE_FORMAT, type SetupPackage, type StationPackage } from '../../shared/packages/formats';
import { checkPackage, packageText, parsePackage, type PackageJson, type ParsedPackage } from '../../shared/packages/read';
import { ok, type Result } from '../../shared/result';
import type { CongressKey, TeamKey, TeamKeys } from './station-keys';
import { ERROR_CODES } from '../../shared/api/errors';

export type { CongressKey };

export function newCongressKey(): CongressKey {
  return { identity: randomBytes(16).toString('hex'), signingKey: randomBytes(32).toString('hex') };
}

/** HMAC-SHA-256 of the text (UTF-8) with the key, as 64 hexadecimal digits. */
export function signText(signingKey: string, text: string): string {
  return createHmac('sha256', Buffer.from(signingKey, 'hex')).update(text, 'utf8').digest('hex');
}

function signatureMatches(signingKey: string, text: string, signature: string): boolean {
  const expected = Buffer.from(signText(signingKey, text), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A package read once, checked and its signature verified: what preview and merge work from. */
export interface OpenedPackage<P> extends Omit<ParsedPackage<P>, 'signedText'> {
  /** SHA-256 of the signed content: the same package loaded twice has the same hash. */
  sha256: string;
  label: string;
}

function opened<P>(parsed: ParsedPackage<P>, label: string): OpenedPackage<P> {
  return { package: parsed.package, congress: parsed.congress, sha256: createHash('sha256').update(parsed.signedText, 'utf8').digest('hex'), label };
}

/**
 * A station package is accepted only when signed with the key of the team it claims. When another
 * team's key made the signature, the refusal says so: a station tried to speak for another team.
 */
function checkedStation(parsed: Result<ParsedPackage<StationPackage>>, keys: TeamKeys, label: string): Result<OpenedPackage<StationPackage>> {
  if (!parsed.ok) return parsed;
  const { package: header, signedText } = parsed.value;
  const claimed = header.team;
  const teamKey = keys.keyOf(claimed);
  if (teamKey === null) return packageFailure(ERROR_CODES.packageNoTeamKey, label, `không có khóa của "${claimed}" để kiểm tra chữ ký: cần gói thiết lập của tổ này`);
  if (!signatureMatches(teamKey, signedText, header.signature)) {
    const signer = keys.teams().find((team) => {
      const key = team === claimed ? null : keys.keyOf(team);
      return key !== null && signatureMatches(key, signedText, header.signature);
    });
    if (signer !== undefined) return packageFailure(ERROR_CODES.packageWrongTeam, label, `gói ghi là của "${claimed}" nhưng được ký bằng khóa của "${signer}": máy trạm của một tổ chỉ gửi được số liệu của tổ mình`);
    return packageFailure(ERROR_CODES.packageTampered, label, `chữ ký không khớp với khóa của "${claimed}": gói không do máy trạm của tổ này lập, hoặc nội dung đã bị thay đổi sau khi ký`);
  }
  return ok(opened(parsed.value, label));
}

/** A station package of this congress, its signature checked with the key of the team it claims. */
export function openStationPackage(text: string, label: string, keys: TeamKeys): Result<OpenedPackage<StationPackage>> {
  return checkedStation(parsePackage(text, 'station', label, keys.identity), keys, label);
}

/** The same, for a package whose text was read as JSON already (the command line reads each file once). */
export function openStationPackageJson(json: PackageJson, label: string, keys: TeamKeys): Result<OpenedPackage<StationPackage>> {
  return checkedStation(checkPackage(json, 'station', label, keys.identity), keys, label);
}

/**
 * A setup package, checked against the team key it carries: that catches a damaged copy, not a
 * forgery (whoever holds the package holds the key).
 */
export function openSetupPackage(text: string, label: string): Result<OpenedPackage<SetupPackage>> {
  const parsed = parsePackage(text, 'setup', label, null);
  if (!parsed.ok) return parsed;
  const { package: header, signedText } = parsed.value;
  if (!signatureMatches(header.teamKey, signedText, header.signature)) return packageFailure(ERROR_CODES.packageTampered, label, 'chữ ký không khớp: nội dung đã bị thay đổi sau khi ký');
  return ok(opened(parsed.value, label));
}

/** The package's text: its canonical JSON, signed over everything but the signature. */
function sign(fields: Record<string, unknown>, signingKey: string): string {
  return packageText(fields, signText(signingKey, canonicalJson(fields)));
}

export interface StationPackageFields {
  /** The team's key: the package is the team's, signed with it. */
  teamKey: TeamKey;
  station: { id: string; name: string };
  createdAt: string;
  audit: { events: number; lastHash: string; intact: boolean };
  congress: CongressFile;
}

export function writeStationPackage(fields: StationPackageFields): string {
  const { teamKey } = fields;
  return sign(
    { format: STATION_PACKAGE_FORMAT, version: PACKAGE_VERSION, congressId: teamKey.identity, createdAt: fields.createdAt, station: fields.station, team: teamKey.team, audit: fields.audit, congress: congressFileJson(fields.congress) },
    teamKey.key,
  );
}

/** One team's setup package: it carries that team's key only, and is signed with it. */
export function writeSetupPackage(fields: { teamKey: TeamKey; createdAt: string; congress: CongressFile }): string {
  const { teamKey } = fields;
  return sign(
    { format: SETUP_PACKAGE_FORMAT, version: PACKAGE_VERSION, congressId: teamKey.identity, team: teamKey.team, teamKey: teamKey.key, createdAt: fields.createdAt, congress: congressFileJson(fields.congress) },
    teamKey.key,
  );
}
