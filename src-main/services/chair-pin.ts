import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * One check costs ~0.3 s and 64 MiB on one core of the machine that measured it (`npm run bench --
 * pin`), so trying every 6-digit PIN from a copy of the file takes days of one core, while a
 * person waits well under a second on a slow laptop.
 */
export const PIN_SCRYPT_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

/** What `scrypt$salt$hash` (the format before the cost was stored) was made with: Node's defaults. */
const LEGACY_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

/** A stored hash asking for more than this is not ours: refused rather than exhausting memory. */
const MAX_MEMORY = 512 * 1024 * 1024;

const KEY_LENGTH = 32;

function scryptMemory({ N, r }: ScryptCost): number {
  return 128 * N * r;
}

function derive(pin: string, salt: Buffer, length: number, cost: ScryptCost): Buffer {
  return scryptSync(pin, salt, length, { ...cost, maxmem: scryptMemory(cost) + 1024 * 1024 });
}

/** The chair's PIN is stored only as a salted scrypt hash carrying its cost: `scrypt$N$r$p$salt$hash`. */
export function hashPin(pin: string, cost: ScryptCost = PIN_SCRYPT_COST): string {
  const salt = randomBytes(16);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('hex')}$${derive(pin, salt, KEY_LENGTH, cost).toString('hex')}`;
}

interface StoredHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

function parseStoredHash(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return null;
  const [costParts, saltHex, hashHex] = parts.length === 3 ? [null, parts[1], parts[2]] : parts.length === 6 ? [parts.slice(1, 4), parts[4], parts[5]] : [null, undefined, undefined];
  if (saltHex === undefined || hashHex === undefined || !/^([0-9a-f]{2})+$/.test(saltHex) || !/^([0-9a-f]{2})+$/.test(hashHex)) return null;
  const cost = costParts === null ? LEGACY_COST : { N: Number(costParts[0]), r: Number(costParts[1]), p: Number(costParts[2]) };
  const valid = Number.isSafeInteger(cost.N) && cost.N > 1 && (cost.N & (cost.N - 1)) === 0 && Number.isSafeInteger(cost.r) && cost.r >= 1 && Number.isSafeInteger(cost.p) && cost.p >= 1 && cost.p <= 16;
  if (!valid || scryptMemory(cost) > MAX_MEMORY) return null;
  return { cost, salt: Buffer.from(saltHex, 'hex'), hash: Buffer.from(hashHex, 'hex') };
}

export function pinMatches(pin: string, stored: string): boolean {
  const parsed = parseStoredHash(stored);
  if (parsed === null) return false;
  return timingSafeEqual(derive(pin, parsed.salt, parsed.hash.length, parsed.cost), parsed.hash);
}

/** A hash made at a lower cost than today's (an older format): made again once the PIN is known to be right. */
export function pinNeedsRehash(stored: string): boolean {
  const parsed = parseStoredHash(stored);
  if (parsed === null) return false;
  const { N, r, p } = parsed.cost;
  return N * r * p < PIN_SCRYPT_COST.N * PIN_SCRYPT_COST.r * PIN_SCRYPT_COST.p || N < PIN_SCRYPT_COST.N;
}

/**
 * What the log keeps of a stored hash (issue 20): its SHA-256, never the hash itself (the log is
 * exported, and the hash would let a copy of the export be attacked offline). The integrity check
 * compares it with the hash in the file, so a hash removed or replaced there is named.
 */
export function pinHashCommitment(stored: string | null): string | null {
  return stored === null ? null : createHash('sha256').update(stored).digest('hex');
}
