import type { ElectionResult, ElectionView } from '../../api/types';
import { nameOf, votesOf } from './candidate-lookup';

/** Complete, short of seats, or a tie: said in one banner, with the next round offered when the rules propose one. */
export function OutcomeBanner({ result, election, onNextRound }: { result: ElectionResult; election: ElectionView; onNextRound(): void }) {
  const canCreate = result.nextRound !== null && election.continuations.length === 0;
  if (result.outcome === 'tie' && result.tie) {
    const tied = result.tie.candidates.map((id) => nameOf(result, id));
    return (
      <div className="banner banner-tie" role="status">
        <strong>BẰNG PHIẾU.</strong> Các đồng chí {tied.join(', ')} cùng được {votesOf(result, result.tie.candidates[0] as string)} phiếu cho {result.tie.seats} chỗ còn lại. Phải bầu lại giữa các đồng chí này; không quyết định theo tuổi, vần hay thứ tự.
        {canCreate && (
          <button type="button" className="primary" onClick={onNextRound}>
            Tạo vòng bầu lại…
          </button>
        )}
      </div>
    );
  }
  if (result.outcome === 'short') {
    return (
      <div className="banner banner-short" role="status">
        <strong>CHƯA ĐỦ SỐ LƯỢNG.</strong> Trúng cử {result.elected.length}/{result.seats}; còn thiếu {result.unfilledSeats}. {result.nextRound?.recommended ? 'Theo quy chế, đề nghị bầu tiếp.' : 'Đoàn chủ tịch quyết định có bầu tiếp hay không.'}
        {canCreate && (
          <button type="button" className="primary" onClick={onNextRound}>
            Tạo vòng bầu bổ sung…
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="banner banner-complete" role="status">
      <strong>Bầu đủ số lượng.</strong> {result.elected.length} đồng chí trúng cử.
    </div>
  );
}
