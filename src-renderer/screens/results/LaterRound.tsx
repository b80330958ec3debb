import type { ElectionSummary } from '../../../shared/api/views';
import { laterRoundSentence } from '../../../shared/minutes/final';

/** On a round a later round continues (issue 18, item 7): which round, how far it is, and the way to it. */
export function LaterRound({ later, onShow }: { later: ElectionSummary; onShow(): void }) {
  return (
    <div className="notice later-round" data-testid="later-round">
      <p>
        <strong>{laterRoundSentence(later)}</strong> Kết quả cuối cùng qua các vòng bầu ở ngay dưới.{' '}
        <button type="button" onClick={onShow}>
          Xem vòng {later.round}
        </button>
      </p>
    </div>
  );
}
