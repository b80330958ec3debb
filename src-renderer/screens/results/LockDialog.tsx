import { ChairPinField, PIN_TRIES_HINT } from '../../components/ChairPinField';
import { useState } from 'react';
import type { ElectionView } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { useAssemblyWords } from '../../state/assembly-words';

/** "Chốt kết quả" is the chair's act: the chair's PIN, under the same limit of wrong tries as unlocking. */
export function LockDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const run = useApp((s) => s.run);
  const { chair } = useAssemblyWords();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal title="Chốt kết quả" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const result = await run('lockElection', { electionId: election.id, pin, operator: useApp.getState().station.operator }, 'Đã chốt kết quả');
          setBusy(false);
          if (result.ok) onClose();
          else setError(result.error.message);
        }}
      >
        <div className="modal-body">
          <p>Sau khi chốt, mọi thay đổi (nhập, sửa, hủy phiếu, sửa danh sách, số liệu) đều bị từ chối; chỉ {chair} mở khóa được, bằng mã PIN và lý do.</p>
          <p>Khi chốt, số liệu được đóng con dấu số, in trên mọi trang biên bản chính thức.</p>
        </div>
        <ChairPinField value={pin} onChange={setPin} autoFocus hint={`Chốt kết quả là việc của ${chair}. ${PIN_TRIES_HINT}`} />
        {error && (
          <p className="problem-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Chưa chốt (Esc)
          </button>
          <button type="submit" className="primary" disabled={busy || pin === ''}>
            Chốt kết quả
          </button>
        </div>
      </form>
    </Modal>
  );
}
