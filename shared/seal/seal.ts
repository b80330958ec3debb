import type { CongressInfo, ElectionInFile } from '../congress-file/schema';
import { base32, groupedByFour } from './base32';
import { canonicalJson } from '../packages/canonical-json';
import { partValues, SEAL_PARTS, type SealPart } from './canonical';
import { sha256HexOfText, sha256OfText } from './sha256';

export { SEAL_PARTS, type SealPart };

/** The first line of the text the seal hashes: names the form, so that a later form is a new one. */
export const SEAL_FORM = 'kiem-phieu.seal/1';

/** Each part's digest: SHA-256 of its canonical JSON, in lowercase hexadecimal. */
export type SealDigests = Record<SealPart, string>;

export interface Seal {
  /** SHA-256 of the seal text, in base32, 13 groups of four: printed in full on every page. */
  code: string;
  digests: SealDigests;
}

/** A seal as printed: 13 groups of four characters of base32 (A–Z, 2–7). */
export const SEAL_CODE_PATTERN = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/;
/** The code of locks made before the seal (issue 20): 48 bits of hexadecimal, too short to bind the data. */
export const OLD_CODE_PATTERN = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;
/** The short code: the seal's first four groups (80 bits), which `verify --code` also accepts. */
export const SHORT_CODE_GROUPS = 4;

export function isOldCode(code: string): boolean {
  return OLD_CODE_PATTERN.test(code);
}

export function shortCode(code: string): string {
  return code.split('-').slice(0, SHORT_CODE_GROUPS).join('-');
}

/** The text the seal hashes: the form, then one line per part (name, space, digest), then the audit head. */
export function sealText(digests: SealDigests, auditHead: string): string {
  return `${SEAL_FORM}\n${SEAL_PARTS.map((part) => `${part} ${digests[part]}\n`).join('')}auditHead ${auditHead}\n`;
}

export function sealCodeOf(digests: SealDigests, auditHead: string): string {
  return groupedByFour(base32(sha256OfText(sealText(digests, auditHead))));
}

/** Each part's digest; `ballots` given for a file read ballot by ballot (BallotsDigest), whose election holds none. */
export function sealDigests(congress: CongressInfo, election: ElectionInFile, ballots?: string): SealDigests {
  const values = partValues(congress, election);
  return Object.fromEntries(SEAL_PARTS.map((part) => [part, part === 'ballots' && ballots !== undefined ? ballots : sha256HexOfText(canonicalJson(values[part]()))])) as SealDigests;
}

/** The seal of an election of a congress, bound to the head of the audit log at its lock. */
export function sealOf(congress: CongressInfo, election: ElectionInFile, auditHead: string, ballots?: string): Seal {
  const digests = sealDigests(congress, election, ballots);
  return { code: sealCodeOf(digests, auditHead), digests };
}

/**
 * The code of an official summary: SHA-256 over the seals of the rounds it reports, in its order,
 * one line each (election id, space, seal), after the line `kiem-phieu.summary-seal/1`.
 */
export function summarySealOf(locks: readonly { id: string; seal: string }[]): string {
  return groupedByFour(base32(sha256OfText(`kiem-phieu.summary-seal/1\n${locks.map((l) => `${l.id} ${l.seal}\n`).join('')}`)));
}
