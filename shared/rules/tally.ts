import { INVALID_REASONS, type BallotFormat, type BallotRecord, type CandidateOnList, type InvalidReason, type Office, type TeamReceived, type TeamTotal } from '../domain';
import { formatPercent } from '../format/percent';
import { ballotFormat } from './ballot-format';
import { isStruckOnPaper, paperList, standingList } from './paper-list';
import { BallotCounter, type TeamCount } from './count';
import { decideOutcome, type CandidateStatus, type OutcomeKind, type Tie } from './outcome';
import { proposeNextRound, type NextRoundProposal } from './next-round';
import type { Problem } from './problems';
import { reconcile, returnedBallots } from './reconciliation';
import { closeCandidates, DEFAULT_SCAN_MARGIN, type CloseCandidate } from './margin';
import { checkScans, type ScanFigures } from './scan-checks';
import { checkListOf } from './surplus';
import { votesNeeded } from './threshold';
import type { BallotContext } from './validity';

export interface ElectionTallyInput {
  id: string;
  office: Office;
  seats: number;
  round: number;
  base: number;
  requireMajority: boolean;
  allBothOrNoneInvalid: boolean;
  /** Every candidate, withdrawn ones included, in ballot order (`onPaper`: withdrawn after printing). */
  candidates: readonly CandidateOnList[];
  ballots: readonly BallotRecord[];
  teamTotals: readonly TeamTotal[];
  /** The ballots handed to each team, where declared (RULES R4.5). */
  teamReceived?: readonly TeamReceived[];
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  present: number | null;
  /** When ballots were read from scans: the images counted and waiting (RULES R4, rules/scan-checks.ts). */
  scans?: ScanFigures;
  /** Papers that would change a result, at or under which the committee looks again at the scanned papers (rules/margin.ts); default 2. */
  scanMargin?: number;
}

export interface CandidateResult {
  id: string;
  name: string;
  votes: number;
  percent: string;
  status: CandidateStatus;
}

/** A name as the paper prints it (RULES R1): its number, and whether it was withdrawn after printing. */
export interface NameOnPaper {
  id: string;
  name: string;
  number: number;
  /** Withdrawn after the papers were printed: struck on screen, never a vote. */
  withdrawn: boolean;
}

export interface ElectionTally {
  id: string;
  office: Office;
  seats: number;
  round: number;
  base: number;
  votesNeeded: number;
  /** The format of the paper as printed (RULES R1). */
  format: BallotFormat;
  /** The names printed on the paper, in paper order with their numbers, withdrawn ones included. */
  paper: NameOnPaper[];
  ballots: {
    issued: number | null;
    returned: number;
    /** Entered one by one plus reported by teams; equals `returned` when all is well. */
    counted: number;
    valid: number;
    invalid: number;
    invalidByReason: Partial<Record<InvalidReason, number>>;
  };
  /** Ballot order, withdrawn candidates left out (the names still standing). */
  candidates: CandidateResult[];
  elected: string[];
  tie: Tie | null;
  unfilledSeats: number;
  outcome: OutcomeKind;
  problems: Problem[];
  teams: TeamCount[];
  nextRound: NextRoundProposal | null;
}

/**
 * The ballot as the paper prints it (RULES R1): the names on the paper in paper order, its format
 * from them, and the names withdrawn after printing (struck, never a vote).
 */
export function ballotContext(input: { candidates: readonly Pick<CandidateOnList, 'id' | 'withdrawn' | 'onPaper'>[]; seats: number; allBothOrNoneInvalid: boolean }): BallotContext {
  const onPaper = paperList(input.candidates);
  const listIds = onPaper.map((c) => c.id);
  const withdrawnOnPaper = onPaper.filter(isStruckOnPaper).map((c) => c.id);
  return { format: ballotFormat(listIds.length, input.seats), listIds, seats: input.seats, allBothOrNoneInvalid: input.allBothOrNoneInvalid, ...(withdrawnOnPaper.length > 0 ? { withdrawnOnPaper } : {}) };
}

