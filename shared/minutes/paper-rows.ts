import type { CandidateResult, ElectionTally } from '../rules/tally';

/** One row of a results table in paper order (RULES R1): the printed number, and the result of a name standing, or none for a name withdrawn after printing. */
export interface PaperRow {
  number: number;
  id: string;
  name: string;
  /** Null: withdrawn after the papers were printed; on the paper, struck, no vote. */
  result: CandidateResult | null;
}

/**
 * The results in the order and with the numbers the paper prints: the screen, the hall, the
 * minutes and the workbook list a name withdrawn after printing at its number, struck, with no vote.
 */
export function paperRows(tally: Pick<ElectionTally, 'paper' | 'candidates'>): PaperRow[] {
  const results = new Map(tally.candidates.map((c) => [c.id, c]));
  return tally.paper.flatMap((p) => {
    const result = results.get(p.id) ?? null;
    return result === null && !p.withdrawn ? [] : [{ number: p.number, id: p.id, name: p.name, result }];
  });
}

/** What follows a name withdrawn after printing in a list of the paper's names. */
export const WITHDRAWN_NAME_NOTE = 'đã rút sau khi in phiếu';

/** What a row of a name withdrawn after printing says in place of its result. */
export const WITHDRAWN_AFTER_PRINTING = 'đã rút sau khi in phiếu, không tính phiếu';
