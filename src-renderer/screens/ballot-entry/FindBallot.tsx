import { useState } from 'react';
import { invoke } from '../../api/client';
import type { BallotView, ElectionView } from '../../api/types';
import { ConfirmDialog, Modal } from '../../components/Modal';
import { TextField } from '../../components/Field';
import { ballotInputText } from '../../../shared/entry/ballot-input';
import { namesOnPaper } from '../paper-list';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import { verdictText } from '../../../shared/entry/verdict';

/** What became of a voided number: undone right after entry (Ctrl+Z), or voided later with a reason. */
function voidWords(b: BallotView): string {
  return b.undone ? 'đã hoàn tác' : `đã hủy${b.note ? `: ${b.note}` : ''}`;
}

/**
 * Ctrl+F: any paper by its number (a number inside a stack's range finds the stack), to correct
 * (Enter) or void (Delete); its history. Undone and voided numbers are listed as such, so that no
 * number is ever missing without a word. `correctOnly`: a finished round, where only a correction
 * (behind the chair's PIN) is possible.
 */
export function FindBallot({ election, onEdit, onVoided, onClose, correctOnly = false }: { election: ElectionView; onEdit(b: BallotView): void; onVoided(b: BallotView): void; onClose(): void; correctOnly?: boolean }) {
  const run = useApp((s) => s.run);
  const [number, setNumber] = useState('');
  const [selected, setSelected] = useState(0);
  const [voiding, setVoiding] = useState<BallotView | null>(null);
  const [history, setHistory] = useState<BallotView[] | null>(null);
  const wanted = /^\d+$/.test(number) ? Number(number) : null;
  const query = useQuery('listBallots', { electionId: election.id, newestFirst: true, limit: 200, withVoided: true, ...(wanted !== null && wanted > 0 ? { number: wanted } : {}) });
  const ballots = query.data?.ballots ?? [];
  const listIds = namesOnPaper(election).map((c) => c.key);
  const describe = (b: BallotView) => ballotInputText(b, { format: election.format, listIds, mode: 'struck' }) || '(không ghi nội dung)';
  const current = ballots[Math.min(selected, ballots.length - 1)];
  const counts = (b: BallotView | undefined): b is BallotView => b !== undefined && b.kind !== 'void';
  const nextNumber = query.data?.nextNumber ?? 1;

  return (
    <Modal title={correctOnly ? 'Tìm phiếu đã nhập để sửa' : 'Tìm phiếu đã nhập để sửa hoặc hủy'} onClose={onClose} wide>
      <div
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') (e.preventDefault(), setSelected((s) => Math.min(s + 1, ballots.length - 1)));
          if (e.key === 'ArrowUp') (e.preventDefault(), setSelected((s) => Math.max(s - 1, 0)));
          if (e.key === 'Enter' && counts(current) && !voiding) (e.preventDefault(), onEdit(current));
          if (e.key === 'Delete' && counts(current) && !correctOnly) (e.preventDefault(), setVoiding(current));
        }}
      >
        <TextField label="Phiếu số" value={number} inputMode="numeric" onChange={(v) => (setNumber(v), setSelected(0))} autoFocus hint={correctOnly ? '↑ ↓ chọn · Enter sửa · Esc đóng' : '↑ ↓ chọn · Enter sửa · Delete hủy phiếu · Esc đóng'} />
        {wanted !== null && query.data && ballots.length === 0 && (
          <p className="notice" role="status">
            {wanted >= nextNumber ? `Chưa có phiếu số ${wanted}: phiếu tiếp theo sẽ là số ${nextNumber}.` : `Không tìm thấy phiếu số ${wanted}.`}
          </p>
        )}
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
              <tr key={b.ballotId} className={`${i === selected ? 'selected' : ''}${b.kind === 'void' ? ' voided' : ''}`} onClick={() => setSelected(i)} onDoubleClick={() => counts(b) && onEdit(b)}>
                <td className="num">
                  {ballotNumbers(b)}
                  {b.version > 1 && b.kind !== 'void' ? ` (sửa ${b.version - 1})` : ''}
                </td>
                <td>{b.kind === 'void' ? '' : describe(b)}</td>
                <td>{b.kind === 'void' ? voidWords(b) : b.verdict ? verdictText(b.verdict) : ''}</td>
                <td>{b.team ?? ''}</td>
                <td>{b.operator}</td>
                <td className="row-actions">
                  {b.kind !== 'void' && (
                    <button type="button" className="link" onClick={() => onEdit(b)}>
                      sửa
                    </button>
                  )}
                  {b.kind !== 'void' && !correctOnly && (
                    <button type="button" className="link danger" onClick={() => setVoiding(b)}>
                      hủy
                    </button>
                  )}
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
        {history && history[0] && (
          <div className="card">
            <h3>Lịch sử phiếu số {ballotNumbers(history[0])}</h3>
            <ol>
              {history.map((v) => (
                <li key={v.ballotId}>
                  {v.kind === 'void' ? voidWords(v) : `${describe(v)} — ${v.verdict ? verdictText(v.verdict) : ''}`} · {v.operator || 'không ghi tên'} · {new Date(v.enteredAt).toLocaleString('vi-VN')}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      {voiding && (
        <ConfirmDialog
          title={`Hủy phiếu số ${ballotNumbers(voiding)}`}
          message="Phiếu này sẽ không được tính nữa; số của nó để trống, không dùng lại. Bản đã nhập vẫn được giữ trong nhật ký."
          confirmLabel={`Hủy phiếu số ${ballotNumbers(voiding)}`}
          cancelLabel="Không hủy"
          danger
          onCancel={() => setVoiding(null)}
          onConfirm={async () => {
            const target = voiding;
            setVoiding(null);
            const operator = useApp.getState().station.operator;
            const done = await run('voidBallot', { ballotId: target.ballotId, reason: 'Hủy khi rà soát', operator }, `Đã hủy phiếu số ${ballotNumbers(target)}`);
            if (done.ok) onVoided(target);
          }}
        />
      )}
    </Modal>
  );
}
