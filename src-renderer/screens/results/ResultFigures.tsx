import { INVALID_REASON_LABELS, type InvalidReason } from '../../../shared/domain';
import type { ElectionResult } from '../../api/types';

/** The figures of the count: seats, base, votes needed, ballots issued, returned, valid and invalid (and why). */
export function ResultFigures({ result }: { result: ElectionResult }) {
  const invalidReasons = Object.entries(result.ballots.invalidByReason) as [InvalidReason, number][];
  return (
    <section className="card" aria-label="Số liệu">
      <h2>Số liệu</h2>
      <dl className="figures">
        <dt>Số lượng cần bầu</dt>
        <dd>{result.seats}</dd>
        <dt>Cơ sở tính kết quả</dt>
        <dd>{result.base}</dd>
        <dt>Trúng cử cần ít nhất</dt>
        <dd>{result.votesNeeded} phiếu</dd>
        <dt>Phiếu phát ra</dt>
        <dd>{result.ballots.issued ?? 'chưa nhập'}</dd>
        <dt>Phiếu thu vào</dt>
        <dd>{result.ballots.returned}</dd>
        <dt>Phiếu hợp lệ</dt>
        <dd data-testid="results-valid">{result.ballots.valid}</dd>
        <dt>Phiếu không hợp lệ</dt>
        <dd data-testid="results-invalid">{result.ballots.invalid}</dd>
      </dl>
      {invalidReasons.length > 0 && (
        <ul>
          {invalidReasons.map(([reason, n]) => (
            <li key={reason}>
              {INVALID_REASON_LABELS[reason]}: {n}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
