import type { ElectionResult } from '../../../api/types';
import { hallRows, HEADINGS, NUMERIC, rowCells, rowClass } from './cells';
import { pageColumns, type PresentationLayout } from './layout';

/** One page of the list: its columns side by side, each a table with the headings. */
export function NamesPage({ result, layout, page }: { result: ElectionResult; layout: PresentationLayout; page: number }) {
  const all = hallRows(result);
  const columns = pageColumns(layout, all.length, page);
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
              <tr key={index} className={rowClass(all, index)} data-testid="presentation-row">
                {rowCells(all, index).map((text, i) => (
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
