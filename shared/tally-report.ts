import type { ElectionTally } from './rules/tally';

/** `kiem-phieu.tally` version 1 (INTERCHANGE.md): exactly the fields of the contract. */
export function tallyReport(tallies: readonly ElectionTally[]) {
  return {
    format: 'kiem-phieu.tally' as const,
    version: 1 as const,
    elections: tallies.map((t) => ({
      id: t.id,
      office: t.office,
      seats: t.seats,
      round: t.round,
      base: t.base,
      votesNeeded: t.votesNeeded,
      ballots: { issued: t.ballots.issued, returned: t.ballots.returned, valid: t.ballots.valid, invalid: t.ballots.invalid, invalidByReason: t.ballots.invalidByReason },
      candidates: t.candidates.map((c) => ({ id: c.id, name: c.name, votes: c.votes, percent: c.percent, status: c.status })),
      elected: t.elected,
      tie: t.tie,
      unfilledSeats: t.unfilledSeats,
      outcome: t.outcome,
      problems: t.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message })),
    })),
  };
}

export type TallyReport = ReturnType<typeof tallyReport>;
