import { outcomeStatement } from '../../../shared/minutes/outcome';
import { assemblyWords, electionSubject } from '../../../shared/minutes/wording';
import { useApp } from '../../state/app-store';
import type { ElectionResult, ElectionView } from '../../api/types';

const NEXT_ROUND_LABELS = { tie: 'Tạo vòng bầu lại…', short: 'Tạo vòng bầu bổ sung…' } as const;

/** Complete, short of seats, or a tie, in the words of the minutes: with the next round offered when the rules propose one. */
export function OutcomeBanner({ result, election, onNextRound }: { result: ElectionResult; election: ElectionView; onNextRound(): void }) {
  const words = assemblyWords(useApp((s) => s.congress?.kind) ?? 'delegates');
  const statement = outcomeStatement(result, electionSubject(election), words, election.continuations[0]?.round ?? null);
  // RULES R0: only from a tie or a shortfall, only one live next round, never from a voided round.
  const nextRound = statement.kind === 'complete' || result.nextRound === null || election.continuations.length > 0 || election.voided ? null : NEXT_ROUND_LABELS[statement.kind];
  return (
    <div className={`banner banner-${statement.kind}`} role="status">
      <p className="banner-text">
        <strong>{statement.headline}:</strong> {statement.text}
      </p>
      {nextRound && (
        <button type="button" className="primary" onClick={onNextRound}>
          {nextRound}
        </button>
      )}
    </div>
  );
}
