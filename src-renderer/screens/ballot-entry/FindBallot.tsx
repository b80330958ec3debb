import { useState } from 'react';
import { invoke } from '../../api/client';
import type { BallotView, ElectionView } from '../../api/types';
import { ConfirmDialog, Modal } from '../../components/Modal';
import { TextField } from '../../components/Field';
import { ballotInputText } from '../../entry/ballot-input';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';
import { verdictText } from './verdict';

/** Ctrl+F: any earlier ballot, by number, to correct (Enter) or void (Delete); its history. */
export function FindBallot({ election, onEdit, onClose }: { election: ElectionView; onEdit(b: BallotView): void; onClose(): void }) {
  const run = useApp((s) => s.run);
  const [number, setNumber] = useState('');
  const [selected, setSelected] = useState(0);
  const [voiding, setVoiding] = useState<BallotView | null>(null);
  const [history, setHistory] = useState<BallotView[] | null>(null);
  const query = useQuery('listBallots', { electionId: election.id, newestFirst: true, limit: 200, ...(/^\d+$/.test(number) ? { number: Number(number) } : {}) });
  const ballots = query.data?.ballots ?? [];
  const listIds = election.candidates.filter((c) => !c.withdrawn).map((c) => c.key);
  const describe = (b: BallotView) => ballotInputText(b, { format: election.format, listIds, mode: 'struck' }) || '(không ghi nội dung)';
  const current = ballots[Math.min(selected, ballots.length - 1)];

  return (
    <Modal title="Tìm phiếu đã nhập để sửa hoặc hủy" onClose={onClose} wide>
      <div
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') (e.preventDefault(), setSelected((s) => Math.min(s + 1, ballots.length - 1)));
          if (e.key === 'ArrowUp') (e.preventDefault(), setSelected((s) => Math.max(s - 1, 0)));
          if (e.key === 'Enter' && current && !voiding) (e.preventDefault(), onEdit(current));
          if (e.key === 'Delete' && current) (e.preventDefault(), setVoiding(current));
        }}
      >
        <TextField label="Phiếu số" value={number} inputMode="numeric" onChange={(v) => (setNumber(v), setSelected(0))} autoFocus hint="↑ ↓ chọn · Enter sửa · Delete hủy phiếu · Esc đóng" />
        <table className="ballot-table">
          <thead>
            <tr>
              <th className="num">Số</th>
              <th>Nội dung (số bị gạch)</th>
              <th>Kết luận</th>
              <th>Tổ</th>
              <th>Người nhập</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ballots.map((b, i) => (
              <tr key={b.ballotId} className={i === selected ? 'selected' : ''} onClick={() => setSelected(i)} onDoubleClick={() => onEdit(b)}>
                <td className="num">
                  {b.number}
                  {b.version > 1 ? ` (sửa ${b.version - 1})` : ''}
                </td>
                <td>{describe(b)}</td>
                <td>{b.verdict ? verdictText(b.verdict) : ''}</td>
                <td>{b.team ?? ''}</td>
                <td>{b.operator}</td>
                <td className="row-actions">
                  <button type="button" className="link" onClick={() => onEdit(b)}>
                    sửa
                  </button>
                  <button type="button" className="link danger" onClick={() => setVoiding(b)}>
                    hủy
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={async () => {
                      const h = await invoke('ballotHistory', { ballotId: b.ballotId });
                      if (h.ok) setHistory(h.value);
                    }}
                  >
                    lịch sử
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {query.data && query.data.total > ballots.length && <p className="muted">Hiện {ballots.length} phiếu mới nhất trên {query.data.total}; gõ số phiếu để tìm phiếu cũ hơn.</p>}
        {history && (
          <div className="card">
            <h3>Lịch sử phiếu số {history[0]?.number}</h3>
            <ol>
              {history.map((v) => (
                <li key={v.ballotId}>
                  {v.kind === 'void' ? `Hủy${v.note ? `: ${v.note}` : ''}` : `${describe(v)} — ${v.verdict ? verdictText(v.verdict) : ''}`} · {v.operator || 'không ghi tên'} · {new Date(v.enteredAt).toLocaleString('vi-VN')}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      {voiding && (
        <ConfirmDialog
          title={`Hủy phiếu số ${voiding.number}`}
          message="Phiếu này sẽ không được tính nữa. Bản đã nhập vẫn được giữ trong nhật ký."
          confirmLabel="Hủy phiếu"
          danger
          onCancel={() => setVoiding(null)}
          onConfirm={async () => {
            const target = voiding;
            setVoiding(null);
            const operator = useApp.getState().station.operator;
            await run('voidBallot', { ballotId: target.ballotId, reason: 'Hủy khi rà soát', operator }, `Đã hủy phiếu số ${target.number}`);
          }}
        />
      )}
    </Modal>
  );
}