/** Everything about an election but its ballots: what a count already made is tallied with. */
export type ElectionSetup = Omit<ElectionTallyInput, 'ballots'>;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function sameContext(a: BallotContext, b: BallotContext): boolean {
  return a.format === b.format && a.seats === b.seats && a.allBothOrNoneInvalid === b.allBothOrNoneInvalid && sameIds(a.listIds, b.listIds) && sameIds(a.withdrawnOnPaper ?? [], b.withdrawnOnPaper ?? []);
}

/** The candidates whose result a few scanned papers read differently would change (rules/margin.ts), when papers were counted from scans. */
function closeOnScans(input: ElectionSetup, onBallot: readonly CandidateOnList[], votes: readonly number[]): CloseCandidate[] {
  if (!input.scans || input.scans.counted === 0) return [];
  return closeCandidates({ candidates: onBallot.map((c, i) => ({ id: c.id, name: c.name, votes: votes[i] as number })), seats: input.seats, base: input.base, requireMajority: input.requireMajority, margin: input.scanMargin ?? DEFAULT_SCAN_MARGIN });
}

/** One election, RULES R1–R7: the single computation every screen, export and command uses. */
export function tallyElection(input: ElectionTallyInput): ElectionTally {
  const counter = new BallotCounter(ballotContext(input));
  for (const ballot of input.ballots) counter.add(ballot);
  return tallyCounted(input, counter);
}

/**
 * The same tally from ballots already counted one by one (live results after each Enter, a file
 * read ballot by ballot); the counter must have been made for this election's ballot.
 */
export function tallyCounted(input: ElectionSetup, counter: BallotCounter): ElectionTally {
  const context = ballotContext(input);
  if (!sameContext(context, counter.context)) throw new Error('tallyCounted: the ballots were counted for another list or number of seats');
  const onPaper = paperList(input.candidates);
  const onBallot = standingList(input.candidates);
  const count = counter.count(input.teamTotals, input.teamReceived);
  const votesOf = new Map(onPaper.map((c, i) => [c.id, count.votes[i] as number]));
  const declared = { issued: input.ballotsIssued, returned: input.ballotsReturned, present: input.present };
  const votes = onBallot.map((c) => ({ id: c.id, votes: votesOf.get(c.id) as number }));
  const outcome = decideOutcome({ candidates: votes, seats: input.seats, base: input.base, requireMajority: input.requireMajority });

  const problems = [
    ...checkListOf(input, onBallot),
    ...reconcile(count, declared, input.seats),
    ...(input.scans ? checkScans(input.scans, input.ballotsReturned, closeOnScans(input, onBallot, count.votes), input.scanMargin ?? DEFAULT_SCAN_MARGIN) : []),
  ];

  const invalidByReason: Partial<Record<InvalidReason, number>> = {};
  for (const reason of INVALID_REASONS) if (count.invalidByReason[reason] > 0) invalidByReason[reason] = count.invalidByReason[reason];

  return {
    id: input.id,
    office: input.office,
    seats: input.seats,
    round: input.round,
    base: input.base,
    votesNeeded: votesNeeded(input.base),
    format: context.format,
    paper: onPaper.map((c, i) => ({ id: c.id, name: c.name, number: i + 1, withdrawn: c.withdrawn })),
    ballots: { issued: input.ballotsIssued, returned: returnedBallots(count, declared), counted: count.counted, valid: count.valid, invalid: count.invalid, invalidByReason },
    candidates: votes.map(({ id, votes: v }, i) => ({
      id,
      name: (onBallot[i] as CandidateOnList).name,
      votes: v,
      percent: formatPercent(v, input.base),
      status: outcome.status[id] as CandidateStatus,
    })),
    elected: outcome.elected,
    tie: outcome.tie,
    unfilledSeats: outcome.unfilledSeats,
    outcome: outcome.outcome,
    problems,
    teams: count.teams,
    nextRound: proposeNextRound(input.office, onBallot.map((c) => c.id), outcome),
  };
}
