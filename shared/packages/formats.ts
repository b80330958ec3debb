import { z } from 'zod';
import { cleanText, nonNegativeInt, requiredText } from '../validation/fields';

/**
 * The packages that carry a congress between machines with no network (docs/dev/architecture.md, "Several
 * counting teams"). Both hold a `kiem-phieu.congress` file; the file on disk is the canonical
 * JSON of the package (canonical-json.ts) followed by a newline, so any changed byte is refused.
 *
 * - The setup package goes from the chair's machine to one team's station: the congress, its
 *   elections and lists, its identity, the team and that team's key (derived from the congress
 *   key, which never leaves the chair's machine). Keep it like a password.
 * - A station package comes back: one team's ballots and totals, signed with that team's key.
 *
 * Version 1 carried the congress key itself in the setup package and signed every station package
 * with it: any station could speak for any team. Version 1 packages are refused (read.ts).
 */
export const SETUP_PACKAGE_FORMAT = 'kiem-phieu.setup-package';
export const STATION_PACKAGE_FORMAT = 'kiem-phieu.station-package';
export const PACKAGE_VERSION = 2;

/** 128 random bits, as 32 lowercase hexadecimal digits. */
export const congressIdentity = z.string().regex(/^[0-9a-f]{32}$/, { message: 'mã đại hội phải gồm 32 chữ số hệ 16' });
/** 256 bits, as 64 lowercase hexadecimal digits: a key, and an HMAC-SHA-256 signature. */
export const hex256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'phải gồm 64 chữ số hệ 16' });

const header = {
  version: z.literal(PACKAGE_VERSION),
  congressId: congressIdentity,
  createdAt: z.string().min(1),
  /** The congress file, checked by readCongressFile. */
  congress: z.unknown(),
  signature: hex256,
};

export const setupPackageSchema = z.object({
  format: z.literal(SETUP_PACKAGE_FORMAT),
  ...header,
  /** The team whose station this package sets up: the only team it can count for. */
  team: requiredText,
  /** That team's key, which signs the team's station packages (and this package). */
  teamKey: hex256,
});

export const stationPackageSchema = z.object({
  format: z.literal(STATION_PACKAGE_FORMAT),
  ...header,
  station: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/), name: cleanText }),
  team: requiredText,
  /** The station's audit chain when it made the package: recorded by the chair when merged. */
  audit: z.object({ events: nonNegativeInt, lastHash: z.string(), intact: z.boolean() }),
});

export type SetupPackage = z.output<typeof setupPackageSchema>;
export type StationPackage = z.output<typeof stationPackageSchema>;
export type PackageKind = 'setup' | 'station';

export const PACKAGE_FORMATS: Record<PackageKind, string> = { setup: SETUP_PACKAGE_FORMAT, station: STATION_PACKAGE_FORMAT };
export const PACKAGE_NAMES: Record<PackageKind, string> = { setup: 'gói thiết lập', station: 'gói của máy trạm' };
