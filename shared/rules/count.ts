import { INVALID_REASONS, type BallotRecord, type InvalidReason, type TeamReceived, type TeamTotal } from '../domain';
import { compareTeamNames } from '../text/natural-order';
import { judgeBallot, markFor, withdrawnOnPaperSet, type BallotContext } from './validity';

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
  /** The ballots entered without a team first, then the teams in the natural order of their names. */
  teams: TeamCount[];
}

export function zeroInvalidCounts(): InvalidCounts {
  return Object.fromEntries(INVALID_REASONS.map((reason) => [reason, 0])) as InvalidCounts;
}

interface Bucket {
  team: string | null;
  /** Ballot records (a stack is one record) added and not removed. */
  records: number;
  entered: number;
  valid: number;
  invalidByReason: InvalidCounts;
  votes: Float64Array;
  /** Format A ballots given as struck names: v(c) = struckBallots − struck(c). */
  struckBallots: number;
  struckVotes: Float64Array;
}

function newBucket(team: string | null, size: number): Bucket {
  return { team, records: 0, entered: 0, valid: 0, invalidByReason: zeroInvalidCounts(), votes: new Float64Array(size), struckBallots: 0, struckVotes: new Float64Array(size) };
}

function add(tally: Float64Array, position: number, count: number): void {
  tally[position] = (tally[position] as number) + count;
}

function sumInvalid(counts: InvalidCounts): number {
  return INVALID_REASONS.reduce((sum, reason) => sum + counts[reason], 0);
}

/**
 * RULES R4 counting, one ballot at a time: v(c) is the number of valid ballots that keep c
 * (format A) or mark only "đồng ý" for c (format B). A ballot can be taken out again (a
 * correction, a void), so that live results follow each Enter without counting everything again;
 * the count is always what counting the ballots present from scratch gives.
 */
export class BallotCounter {
  private readonly buckets = new Map<string | null, Bucket>();
  private readonly index: ReadonlyMap<string, number>;
  /** Per position of the paper: a name withdrawn after printing, which never gets a vote (RULES R1). */
  private readonly withdrawn: readonly boolean[];
  /** Ballot records present (a stack of identical ballots is one record). */
  records = 0;

  constructor(readonly context: BallotContext) {
    this.index = new Map(context.listIds.map((id, position) => [id, position]));
    const withdrawn = withdrawnOnPaperSet(context);
    this.withdrawn = context.listIds.map((id) => withdrawn.has(id));
  }

  /** A copy that can go on counting on its own (for work that may be rolled back). */
  clone(): BallotCounter {
    const copy = new BallotCounter(this.context);
    copy.records = this.records;
    for (const [team, bucket] of this.buckets) {
      copy.buckets.set(team, { ...bucket, invalidByReason: { ...bucket.invalidByReason }, votes: bucket.votes.slice(), struckVotes: bucket.struckVotes.slice() });
    }
    return copy;
  }

  add(ballot: BallotRecord): void {
    this.apply(ballot, 1);
  }

  /** Takes out a ballot added before (the same record). */
  remove(ballot: BallotRecord): void {
    this.apply(ballot, -1);
  }

  private position(id: string): number {
    const position = this.index.get(id);
    if (position === undefined) throw new Error(`count: "${id}" is not on the ballot`);
    return position;
  }

  private apply(ballot: BallotRecord, sign: 1 | -1): void {
    let bucket = this.buckets.get(ballot.team);
    if (bucket === undefined) {
      if (sign < 0) throw new Error(`count: no ballot of team ${String(ballot.team)} to take out`);
      bucket = newBucket(ballot.team, this.context.listIds.length);
      this.buckets.set(ballot.team, bucket);
    }
    const count = sign * ballot.count;
    bucket.records += sign;
    this.records += sign;
    bucket.entered += count;
    const verdict = judgeBallot(ballot.choice, ballot.ruling, this.context);
    if (verdict.valid) {
      bucket.valid += count;
      this.addVotes(bucket, ballot, count);
    } else {
      bucket.invalidByReason[verdict.reason] += count;
    }
    if (bucket.records === 0) this.buckets.delete(ballot.team);
  }

