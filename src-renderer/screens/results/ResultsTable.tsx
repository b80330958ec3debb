import { CANDIDATE_STATUS_LABELS } from '../../../shared/minutes/outcome';
import { reachesMajority } from '../../../shared/rules/threshold';
import { paperRows, WITHDRAWN_AFTER_PRINTING } from '../../../shared/minutes/paper-rows';
import { capitalized } from '../../../shared/minutes/wording';
import type { ElectionResult } from '../../api/types';

/**
 * The names, their votes and results on the results screen (the hall's view is screens/results/presentation),
 * in paper order with the printed numbers: a name withdrawn after printing keeps its row, struck (RULES R1).
 */
export function ResultsTable({ result }: { result: ElectionResult }) {
  return (
    <table className="results-table">
      <thead>
        <tr>
          <th className="num">TT</th>
          <th>Họ và tên</th>
          <th className="num">Số phiếu</th>
          <th className="num">Tỷ lệ %</th>
          <th>Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {paperRows(result).map(({ number, id, name, result: c }) =>
          c === null ? (
            <tr key={id} className="withdrawn" data-testid="withdrawn-row">
              <td className="num">{number}</td>
              <td>{name}</td>
              <td className="num">—</td>
              <td className="num">—</td>
              <td>{capitalized(WITHDRAWN_AFTER_PRINTING)}</td>
            </tr>
          ) : (
            <tr key={id} className={`status-${c.status}`}>
              <td className="num">{number}</td>
              <td>{c.name}</td>
              <td className="num">{c.votes}</td>
              <td className="num">{c.percent}</td>
              <td>
                {CANDIDATE_STATUS_LABELS[c.status]}
                {reachesMajority(c.votes, result.base) ? '' : ' (chưa quá bán)'}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
