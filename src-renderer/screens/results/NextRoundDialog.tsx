import { useState } from 'react';
import type { ElectionResult, ElectionView } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { nameOf } from './candidate-lookup';
import { useAssemblyWords } from '../../state/assembly-words';

/** RULES R6: the tie-break or further round the rules propose, created after a confirmation. */
export function NextRoundDialog({ result, election, onClose }: { result: ElectionResult; election: ElectionView; onClose(): void }) {
  const { run, selectElection, go } = useApp();
  const { body } = useAssemblyWords();
  const proposal = result.nextRound;
  const [requireMajority, setRequireMajority] = useState(proposal?.requireMajority ?? true);
  if (!proposal) return null;
  return (
    <ConfirmDialog
      title={proposal.kind === 'tie_break' ? 'Tạo vòng bầu lại giữa những người bằng phiếu' : 'Tạo vòng bầu bổ sung số còn thiếu'}
      message={
        <>
          <p>
            Vòng {election.round + 1}: bầu <strong>{proposal.seats}</strong> trong <strong>{proposal.candidateIds.length}</strong> người, cùng cơ sở tính {result.base}:
          </p>
          <ol>
            {proposal.candidateIds.map((id) => (
              <li key={id}>{nameOf(result, id)}</li>
            ))}
          </ol>
          <p>Kết quả vòng này sẽ được chốt; không nhập thêm phiếu vào vòng này được nữa.</p>
        </>
      }
      confirmLabel="Tạo vòng bầu"
      cancelLabel="Chưa tạo"
      onCancel={onClose}
      onConfirm={async () => {
        const created = await run('createNextRound', { electionId: election.id, requireMajority, operator: useApp.getState().station.operator }, 'Đã tạo vòng bầu mới');
        onClose();
        if (created.ok) {
          selectElection(created.value.electionId);
          go('elections');
        }
      }}
    >
      {proposal.kind === 'tie_break' && (
        <label className="check">
          <input type="checkbox" checked={requireMajority} onChange={(e) => setRequireMajority(e.target.checked)} /> Vòng bầu lại vẫn phải đạt quá một nửa (mặc định; bỏ chọn nếu {body} quyết định khác)
        </label>
      )}
    </ConfirmDialog>
  );
}