  private addVotes(bucket: Bucket, ballot: BallotRecord, count: number): void {
    const { choice } = ballot;
    if (this.context.format === 'A') {
      // A withdrawn name's position is set to nothing when the count is read (count()).
      if (choice.kind === 'kept') {
        for (const id of choice.ids) add(bucket.votes, this.position(id), count);
      } else if (choice.kind === 'struck') {
        bucket.struckBallots += count;
        for (const id of choice.ids) add(bucket.struckVotes, this.position(id), count);
      }
      return;
    }
    this.context.listIds.forEach((id, position) => {
      if (!this.withdrawn[position] && markFor(choice, id) === 'agree') add(bucket.votes, position, count);
    });
  }

  /** Votes per position of the paper; a name withdrawn after printing has none (RULES R1). */
  private votesOf(values: (i: number) => number): number[] {
    return this.context.listIds.map((_, i) => (this.withdrawn[i] ? 0 : values(i)));
  }

  /** The count of the ballots present, with the totals teams reported and the shares they were handed. */
  count(teamTotals: readonly TeamTotal[] = [], teamReceived: readonly TeamReceived[] = []): ElectionCount {
    const size = this.context.listIds.length;
    const teams = new Map<string | null, TeamCount>();
    for (const bucket of this.buckets.values()) {
      const votes = this.votesOf((i) => (bucket.votes[i] as number) + bucket.struckBallots - (bucket.struckVotes[i] as number));
      teams.set(bucket.team, { team: bucket.team, entered: bucket.entered, reported: null, received: null, returned: bucket.entered, valid: bucket.valid, invalid: sumInvalid(bucket.invalidByReason), invalidByReason: { ...bucket.invalidByReason }, votes });
    }
    for (const total of teamTotals) {
      const invalidByReason = zeroInvalidCounts();
      for (const reason of INVALID_REASONS) invalidByReason[reason] = total.invalid[reason] ?? 0;
      const votes = this.votesOf((i) => total.votes[this.context.listIds[i] as string] ?? 0);
      const enteredTeam = teams.get(total.team);
      if (enteredTeam) {
        enteredTeam.reported = total;
        enteredTeam.returned += total.returned;
        enteredTeam.valid += total.valid;
        for (const reason of INVALID_REASONS) enteredTeam.invalidByReason[reason] += invalidByReason[reason];
        enteredTeam.invalid = sumInvalid(enteredTeam.invalidByReason);
        enteredTeam.votes = enteredTeam.votes.map((v, i) => v + (votes[i] as number));
      } else {
        teams.set(total.team, { team: total.team, entered: 0, reported: total, received: null, returned: total.returned, valid: total.valid, invalid: sumInvalid(invalidByReason), invalidByReason, votes });
      }
    }
    for (const { team, received } of teamReceived) {
      const counted = teams.get(team);
      if (counted) counted.received = received;
      else teams.set(team, { team, entered: 0, reported: null, received, returned: 0, valid: 0, invalid: 0, invalidByReason: zeroInvalidCounts(), votes: new Array<number>(size).fill(0) });
    }

    const ordered = [...teams.values()].sort((a, b) => (a.team === null ? -1 : b.team === null ? 1 : compareTeamNames(a.team, b.team)));
    const overall: ElectionCount = { counted: 0, valid: 0, invalid: 0, invalidByReason: zeroInvalidCounts(), votes: new Array<number>(size).fill(0), teams: ordered };
    for (const team of ordered) {
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
}

/** RULES R4 counting of a whole list of ballots, with the teams' reported totals and shares. */
export function countElection(ballots: readonly BallotRecord[], teamTotals: readonly TeamTotal[], context: BallotContext, teamReceived: readonly TeamReceived[] = []): ElectionCount {
  const counter = new BallotCounter(context);
  for (const ballot of ballots) counter.add(ballot);
  return counter.count(teamTotals, teamReceived);
}
