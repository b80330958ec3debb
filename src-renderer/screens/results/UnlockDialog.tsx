import { ChairPinField } from '../../components/ChairPinField';
import { useState } from 'react';
import type { ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { DialogActions, Modal } from '../../components/Modal';
import { useApp } from '../../state/app-store';

/** Only the chair, with the PIN and a reason, reopens a locked result. */
export function UnlockDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const run = useApp((s) => s.run);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  return (
    <Modal title="Mở khóa kết quả đã chốt" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await run('unlockElection', { electionId: election.id, pin, reason, operator: useApp.getState().station.operator }, 'Đã mở khóa; việc mở khóa được ghi vào nhật ký');
          if (result.ok) onClose();
        }}
      >
        <ChairPinField value={pin} onChange={setPin} autoFocus />
        <TextField label="Lý do mở khóa" value={reason} onChange={setReason} error={reason.trim() === '' ? 'phải ghi lý do' : null} />
        <DialogActions cancelLabel="Không mở khóa" onCancel={onClose}>
          <button type="submit" className="danger" disabled={pin === '' || reason.trim() === ''}>
            Mở khóa kết quả
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}
