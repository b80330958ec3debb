import type { BallotPrintingRow } from '../../../shared/api/records';
import type { Sql } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function printingFromSql(r: any): BallotPrintingRow {
  return { id: r.id, electionId: r.election_id, number: r.number, printedAt: r.printed_at, operator: r.operator, names: JSON.parse(r.names), replacedAt: r.replaced_at ?? null, replacedBy: r.replaced_by ?? null };
}

/** The printings of the ballot papers of an election (migration 9, RULES R1 "the paper as printed"). */
export function printingQueries({ stmt }: Sql) {
  return {
    insertPrinting(row: Omit<BallotPrintingRow, 'id'>): number {
      return Number(
        stmt('INSERT INTO ballot_printings (election_id, number, printed_at, operator, names, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(row.electionId, row.number, row.printedAt, row.operator, JSON.stringify(row.names), row.replacedAt, row.replacedBy).lastInsertRowid,
      );
    },

    /** Every printing of the election, the first first. */
    listPrintings(electionId: number): BallotPrintingRow[] {
      return stmt('SELECT * FROM ballot_printings WHERE election_id = ? ORDER BY number').all(electionId).map(printingFromSql);
    },

    /** The printing whose papers are in the box: the last one, unless it was replaced. */
    currentPrinting(electionId: number): BallotPrintingRow | null {
      const row = stmt('SELECT * FROM ballot_printings WHERE election_id = ? ORDER BY number DESC LIMIT 1').get(electionId);
      if (row === undefined) return null;
      const printing = printingFromSql(row);
      return printing.replacedAt === null ? printing : null;
    },

    /** The number the next printing takes (lần in 1, 2, …). */
    nextPrintingNumber(electionId: number): number {
      const row = stmt('SELECT max(number) AS n FROM ballot_printings WHERE election_id = ?').get(electionId) as { n: number | null };
      return (row.n ?? 0) + 1;
    },

    replacePrinting(id: number, at: string, by: string): void {
      stmt('UPDATE ballot_printings SET replaced_at = ?, replaced_by = ? WHERE id = ? AND replaced_at IS NULL').run(at, by, id);
    },
  };
}
