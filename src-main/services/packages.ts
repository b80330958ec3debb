import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { congressFileJson } from '../../shared/congress-file/write';
import { canonicalJson } from '../../shared/packages/canonical-json';
import type { CongressFile } from '../../shared/congress-file/schema';
import { PACKAGE_ERRORS, packageFailure } from '../../shared/packages/errors';
import { PACKAGE_VERSION, SETUP_PACKAGE_FORMAT, STATION_PACKAGE_FORMAT, type SetupPackage, type StationPackage } from '../../shared/packages/formats';
import { checkPackage, packageText, parsePackage, type PackageJson, type ParsedPackage } from '../../shared/packages/read';
import { ok, type Result } from '../../shared/result';

/** The congress's identity and its signing key (hex), as kept in congress_identity. */
export interface CongressKey {
  identity: string;
  signingKey: string;
}

export function newCongressKey(): CongressKey {
  return { identity: randomBytes(16).toString('hex'), signingKey: randomBytes(32).toString('hex') };
}

/** HMAC-SHA-256 of the text (UTF-8) with the congress key, as 64 hexadecimal digits. */
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

function checked<P extends { signature: string }>(parsed: Result<ParsedPackage<P>>, signingKey: (p: Omit<P, 'congress'>) => string, label: string): Result<OpenedPackage<P>> {
  if (!parsed.ok) return parsed;
  const { package: header, congress, signedText } = parsed.value;
  if (!signatureMatches(signingKey(header), signedText, header.signature)) {
    return packageFailure(PACKAGE_ERRORS.tampered, label, 'chữ ký không khớp: nội dung đã bị thay đổi sau khi ký');
  }
  return ok({ package: header, congress, sha256: createHash('sha256').update(signedText, 'utf8').digest('hex'), label });
}

/** A station package of this congress, its signature checked with the congress key. */
export function openStationPackage(text: string, label: string, key: CongressKey): Result<OpenedPackage<StationPackage>> {
  return checked(parsePackage(text, 'station', label, key.identity), () => key.signingKey, label);
}

/** The same, for a package whose text was read as JSON already (the command line reads each file once). */
export function openStationPackageJson(json: PackageJson, label: string, key: CongressKey): Result<OpenedPackage<StationPackage>> {
  return checked(checkPackage(json, 'station', label, key.identity), () => key.signingKey, label);
}

/**
 * A setup package, checked against the key it carries: that catches a damaged copy, not a
 * forgery (whoever holds the package holds the key).
 */
export function openSetupPackage(text: string, label: string): Result<OpenedPackage<SetupPackage>> {
  return checked(parsePackage(text, 'setup', label, null), (p) => p.key, label);
}

/** The package's text: its canonical JSON, signed over everything but the signature. */
function sign(fields: Record<string, unknown>, signingKey: string): string {
  return packageText(fields, signText(signingKey, canonicalJson(fields)));
}

export interface StationPackageFields {
  key: CongressKey;
  station: { id: string; name: string };
  team: string;
  createdAt: string;
  audit: { events: number; lastHash: string; intact: boolean };
  congress: CongressFile;
}

export function writeStationPackage(fields: StationPackageFields): string {
  return sign(
    { format: STATION_PACKAGE_FORMAT, version: PACKAGE_VERSION, congressId: fields.key.identity, createdAt: fields.createdAt, station: fields.station, team: fields.team, audit: fields.audit, congress: congressFileJson(fields.congress) },
    fields.key.signingKey,
  );
}

export function writeSetupPackage(fields: { key: CongressKey; createdAt: string; teams: string[]; congress: CongressFile }): string {
  return sign(
    { format: SETUP_PACKAGE_FORMAT, version: PACKAGE_VERSION, congressId: fields.key.identity, key: fields.key.signingKey, createdAt: fields.createdAt, teams: fields.teams, congress: congressFileJson(fields.congress) },
    fields.key.signingKey,
  );
}
