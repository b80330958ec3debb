import { ChairPinField } from '../../components/ChairPinField';
import { useState } from 'react';
import type { ElectionResult, ElectionView } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { nameOf } from './candidate-lookup';
import { useAssemblyWords } from '../../state/assembly-words';

/**
 * RULES R6: the tie-break or further round the rules propose, created after a confirmation. It
 * locks this round when it is still open, so it then asks for the chair's PIN, as locking does.
 */
export function NextRoundDialog({ result, election, onClose }: { result: ElectionResult; election: ElectionView; onClose(): void }) {
  const { run, selectElection, go } = useApp();
  const { body, chair } = useAssemblyWords();
  const proposal = result.nextRound;
  const [requireMajority, setRequireMajority] = useState(proposal?.requireMajority ?? true);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!proposal) return null;
  const locks = election.status === 'open';
  return (
    <Modal title={proposal.kind === 'tie_break' ? 'Tạo vòng bầu lại giữa những người bằng phiếu' : 'Tạo vòng bầu bổ sung số còn thiếu'} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const created = await run('createNextRound', { electionId: election.id, requireMajority, operator: useApp.getState().station.operator, ...(locks ? { pin } : {}) }, 'Đã tạo vòng bầu mới');
          setBusy(false);
          if (!created.ok) return setError(created.error.message);
          onClose();
          selectElection(created.value.electionId);
          go('elections');
        }}
      >
        <div className="modal-body">
          <p>
            Vòng {election.round + 1}: bầu <strong>{proposal.seats}</strong> trong <strong>{proposal.candidateIds.length}</strong> người, cùng cơ sở tính {result.base}:
          </p>
          <ol>
            {proposal.candidateIds.map((id) => (
              <li key={id}>{nameOf(result, id)}</li>
            ))}
          </ol>
          <p>{locks ? `Kết quả vòng này sẽ được chốt (cần mã PIN của ${chair}); không nhập thêm phiếu vào vòng này được nữa.` : 'Kết quả vòng này đã chốt; không nhập thêm phiếu vào vòng này được nữa.'}</p>
        </div>
        {proposal.kind === 'tie_break' && (
          <label className="check">
            <input type="checkbox" checked={requireMajority} onChange={(e) => setRequireMajority(e.target.checked)} /> Vòng bầu lại vẫn phải đạt quá một nửa (mặc định; bỏ chọn nếu {body} quyết định khác)
          </label>
        )}
        {locks && <ChairPinField value={pin} onChange={setPin} data-autofocus />}
        {error && (
          <p className="problem-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Chưa tạo (Esc)
          </button>
          <button type="submit" className="primary" data-autofocus={locks ? undefined : true} disabled={busy || (locks && pin === '')}>
            Tạo vòng bầu
          </button>
        </div>
      </form>
    </Modal>
  );
}
