import type { FinalResultView } from '../../../shared/api/views';
import { FINAL_RESULT_HEADING, finalResultWords } from '../../../shared/minutes/final';

/**
 * "Kết quả cuối cùng" of an office: all elected across its rounds with the round that elected
 * each, the seats unfilled, a tie still to break, and a clear provisional mark while a round is
 * open; in the words of shared/minutes/final.ts. `large` for the hall.
 */
export function FinalResult({ final, large }: { final: FinalResultView; large?: boolean }) {
  const words = finalResultWords(final, final.title);
  // In the hall the list shares the screen with the last round's table: two columns, type by length.
  const style = (rows: number) => (large ? { fontSize: `min(1.6rem, calc(30vh / ${rows + 4}))` } : undefined);
  return (
    <section className={`card final-result${large ? ' large' : ''}${words.provisional ? ' provisional' : ''}`} aria-label={FINAL_RESULT_HEADING} data-testid="final-result">
      <h2>
        {FINAL_RESULT_HEADING}: {words.title}
      </h2>
      {words.provisional && (
        <p className="final-provisional" role="status">
          {words.provisional}
        </p>
      )}
      {words.sentences.map((sentence) => (
        <p key={sentence} className="final-sentence">
          {sentence}
        </p>
      ))}
      {words.rows.length > 0 && (
        <div className="final-tables">
          {columnsOf(words.rows, large ? 2 : 1).map((rows) => (
            <table key={rows[0]?.[0]} className={`results-table final-table${large ? ' large' : ''}`} style={style(rows.length)}>
              <thead>
                <tr>
                  {words.columns.map((c) => (
                    <th key={c.header} className={`align-${c.align}`}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => (
                      <td key={i} className={`align-${words.columns[i]?.align ?? 'left'}`}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
    </section>
  );
}

/** The rows in `count` columns of about equal length (one column for up to 8 rows). */
function columnsOf<T>(rows: readonly T[], count: number): T[][] {
  if (count <= 1 || rows.length <= 8) return [[...rows]];
  const per = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, i) => rows.slice(i * per, (i + 1) * per)).filter((part) => part.length > 0);
}

/** The final result of the office an election belongs to (null when voided or not found). */
export function finalOfElection(finals: readonly FinalResultView[] | null, electionId: number): FinalResultView | null {
  return finals?.find((f) => f.electionIds.includes(electionId)) ?? null;
}

/** Shown in the hall once the office's last round is done: every round locked, no tie to break. */
export function finalToPresent(final: FinalResultView | null, electionId: number): FinalResultView | null {
  return final !== null && final.final && final.rounds.length > 1 && final.electionIds.at(-1) === electionId ? final : null;
}
