import type { ElectionResult } from '../../../api/types';
import { HEADINGS, NUMERIC, rowCells } from './cells';
import { pageColumns, type PresentationLayout } from './layout';

/** One page of the list: its columns side by side, each a table with the headings. */
export function NamesPage({ result, layout, page }: { result: ElectionResult; layout: PresentationLayout; page: number }) {
  const columns = pageColumns(layout, result.candidates.length, page);
  return (
    <div className="presentation-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, max-content)` }}>
      {columns.map((rows) => (
        <table key={rows[0]} className="presentation-names">
          <thead>
            <tr>
              {HEADINGS.map((h, i) => (
                <th key={h} className={NUMERIC[i] ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((index) => (
              <tr key={index} className={`status-${result.candidates[index]?.status ?? ''}`} data-testid="presentation-row">
                {rowCells(result, index).map((text, i) => (
                  <td key={HEADINGS[i]} className={NUMERIC[i] ? 'num' : undefined}>
                    {text}
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
