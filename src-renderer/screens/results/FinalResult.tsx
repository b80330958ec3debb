import type { FinalResultView } from '../../../shared/api/views';
import { FINAL_RESULT_HEADING, finalResultWords } from '../../../shared/minutes/final';

type Words = ReturnType<typeof finalResultWords>;

/**
 * "Kết quả cuối cùng" of an office: all elected across its rounds with the round that elected
 * each, the seats unfilled, a tie still to break, and a clear provisional mark while a round is
 * open; in the words of shared/minutes/final.ts. `large`: the hall's page of its own, whose heading
 * and banner say the title and the sentences (PresentationView), the tables alone here.
 */
export function FinalResult({ final, large }: { final: FinalResultView; large?: boolean }) {
  const words = finalResultWords(final, final.title);
  if (large) {
    return (
      <section className="final-result large" aria-label={FINAL_RESULT_HEADING} data-testid="final-result">
        <FinalTables words={words} large />
      </section>
    );
  }
  return (
    <section className={`card final-result${words.provisional ? ' provisional' : ''}`} aria-label={FINAL_RESULT_HEADING} data-testid="final-result">
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
      <FinalTables words={words} />
    </section>
  );
}

/**
 * The hall's type: as large as the page's height allows for the rows of a column, and its width
 * for the columns side by side (a name about 0.6 em a letter, the other cells about 16 em), never
 * wrapped.
 */
function hallType(rows: number, columns: number, longestName: number): { fontSize: string } {
  return { fontSize: `min(4rem, calc(62vh / ${rows + 2}), calc(${(92 / columns).toFixed(1)}vw / ${(0.6 * longestName + 16).toFixed(1)}))` };
}

/** Those elected, TT, name, votes, round; in the hall in two columns past 8 rows, the type by length to fill the page. */
function FinalTables({ words, large }: { words: Words; large?: boolean }) {
  if (words.rows.length === 0) return null;
  const columns = columnsOf(words.rows, large ? 2 : 1);
  const longest = Math.max(...words.rows.map((row) => row[1]?.length ?? 0));
  const style = (rows: number) => (large ? hallType(rows, columns.length, longest) : undefined);
  return (
    <div className="final-tables">
      {columns.map((rows) => (
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

/**
 * Shown in the hall, on a page of its own after the names of any round of the office (issue 18,
 * item 7), once every round is done: every round locked, no tie to break.
 */
export function finalToPresent(final: FinalResultView | null, electionId: number): FinalResultView | null {
  return final !== null && final.final && final.rounds.length > 1 && final.electionIds.includes(electionId) ? final : null;
}
