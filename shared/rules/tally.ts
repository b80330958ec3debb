import { INVALID_REASONS, type BallotFormat, type BallotRecord, type CandidateOnList, type InvalidReason, type Office, type TeamReceived, type TeamTotal } from '../domain';
import { formatPercent } from '../format/percent';
import { ballotFormat } from './ballot-format';
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
  /** Every candidate, withdrawn ones included, in ballot order. */
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

export interface ElectionTally {
  id: string;
  office: Office;
  seats: number;
  round: number;
  base: number;
  votesNeeded: number;
  format: BallotFormat;
  ballots: {
    issued: number | null;
    returned: number;
    /** Entered one by one plus reported by teams; equals `returned` when all is well. */
    counted: number;
    valid: number;
    invalid: number;
    invalidByReason: Partial<Record<InvalidReason, number>>;
  };
  /** Ballot order, withdrawn candidates left out. */
  candidates: CandidateResult[];
  elected: string[];
  tie: Tie | null;
  unfilledSeats: number;
  outcome: OutcomeKind;
  problems: Problem[];
  teams: TeamCount[];
  nextRound: NextRoundProposal | null;
}

/** The ballot as the operator sees it: the names not withdrawn, in ballot order. */
export function ballotContext(input: Pick<ElectionTallyInput, 'candidates' | 'seats' | 'allBothOrNoneInvalid'>): BallotContext {
  const listIds = input.candidates.filter((c) => !c.withdrawn).map((c) => c.id);
  return { format: ballotFormat(listIds.length, input.seats), listIds, seats: input.seats, allBothOrNoneInvalid: input.allBothOrNoneInvalid };
}

/** Everything about an election but its ballots: what a count already made is tallied with. */
export type ElectionSetup = Omit<ElectionTallyInput, 'ballots'>;

function sameContext(a: BallotContext, b: BallotContext): boolean {
  return a.format === b.format && a.seats === b.seats && a.allBothOrNoneInvalid === b.allBothOrNoneInvalid && a.listIds.length === b.listIds.length && a.listIds.every((id, i) => id === b.listIds[i]);
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
  const onBallot = input.candidates.filter((c) => !c.withdrawn);
  const count = counter.count(input.teamTotals, input.teamReceived);
  const declared = { issued: input.ballotsIssued, returned: input.ballotsReturned, present: input.present };
  const votes = onBallot.map((c, i) => ({ id: c.id, votes: count.votes[i] as number }));
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
    ballots: { issued: input.ballotsIssued, returned: returnedBallots(count, declared), counted: count.counted, valid: count.valid, invalid: count.invalid, invalidByReason },
    candidates: onBallot.map((c, i) => ({
      id: c.id,
      name: c.name,
      votes: count.votes[i] as number,
      percent: formatPercent(count.votes[i] as number, input.base),
      status: outcome.status[c.id] as CandidateStatus,
    })),
    elected: outcome.elected,
    tie: outcome.tie,
    unfilledSeats: outcome.unfilledSeats,
    outcome: outcome.outcome,
    problems,
    teams: count.teams,
    nextRound: proposeNextRound(input.office, context.listIds, outcome),
  };
}
