import { ChairPinField } from '../../components/ChairPinField';
import { useState } from 'react';
import type { BallotCorrected } from '../../../shared/api/contract';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import { invoke } from '../../api/client';
import type { BallotView, ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { DialogActions, Modal } from '../../components/Modal';
import type { BallotPayload } from './entry-saves';

interface Props {
  election: ElectionView;
  ballot: BallotView;
  /** The ballot as corrected, ready to store. */
  payload: BallotPayload;
  /** Before and after, in words. */
  before: string;
  after: string;
  onDone(corrected: BallotCorrected): void;
  onClose(): void;
}

/**
 * A correction of a round whose next round exists: the chair's PIN and a reason, then the program
 * says whether the round's outcome changed (and so whether the next round stands or is voided).
 */
export function FinishedRoundCorrection({ election, ballot, payload, before, after, onDone, onClose }: Props) {
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = election.continuations.map((c) => `"${c.title}"`).join(', ');
  return (
    <Modal title="Sửa phiếu của vòng đã kết thúc" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const corrected = await invoke('correctBallot', { ballotId: ballot.ballotId, ...payload, pin, reason });
          setBusy(false);
          if (!corrected.ok) return setError(corrected.error.message);
          onDone(corrected.value);
        }}
      >
        <div className="modal-body">
          <p>
            Phiếu số <strong>{ballotNumbers(ballot)}</strong>: {before} → <strong>{after}</strong>
          </p>
          <p className="muted">Vòng này đã có vòng sau ({next}). Nếu sửa làm đổi kết quả vòng này (người trúng cử, bằng phiếu, số còn thiếu), vòng sau bị hủy và phải bầu lại; nếu không, vòng sau giữ nguyên. Việc sửa được ghi vào nhật ký.</p>
        </div>
        <ChairPinField value={pin} onChange={setPin} autoFocus />
        <TextField label="Lý do sửa" value={reason} onChange={setReason} error={reason.trim() === '' ? 'phải ghi lý do' : null} />
        {error && (
          <p className="problem-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions cancelLabel="Không sửa" onCancel={onClose}>
          <button type="submit" className="danger" disabled={busy || pin === '' || reason.trim() === ''}>
            Sửa phiếu số {ballotNumbers(ballot)}
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}

/** What the correction did, in one sentence for the status line. */
export function roundCorrectionText(corrected: BallotCorrected, election: ElectionView): string {
  const done = `Đã sửa phiếu số ${ballotNumbers(corrected)}.`;
  const rc = corrected.roundCorrection;
  if (!rc) return done;
  if (!rc.outcomeChanged) return `${done} Kết quả vòng này không đổi: ${election.continuations.map((c) => `"${c.title}"`).join(', ') || 'vòng sau'} giữ nguyên.`;
  return `${done} Kết quả vòng này đã thay đổi (${rc.changes.join('; ')}): ${rc.voidedRounds.map((r) => `"${r.title}"`).join(', ')} đã bị hủy, phải bầu lại.`;
}
