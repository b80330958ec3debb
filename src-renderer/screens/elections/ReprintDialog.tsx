import type { ElectionView } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';

/**
 * "In lại phiếu: lần in mới" (RULES R1): the papers of the printing before may not be counted; the
 * list is numbered again without the names withdrawn after printing; the next print is the next
 * printing. Possible only before any paper is entered (the api says so otherwise).
 */
export function ReprintDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const { run, station } = useApp();
  const printing = election.printing?.number ?? 0;
  const leaving = election.candidates.filter((c) => c.withdrawn && c.onPaper).map((c) => c.name);
  return (
    <ConfirmDialog
      title="In lại phiếu: lần in mới"
      message={
        <>
          <p>
            Phiếu bầu <strong>lần in {printing}</strong> sẽ không được dùng nữa: không phát, không bỏ vào hòm phiếu và không được kiểm (ảnh quét của phiếu lần in {printing} bị từ chối).
          </p>
          <p>
            Danh sách được đánh số lại{leaving.length > 0 ? `, bỏ tên người đã rút: ${leaving.join(', ')}` : ''}. Sau đó bấm "In phiếu bầu" để in phiếu lần in {printing + 1}.
          </p>
        </>
      }
      confirmLabel={`In lại phiếu: lần in ${printing + 1}`}
      cancelLabel="Không in lại"
      danger
      onCancel={onClose}
      onConfirm={async () => {
        onClose();
        await run('reprintBallots', { electionId: election.id, operator: station.operator.trim() || undefined }, `Phiếu lần in ${printing} không còn được dùng; danh sách đã đánh số lại`);
      }}
    />
  );
}
