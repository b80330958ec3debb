import { CANDIDATE_STATUS_LABELS } from '../../../shared/minutes/outcome';
import { reachesMajority } from '../../../shared/rules/threshold';
import type { ElectionResult } from '../../api/types';


export function ResultsTable({ result, large }: { result: ElectionResult; large?: boolean }) {
  // In the hall every name must fit on one screen: the type shrinks with the length of the list.
  const style = large ? { fontSize: `min(2rem, calc(60vh / ${result.candidates.length + 2}))` } : undefined;
  return (
    <table className={`results-table${large ? ' large' : ''}`} style={style}>
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
