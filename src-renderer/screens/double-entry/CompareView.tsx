import { useRef, useState } from 'react';
import type { BatchSummary } from '../../../shared/api/double-entry-views';
import type { ElectionView } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';
import { RESOLUTION, typingHint } from './labels';
import { ReadingField } from './ReadingField';

/** Both passes side by side, paper by paper; each difference settled by key: 1, 2, or N to read the paper again. */
export function CompareView({ batch, election }: { batch: BatchSummary; election: ElectionView }) {
  const { run, station } = useApp();
  const query = useQuery('compareBatch', { batchId: batch.id });
  const rows = query.data?.rows ?? [];
  const differences = rows.filter((r) => !r.same);
  const [selected, setSelected] = useState(0);
  const [reentering, setReentering] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const chosen = differences[Math.min(selected, differences.length - 1)];
  const resolver = station.operator.trim();
  const open = batch.status === 'open';

  const resolve = async (position: number, choice: 'pass1' | 'pass2' | 'reentered', content: Record<string, unknown> = {}): Promise<boolean> => {
    if (resolver === '') {
      useApp.getState().notify('error', 'Ghi tên người đối chiếu trước');
      return false;
    }
    const done = await run('resolveDifference', { batchId: batch.id, position, choice, operator: resolver, ...content });
    if (done.ok) {
      setReentering(null);
      setSelected((s) => Math.min(s + 1, differences.length - 1));
      tableRef.current?.focus();
    }
    return done.ok;
  };

  return (
    <div className="compare">
      <h3>
        So sánh hai lượt: {differences.length === 0 ? 'hai lượt khớp hoàn toàn' : `${differences.length} phiếu khác nhau, còn ${query.data?.batch.unresolved ?? '…'} chưa đối chiếu`}
      </h3>
      <table
        ref={tableRef}
        className="compare-table"
        tabIndex={0}
        aria-label="Hai lượt nhập đặt cạnh nhau"
        autoFocus
        onKeyDown={(e) => {
          if (!open || !chosen) return;
          if (e.key === 'ArrowDown') (e.preventDefault(), setSelected((s) => Math.min(s + 1, differences.length - 1)));
          if (e.key === 'ArrowUp') (e.preventDefault(), setSelected((s) => Math.max(s - 1, 0)));
          if (e.key === '1') (e.preventDefault(), void resolve(chosen.position, 'pass1'));
          if (e.key === '2') (e.preventDefault(), void resolve(chosen.position, 'pass2'));
          if (e.key.toLowerCase() === 'n') (e.preventDefault(), setReentering(chosen.position));
        }}
      >
        <thead>
          <tr>
            <th className="num">Phiếu</th>
            <th>Lượt 1 ({batch.pass1Operator})</th>
            <th>Lượt 2 ({batch.pass2Operator})</th>
            <th>Kết luận</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.position} className={`${r.same ? 'same' : 'differs'}${chosen?.position === r.position ? ' selected' : ''}`}>
              <td className="num">{r.position}</td>
              <td>{r.first?.text}</td>
              <td>{r.second?.text}</td>
              <td>{r.same ? '✓ khớp' : r.resolved ? `${RESOLUTION[r.resolved.resolution as keyof typeof RESOLUTION]}: ${r.resolved.text} (${r.resolved.operator})` : '✗ chưa đối chiếu'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && differences.length > 0 && (
        <p className="keys">
          <kbd>↑</kbd> <kbd>↓</kbd> chọn phiếu khác nhau · <kbd>1</kbd> lấy theo lượt 1 · <kbd>2</kbd> lấy theo lượt 2 · <kbd>N</kbd> đọc lại phiếu và nhập
        </p>
      )}
      {reentering !== null && (
        <ReadingField election={election} label={`Đọc lại phiếu thứ ${reentering} và nhập nội dung đúng: ${typingHint(election)}`} initial="" onSubmit={(content) => resolve(reentering, 'reentered', content)} onKeyDown={(e) => e.key === 'Escape' && setReentering(null)} />
      )}
      {open && (
        <div className="actions">
          <button type="button" className="primary" disabled={(query.data?.batch.unresolved ?? 1) > 0} onClick={() => setConfirming(true)}>
            Đối chiếu xong: tính {batch.size} phiếu
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Tính chồng phiếu "${batch.label}"`}
          message={`${batch.size} phiếu của chồng này sẽ được tính vào kết quả${batch.teamName ? ` (${batch.teamName})` : ''}. Sau đó chồng phiếu không sửa được nữa; sửa từng phiếu như phiếu nhập thường.`}
          confirmLabel={`Tính ${batch.size} phiếu vào kết quả`}
          cancelLabel="Chưa tính"
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            if (resolver === '') return useApp.getState().notify('error', 'Ghi tên người đối chiếu trước');
            const done = await run('reconcileBatch', { batchId: batch.id, operator: resolver });
            if (done.ok) useApp.getState().notify('ok', `Đã tính ${done.value.ballots} phiếu (số ${done.value.numbers[0]}–${done.value.numbers[1]}) của chồng "${batch.label}"`);
          }}
        />
      )}
    </div>
  );
}
