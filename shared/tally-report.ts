import { OFFICE_LABELS } from './domain';
import type { TitledFinalResult } from './congress-file/final';
import type { ElectionTally } from './rules/tally';

/**
 * `kiem-phieu.tally` version 1 (INTERCHANGE.md): exactly the fields of the contract, and the
 * `final` array of its "Additions", one entry per office that has rounds; an election whose paper
 * prints a name withdrawn after printing also has `paper` (the format and the names as printed).
 */
export function tallyReport(tallies: readonly ElectionTally[], finals: readonly TitledFinalResult[]) {
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
      // Addition (RULES R1, "the paper as printed"): only when the paper prints a name withdrawn after printing.
      ...(t.paper.some((c) => c.withdrawn) ? { paper: { format: t.format, names: t.paper.map((c) => ({ number: c.number, id: c.id, name: c.name, withdrawn: c.withdrawn })) } } : {}),
    })),
    final: finals.map((f) => ({
      office: f.office,
      title: f.title || `Bầu ${OFFICE_LABELS[f.office]}`,
      seats: f.seats,
      rounds: f.rounds,
      elected: f.elected.map((e) => ({ id: e.id, name: e.name, votes: e.votes, round: e.round })),
      unfilledSeats: f.unfilledSeats,
    })),
  };
}

export type TallyReport = ReturnType<typeof tallyReport>;
