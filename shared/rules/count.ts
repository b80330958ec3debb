import { INVALID_REASONS, type BallotRecord, type InvalidReason, type TeamReceived, type TeamTotal } from '../domain';
import { judgeBallot, markFor, type BallotContext } from './validity';

export type InvalidCounts = Record<InvalidReason, number>;

/** The count of one counting team, or of the ballots entered without a team (`team: null`). */
export interface TeamCount {
  team: string | null;
  /** Ballots entered one by one (or in stacks), as opposed to totals reported by the team. */
  entered: number;
  /** Totals the team reported for what it counted by hand, when it did. */
  reported: TeamTotal | null;
  /** The ballots handed to the team, when declared (RULES R4.5). */
  received: number | null;
  returned: number;
  valid: number;
  invalid: number;
  invalidByReason: InvalidCounts;
  /** Votes per name of the list, in ballot order. */
  votes: number[];
}

export interface ElectionCount {
  /** Ballots entered plus the ballots teams reported as returned. */
  counted: number;
  valid: number;
  invalid: number;
  invalidByReason: InvalidCounts;
  votes: number[];
  teams: TeamCount[];
}

export function zeroInvalidCounts(): InvalidCounts {
  return Object.fromEntries(INVALID_REASONS.map((reason) => [reason, 0])) as InvalidCounts;
}

interface Bucket {
  team: string | null;
  entered: number;
  valid: number;
  invalidByReason: InvalidCounts;
  votes: Float64Array;
  /** Format A ballots given as struck names: v(c) = struckBallots − struck(c). */
  struckBallots: number;
  struckVotes: Float64Array;
  reported: TeamTotal | null;
}

function newBucket(team: string | null, size: number): Bucket {
  return { team, entered: 0, valid: 0, invalidByReason: zeroInvalidCounts(), votes: new Float64Array(size), struckBallots: 0, struckVotes: new Float64Array(size), reported: null };
}

function indexOf(index: ReadonlyMap<string, number>, id: string): number {
  const position = index.get(id);
  if (position === undefined) throw new Error(`count: "${id}" is not on the ballot`);
  return position;
}

function add(tally: Float64Array, position: number, count: number): void {
  tally[position] = (tally[position] as number) + count;
}

function addValidBallot(bucket: Bucket, ballot: BallotRecord, context: BallotContext, index: ReadonlyMap<string, number>): void {
  const { choice, count } = ballot;
  if (context.format === 'A') {
    if (choice.kind === 'kept') {
      for (const id of choice.ids) add(bucket.votes, indexOf(index, id), count);
    } else if (choice.kind === 'struck') {
      bucket.struckBallots += count;
      for (const id of choice.ids) add(bucket.struckVotes, indexOf(index, id), count);
    }
    return;
  }
  context.listIds.forEach((id, position) => {
    if (markFor(choice, id) === 'agree') add(bucket.votes, position, count);
  });
}

function sumInvalid(counts: InvalidCounts): number {
  return INVALID_REASONS.reduce((sum, reason) => sum + counts[reason], 0);
}

/**
 * RULES R4 counting: v(c) is the number of valid ballots that keep c (format A) or mark only
 * "đồng ý" for c (format B), summed over ballots entered and totals reported by teams.
 */
export function countElection(ballots: readonly BallotRecord[], teamTotals: readonly TeamTotal[], context: BallotContext, teamReceived: readonly TeamReceived[] = []): ElectionCount {
  const size = context.listIds.length;
  const index = new Map(context.listIds.map((id, position) => [id, position]));
  const buckets = new Map<string | null, Bucket>();
  const bucketFor = (team: string | null): Bucket => {
    let bucket = buckets.get(team);
    if (bucket === undefined) {
      bucket = newBucket(team, size);
      buckets.set(team, bucket);
    }
    return bucket;
  };

  for (const ballot of ballots) {
    const bucket = bucketFor(ballot.team);
    bucket.entered += ballot.count;
    const verdict = judgeBallot(ballot.choice, ballot.ruling, context);
    if (verdict.valid) {
      bucket.valid += ballot.count;
      addValidBallot(bucket, ballot, context, index);
    } else {
      bucket.invalidByReason[verdict.reason] += ballot.count;
    }
  }

  const teams: TeamCount[] = [];
  for (const bucket of buckets.values()) {
    const votes = Array.from(bucket.votes, (v, i) => v + bucket.struckBallots - (bucket.struckVotes[i] as number));
    teams.push({ team: bucket.team, entered: bucket.entered, reported: null, received: null, returned: bucket.entered, valid: bucket.valid, invalid: sumInvalid(bucket.invalidByReason), invalidByReason: bucket.invalidByReason, votes });
  }
  for (const total of teamTotals) {
    const invalidByReason = zeroInvalidCounts();
    for (const reason of INVALID_REASONS) invalidByReason[reason] = total.invalid[reason] ?? 0;
    const votes = context.listIds.map((id) => total.votes[id] ?? 0);
    const enteredTeam = teams.find((team) => team.team === total.team);
    if (enteredTeam) {
      enteredTeam.reported = total;
      enteredTeam.returned += total.returned;
      enteredTeam.valid += total.valid;
      for (const reason of INVALID_REASONS) enteredTeam.invalidByReason[reason] += invalidByReason[reason];
      enteredTeam.invalid = sumInvalid(enteredTeam.invalidByReason);
      enteredTeam.votes = enteredTeam.votes.map((v, i) => v + (votes[i] as number));
    } else {
      teams.push({ team: total.team, entered: 0, reported: total, received: null, returned: total.returned, valid: total.valid, invalid: sumInvalid(invalidByReason), invalidByReason, votes });
    }
  }

  for (const { team, received } of teamReceived) {
    const counted = teams.find((t) => t.team === team);
    if (counted) counted.received = received;
    else teams.push({ team, entered: 0, reported: null, received, returned: 0, valid: 0, invalid: 0, invalidByReason: zeroInvalidCounts(), votes: new Array<number>(size).fill(0) });
  }

  const overall: ElectionCount = { counted: 0, valid: 0, invalid: 0, invalidByReason: zeroInvalidCounts(), votes: new Array<number>(size).fill(0), teams };
  for (const team of teams) {
    overall.counted += team.returned;
    overall.valid += team.valid;
    overall.invalid += team.invalid;
    for (const reason of INVALID_REASONS) overall.invalidByReason[reason] += team.invalidByReason[reason];
    team.votes.forEach((v, i) => {
      overall.votes[i] = (overall.votes[i] as number) + v;
    });
  }
  return overall;
}
