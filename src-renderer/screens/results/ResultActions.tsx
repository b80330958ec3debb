import { assemblyWords } from '../../../shared/minutes/wording';
import type { ElectionView } from '../../api/types';
import { useApp } from '../../state/app-store';

export type ResultsDialog = 'lock' | 'unlock' | 'next' | 'present' | 'minutes' | 'summary' | 'second-look' | 'spot-check';

/** What the scanned papers ask before the lock (issue 17, item 8): a second look where a few papers decide, a spot check. */
export interface ScanLook {
  /** The close candidates' rows are to be looked at again: the lock opens that look first. */
  marginPending: boolean;
  hasClose: boolean;
  scanned: boolean;
}

/** The papers, the presentation, and what may be done with the result now: lock, unlock, pause or go on. */
export function ResultActions({ view, blocked, look, onOpen }: { view: ElectionView; blocked: boolean; look: ScanLook; onOpen(dialog: ResultsDialog): void }) {
  const { run, station, congress } = useApp();
  return (
    <div className="actions">
      <button type="button" onClick={() => onOpen('minutes')}>
        Biên bản kiểm phiếu (PDF)
      </button>
      <button type="button" onClick={() => onOpen('summary')}>
        Tổng hợp {congress ? assemblyWords(congress.kind).body : 'đại hội'} (PDF)
      </button>
      <button type="button" onClick={() => onOpen('present')}>
        Trình chiếu (Alt+P)
      </button>
      {view.status === 'open' && look.scanned && look.hasClose && (
        <button type="button" onClick={() => onOpen('second-look')}>
          Xem lại phiếu quét có cách biệt nhỏ
        </button>
      )}
      {view.status === 'open' && look.scanned && (
        <button type="button" onClick={() => onOpen('spot-check')}>
          Kiểm tra ngẫu nhiên phiếu quét
        </button>
      )}
      {view.status === 'open' && (
        <button type="button" className="primary" disabled={blocked} title={blocked ? 'Còn lỗi chặn việc chốt kết quả' : look.marginPending ? 'Trước hết xem lại các phiếu có cách biệt nhỏ' : ''} onClick={() => onOpen(look.marginPending ? 'second-look' : 'lock')}>
          Chốt kết quả
        </button>
      )}
      {view.status === 'locked' && view.continuations.length === 0 && (
        <button type="button" className="danger" onClick={() => onOpen('unlock')}>
          Mở khóa…
        </button>
      )}
      {view.status !== 'locked' && (
        <button type="button" onClick={() => void run('pauseElection', { electionId: view.id, paused: view.status !== 'paused', operator: station.operator }, view.status === 'paused' ? 'Đã tiếp tục cuộc bầu' : 'Đã tạm dừng cuộc bầu')}>
          {view.status === 'paused' ? 'Tiếp tục' : 'Tạm dừng (chờ ý kiến cấp trên)'}
        </button>
      )}
    </div>
  );
}
