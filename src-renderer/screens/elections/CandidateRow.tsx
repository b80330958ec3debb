import { useState } from 'react';
import type { CandidateView } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';

export function CandidateRow({ candidate, index, count, frozen, onMove, onEdit }: { candidate: CandidateView; index: number; count: number; frozen: boolean; onMove(from: number, to: number): void; onEdit(c: CandidateView): void }) {
  const run = useApp((s) => s.run);
  const body = useApp((s) => (s.congress?.kind === 'committee' ? 'Hội nghị' : 'Đại hội'));
  const [confirming, setConfirming] = useState<'withdraw' | 'remove' | null>(null);
  return (
    <tr
      className={candidate.withdrawn ? 'withdrawn' : ''}
      tabIndex={0}
      onKeyDown={(e) => {
        if (frozen) return;
        if (e.altKey && e.key === 'ArrowUp' && index > 0) {
          e.preventDefault();
          onMove(index, index - 1);
        }
        if (e.altKey && e.key === 'ArrowDown' && index < count - 1) {
          e.preventDefault();
          onMove(index, index + 1);
        }
      }}
    >
      <td className="num">{candidate.number ?? '—'}</td>
      <td>
        {candidate.name}
        {candidate.withdrawn && <span className="badge">đã rút</span>}
      </td>
      <td className="num">{candidate.birthYear ?? ''}</td>
      <td>{candidate.gender ?? ''}</td>
      <td>{candidate.position ?? ''}</td>
      <td className="row-actions">
        <button type="button" className="link" onClick={() => onEdit(candidate)}>
          sửa
        </button>
        {!frozen && (
          <>
            <button type="button" className="link" aria-label={`Đưa ${candidate.name} lên`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              ↑
            </button>
            <button type="button" className="link" aria-label={`Đưa ${candidate.name} xuống`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
              ↓
            </button>
            <button type="button" className="link" onClick={() => setConfirming('withdraw')}>
              {candidate.withdrawn ? 'bỏ rút' : 'rút tên'}
            </button>
            <button type="button" className="link danger" onClick={() => setConfirming('remove')}>
              xóa
            </button>
          </>
        )}
        {confirming === 'remove' && (
          <ConfirmDialog
            title="Xóa khỏi danh sách bầu cử"
            message={`Xóa ${candidate.name} khỏi danh sách (tên nhập nhầm)? Người được ${body.toLowerCase()} đồng ý cho rút thì dùng "rút tên", không xóa.`}
            confirmLabel={`Xóa ${candidate.name}`}
            cancelLabel="Không xóa"
            danger
            onCancel={() => setConfirming(null)}
            onConfirm={async () => {
              setConfirming(null);
              await run('removeCandidate', { candidateId: candidate.id }, `Đã xóa ${candidate.name} khỏi danh sách`);
            }}
          />
        )}
        {confirming === 'withdraw' && (
          <ConfirmDialog
            title={candidate.withdrawn ? 'Đưa lại vào danh sách' : 'Rút tên khỏi danh sách bầu cử'}
            message={candidate.withdrawn ? `Đưa ${candidate.name} trở lại phiếu bầu?` : `${body} đã đồng ý cho đồng chí ${candidate.name} rút khỏi danh sách? Tên vẫn được ghi nhận trong hồ sơ, nhưng không có trên phiếu bầu.`}
            confirmLabel={candidate.withdrawn ? `Đưa ${candidate.name} trở lại` : `Rút tên ${candidate.name}`}
            cancelLabel={candidate.withdrawn ? 'Không đưa lại' : 'Không rút tên'}
            danger={!candidate.withdrawn}
            onCancel={() => setConfirming(null)}
            onConfirm={async () => {
              setConfirming(null);
              await run('withdrawCandidate', { candidateId: candidate.id, withdrawn: !candidate.withdrawn }, candidate.withdrawn ? 'Đã đưa lại vào danh sách' : 'Đã rút tên');
            }}
          />
        )}
      </td>
    </tr>
  );
}
