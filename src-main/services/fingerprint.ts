import { createHash } from 'node:crypto';
import type { BallotRecord } from '../../shared/domain';
import type { ElectionSetup, ElectionTallyInput } from '../../shared/rules/tally';

const MODULUS = 1n << 128n;

/** One ballot's digest: the first 128 bits of SHA-256 over what it says, its count and team. */
export function ballotDigest(ballot: BallotRecord): bigint {
  const hex = createHash('sha256').update(JSON.stringify([ballot.choice, ballot.count, ballot.ruling, ballot.team])).digest('hex');
  return BigInt(`0x${hex.slice(0, 32)}`);
}

/**
 * The ballots as one value that does not depend on their order: the sum of their digests modulo
 * 2^128. It can be kept up to date one ballot at a time (add a new ballot, subtract a superseded one).
 */
export function ballotDigestSum(ballots: readonly BallotRecord[]): bigint {
  let sum = 0n;
  for (const ballot of ballots) sum = (sum + ballotDigest(ballot)) % MODULUS;
  return sum;
}

export function addDigest(sum: bigint, digest: bigint): bigint {
  return (sum + digest) % MODULUS;
}

export function subtractDigest(sum: bigint, digest: bigint): bigint {
  return (sum - digest + MODULUS) % MODULUS;
}

/** The ballots as the fingerprint sees them: how many records, and the sum of their digests. */
export interface BallotsDigest {
  count: number;
  digestSum: bigint;
}

/**
 * A short fingerprint of the counted data of an election: the list, the figures, every ballot
 * that counts and every team total. Printed on the minutes and shown in the app, so that a page
 * can be matched to the data it came from. The order ballots were entered in does not change it.
 */
export function countedDataFingerprint(input: ElectionTallyInput): string {
  return fingerprintOf(input, { count: input.ballots.length, digestSum: ballotDigestSum(input.ballots) });
}

/** The same fingerprint from the ballots' digest the app keeps one ballot at a time. */
export function fingerprintOf(input: ElectionSetup, ballots: BallotsDigest): string {
  const canonical = JSON.stringify({
    id: input.id, office: input.office, seats: input.seats, round: input.round, base: input.base, requireMajority: input.requireMajority, allBothOrNoneInvalid: input.allBothOrNoneInvalid,
    candidates: input.candidates, ballotsIssued: input.ballotsIssued, ballotsReturned: input.ballotsReturned, present: input.present,
    ballots: { count: ballots.count, digestSum: ballots.digestSum.toString(16) },
    teamTotals: [...input.teamTotals].sort((a, b) => (a.team < b.team ? -1 : 1)),
    ...(input.teamReceived && input.teamReceived.length > 0 ? { teamReceived: [...input.teamReceived].sort((a, b) => (a.team < b.team ? -1 : 1)) } : {}),
  });
  const hex = createHash('sha256').update(canonical).digest('hex').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/**
 * The code of an official summary: the locks of the rounds it reports (each election's id and the
 * fingerprint its lock sealed), in the order it reports them, as one value of the same form.
 */
export function locksCode(locks: readonly { id: string; fingerprint: string }[]): string {
  const hex = createHash('sha256').update(JSON.stringify(locks.map((l) => [l.id, l.fingerprint]))).digest('hex').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
