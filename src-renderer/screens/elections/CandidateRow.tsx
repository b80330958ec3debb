import { useState } from 'react';
import type { CandidateView } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';

/** What the confirmation of a withdrawal or of its undoing says: before the papers exist the list is numbered again; after, the name stays on the paper (RULES R1). */
function withdrawalMessage(candidate: CandidateView, papers: string | null, entered: number, body: string): string {
  if (candidate.withdrawn) {
    return candidate.onPaper ? `Đưa đồng chí ${candidate.name} trở lại danh sách? Tên vẫn ở số ${candidate.number} trên phiếu${entered > 0 ? '; các phiếu đã nhập được tính lại cho đồng chí' : ''}.` : `Đưa đồng chí ${candidate.name} trở lại phiếu bầu? Các số thứ tự trên phiếu được đánh lại.`;
  }
  if (papers === null) return `${body} đã đồng ý cho đồng chí ${candidate.name} rút khỏi danh sách? Tên vẫn được ghi nhận trong hồ sơ, nhưng không có trên phiếu bầu; các số thứ tự được đánh lại.`;
  const recount = entered > 0 ? ` ${entered} phiếu đã nhập được tính lại: tên này không được tính phiếu nào.` : '';
  return `${body} đã đồng ý cho đồng chí ${candidate.name} rút khỏi danh sách? ${papers}: tên vẫn còn trên phiếu ở số ${candidate.number}, luôn bị gạch khi nhập phiếu và không được tính phiếu; các số thứ tự khác giữ nguyên.${recount}`;
}

export function CandidateRow({
  candidate,
  index,
  count,
  frozen,
  canWithdraw,
  papers,
  entered,
  onMove,
  onEdit,
}: {
  candidate: CandidateView;
  index: number;
  count: number;
  /** The order and the names are fixed (papers printed or in use). */
  frozen: boolean;
  /** A withdrawal may still be recorded (no paper in use yet). */
  canWithdraw: boolean;
  /** The papers that exist, in words ("Phiếu bầu đã in (lần in 1)", "Đã có phiếu được nhập"), or null before they exist. */
  papers: string | null;
  /** Papers entered so far. */
  entered: number;
  onMove(from: number, to: number): void;
  onEdit(c: CandidateView): void;
}) {
  const run = useApp((s) => s.run);
  const body = useApp((s) => (s.congress?.kind === 'committee' ? 'Hội nghị' : 'Đại hội'));
  const [confirming, setConfirming] = useState<'withdraw' | 'remove' | null>(null);
  // A name off the printed papers cannot come back without printing again.
  const canReinstate = !candidate.withdrawn || candidate.onPaper || papers === null;
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
        {candidate.withdrawn && <span className="badge">{candidate.onPaper ? 'đã rút sau khi in, tên còn trên phiếu' : 'đã rút'}</span>}
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
          </>
        )}
        {canWithdraw && canReinstate && (
          <button type="button" className="link" onClick={() => setConfirming('withdraw')}>
            {candidate.withdrawn ? 'bỏ rút' : 'rút tên'}
          </button>
        )}
        {!frozen && (
          <button type="button" className="link danger" onClick={() => setConfirming('remove')}>
            xóa
          </button>
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
            message={withdrawalMessage(candidate, papers, entered, body)}
            confirmLabel={candidate.withdrawn ? `Đưa ${candidate.name} trở lại` : `Rút tên ${candidate.name}`}
            cancelLabel={candidate.withdrawn ? 'Không đưa lại' : 'Không rút tên'}
            danger={!candidate.withdrawn}
            onCancel={() => setConfirming(null)}
            onConfirm={async () => {
              setConfirming(null);
              await run('withdrawCandidate', { candidateId: candidate.id, withdrawn: !candidate.withdrawn }, candidate.withdrawn ? 'Đã đưa lại vào danh sách' : papers === null ? 'Đã rút tên' : `Đã rút tên; tên vẫn ở số ${candidate.number} trên phiếu, bị gạch khi nhập phiếu`);
            }}
          />
        )}
      </td>
    </tr>
  );
}
