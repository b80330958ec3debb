import { useState } from 'react';
import type { PaperOverLimit } from '../../../shared/rules/paper-limits';
import { invoke } from '../../api/client';
import type { ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { DialogActions, Modal } from '../../components/Modal';
import { parseWhole } from '../../state/validate';

type Figure = Extract<PaperOverLimit, { kind: 'returned' | 'team' }>;

/**
 * The second way out of an over-count: the chair corrects the papers returned (or a team's share),
 * naming who decided and why; both go to the log. No PIN: the same figure is set without one on
 * the elections screen, and the app's PIN guards unlocking, restoring and finished rounds.
 */
export function CorrectReturnedDialog({ election, over, teamId, onDone, onClose }: { election: ElectionView; over: Figure; teamId: number | null; onDone(text: string, figure: { kind: 'returned' | 'team'; value: number }): void; onClose(): void }) {
  const [figure, setFigure] = useState('');
  const [who, setWho] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const parsed = parseWhole(figure);
  const what = over.kind === 'returned' ? 'số phiếu thu vào' : `số phiếu giao cho ${over.team}`;
  const ready = parsed.value !== null && parsed.value !== over.limit && who.trim() !== '' && reason.trim() !== '';
  return (
    <Modal title={over.kind === 'returned' ? 'Sửa số phiếu thu vào' : `Sửa số phiếu giao cho ${over.team}`} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!ready || parsed.value === null) return;
          const value = parsed.value;
          const done =
            over.kind === 'returned'
              ? await invoke('updateElection', { electionId: election.id, ballotsReturned: value, reason, operator: who })
              : await invoke('setTeamReceived', { electionId: election.id, teamId: teamId as number, received: value, reason, operator: who });
          if (!done.ok) return setError(done.error.message);
          onDone(`Đã sửa ${what}: ${over.limit} → ${value} (${who}: ${reason}; ghi vào nhật ký). Enter để lưu phiếu đang gõ.`, { kind: over.kind, value });
        }}
      >
        <div className="modal-body">
          <p>
            Hiện ghi <strong>{over.limit}</strong>; đã nhập <strong>{over.counted}</strong> phiếu. Chỉ sửa khi chủ tịch đoàn đã xác định lại {what} (đếm lại hòm phiếu, biên bản giao phiếu).
          </p>
        </div>
        <TextField label={over.kind === 'returned' ? 'Số phiếu thu vào đúng' : 'Số phiếu giao cho tổ đúng'} value={figure} inputMode="numeric" onChange={setFigure} autoFocus error={figure !== '' ? parsed.error : null} />
        <TextField label="Người quyết định (chủ tịch đoàn)" value={who} onChange={setWho} autoComplete="off" />
        <TextField label="Lý do sửa" value={reason} onChange={setReason} error={reason.trim() === '' ? 'phải ghi lý do' : null} />
        {error && (
          <p className="problem-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions cancelLabel="Không sửa" onCancel={onClose}>
          <button type="submit" className="danger" disabled={!ready}>
            {parsed.value !== null && parsed.value !== over.limit ? `Sửa ${what} thành ${parsed.value}` : `Sửa ${what}`}
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}
