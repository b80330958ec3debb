import { CANDIDATE_STATUS_LABELS } from '../../../shared/minutes/outcome';
import { reachesMajority } from '../../../shared/rules/threshold';
import type { ElectionResult } from '../../api/types';

/** The names, their votes and results on the results screen (the hall's view is screens/results/presentation). */
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
        {result.candidates.map((c, i) => (
          <tr key={c.id} className={`status-${c.status}`}>
            <td className="num">{i + 1}</td>
            <td>{c.name}</td>
            <td className="num">{c.votes}</td>
            <td className="num">{c.percent}</td>
            <td>
              {CANDIDATE_STATUS_LABELS[c.status]}
              {reachesMajority(c.votes, result.base) ? '' : ' (chưa quá bán)'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
