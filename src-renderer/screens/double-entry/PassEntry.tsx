import { useState } from 'react';
import type { BatchSummary, ReadingView } from '../../../shared/api/double-entry-views';
import { invoke } from '../../api/client';
import type { ElectionView } from '../../api/types';
import { ballotInputText } from '../../../shared/entry/ballot-input';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';
import { typingHint } from './labels';
import { ReadingField } from './ReadingField';
import { useBallotLayout } from './use-ballot-layout';

/** One operator's pass over the stack: paper by paper, PageUp / PageDown to go back and type one again. */
export function PassEntry({ batch, election, pass, operator }: { batch: BatchSummary; election: ElectionView; pass: 1 | 2; operator: string }) {
  const { run, notify } = useApp();
  const { options } = useBallotLayout(election);
  const query = useQuery('batchPass', { batchId: batch.id, pass, operator });
  const readings = query.data?.readings ?? [];
  const byPosition = new Map<number, ReadingView>(readings.map((r) => [r.position, r]));
  const firstMissing = Array.from({ length: batch.size }, (_, i) => i + 1).find((p) => !byPosition.has(p)) ?? null;
  const [position, setPosition] = useState<number | null>(null);
  // Chosen with PageUp / PageDown, else the first paper not typed yet; none once all are typed.
  const current = position ?? firstMissing;
  const existing = current === null ? undefined : byPosition.get(current);
  if (query.error) return <p className="notice">{query.error.message}</p>;

  const move = (to: number) => setPosition(Math.min(batch.size, Math.max(1, to)));
  const finish = async () => {
    const done = await run('finishPass', { batchId: batch.id, pass, operator }, `Đã kết thúc lượt ${pass} của chồng "${batch.label}"`);
    if (done.ok) await query.reload();
  };
  return (
    <div className="pass-entry">
      <h3>
        Lượt {pass} · {operator} · {current === null ? 'đã nhập đủ' : `phiếu thứ ${current}/${batch.size}`} · đã nhập {readings.length}
      </h3>
      <ReadingField
        key={`${current}-${existing?.enteredAt ?? ''}`}
        election={election}
        label={current === null ? `Đã nhập đủ ${batch.size} phiếu: Ctrl+Enter kết thúc lượt; PageUp chọn một phiếu để gõ lại` : `Phiếu thứ ${current}${existing ? ` (đã nhập: ${existing.text}, gõ lại để thay)` : ''}: ${typingHint(election)}`}
        initial={existing ? ballotInputText(existing, options) : ''}
        onKeyDown={(e) => {
          if (e.key === 'PageUp') (e.preventDefault(), move((current ?? batch.size + 1) - 1));
          if (e.key === 'PageDown') (e.preventDefault(), move((current ?? batch.size) + 1));
          if (e.key === 'Enter' && e.ctrlKey) (e.preventDefault(), void finish());
        }}
        onSubmit={async (content) => {
          if (current === null) {
            notify('info', 'Đã nhập đủ phiếu: dùng PageUp để chọn phiếu cần gõ lại, hoặc Ctrl+Enter để kết thúc lượt');
            return false;
          }
          const saved = await invoke('enterReading', { batchId: batch.id, pass, position: current, operator, ...content });
          if (!saved.ok) {
            notify('error', saved.error.message);
            return false;
          }
          await query.reload();
          setPosition(null); // on to the first paper not typed yet
          return true;
        }}
      />
      <p className="keys">
        <kbd>Enter</kbd> lưu phiếu này · <kbd>PageUp</kbd> <kbd>PageDown</kbd> phiếu trước / sau · <kbd>Ctrl+Enter</kbd> kết thúc lượt · cùng các phím như màn hình Nhập phiếu (<kbd>g</kbd> <kbd>k</kbd> <kbd>p</kbd> <kbd>b</kbd>, <kbd>0</kbd>, <kbd>/</kbd>)
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={readings.length < batch.size} onClick={() => void finish()}>
          Kết thúc lượt {pass} (Ctrl+Enter)
        </button>
      </div>
      <ol className="readings" aria-label={`Lượt ${pass} đã nhập`}>
        {Array.from({ length: batch.size }, (_, i) => i + 1).map((p) => (
          <li key={p} className={p === current ? 'current' : ''}>
            <button type="button" className="link" onClick={() => move(p)}>
              {p}.
            </button>{' '}
            {byPosition.get(p)?.text ?? <span className="muted">chưa nhập</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
