import { useCallback, useEffect, useState } from 'react';
import { titleWithRound } from '../../shared/minutes/wording';
import type { ScanView } from '../../shared/api/scan-views';
import { SCAN_DECISION_LABELS, SCAN_STATUS_LABELS } from '../../shared/scan/decision';
import { printableName } from '../../shared/text/printable';
import type { ElectionView } from '../api/types';
import { SelectedElection } from '../components/SelectedElection';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { useQuery } from '../state/use-query';
import { StationStep } from './ballot-entry/StationStep';
import { entryState } from './ballot-entry/typed-ballot';
import { FolderPicker } from './scan/FolderPicker';
import { ScanReview } from './scan/ScanReview';
import { useWatch } from './scan/use-watch';

/**
 * Alt+9: ballots read from the images a scanner writes into a folder (issue 12). The folder is
 * watched (the server reads the new images every few seconds); a ballot read with confidence
 * counts at once, one the machine is unsure of waits here for a person (F4 opens the next), an
 * image that is not a ballot of this election is kept and listed, counted nowhere.
 */
export function ScanScreen() {
  return <SelectedElection render={(view) => <Scan view={view} />} />;
}

function Scan({ view }: { view: ElectionView }) {
  const confirmed = useApp((s) => s.stationConfirmed);
  const state = entryState(view);
  return (
    <div className="screen scan">
      <h1>Quét phiếu: {titleWithRound(view)}</h1>
      {state.kind !== 'open' ? <p className="notice" role="note">{state.message}</p> : null}
      {confirmed ? <ScanPanel key={view.id} electionId={view.id} election={view} open={state.kind === 'open'} /> : state.kind === 'open' ? <StationStep teams={view.teams} /> : null}
    </div>
  );
}

function ScanPanel({ electionId, election, open }: { electionId: number; election: Parameters<typeof ScanReview>[0]['election']; open: boolean }) {
  const { station, workspace, refresh } = useApp();
  const [folder, setFolder] = useDraft<string>(`${workspace?.path}:scan-folder`, () => '');
  const [reviewing, setReviewing] = useState<ScanView | null>(null);
  const [picking, setPicking] = useState(false);
  const onTaken = useCallback(() => void refresh(), [refresh]);
  const watch = useWatch(electionId, folder.trim(), { operator: station.operator.trim(), teamId: station.teamId }, onTaken);
  const listed = useQuery('listScans', { electionId });
  const list = listed.data ?? watch.list;
  // Decided here a moment ago: not offered again by F4 while the list is read back.
  const [decided, setDecided] = useState<ReadonlySet<number>>(new Set());
  const pending = list?.scans.filter((s) => s.decision === 'pending' && !decided.has(s.id)) ?? [];
  const names = new Map(election.candidates.map((c, i) => [c.key, `${i + 1}`]));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F4' || reviewing || document.activeElement?.closest('[role="dialog"]')) return;
      e.preventDefault();
      const next = pending[0];
      if (next) setReviewing(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pending, reviewing]);

  const counts = list?.counts;
  return (
    <>
      <form
        className="scan-folder"
        onSubmit={(e) => {
          e.preventDefault();
          if (watch.watching) watch.stop();
          else if (folder.trim()) watch.start();
        }}
      >
        <label htmlFor="scan-folder">Thư mục máy quét lưu ảnh</label>
        <input id="scan-folder" value={folder} onChange={(e) => setFolder(e.target.value)} disabled={watch.watching} placeholder="Ví dụ: D:\Quét phiếu\Bầu Ban Chấp hành" autoComplete="off" spellCheck={false} autoFocus />
        <button type="button" disabled={watch.watching} onClick={() => setPicking(true)}>
          Chọn thư mục…
        </button>
        <button type="submit" disabled={!open || folder.trim() === ''}>
          {watch.watching ? 'Dừng theo dõi' : 'Bắt đầu theo dõi (Enter)'}
        </button>
      </form>
      <p className={`scan-state${watch.error ? ' error' : ''}`} role="status" data-testid="scan-state">
        {watch.error ?? (watch.watching ? (watch.remaining > 0 ? `Đang đọc ảnh… còn ${watch.remaining} ảnh chưa đọc` : 'Đang theo dõi thư mục: ảnh mới sẽ được đọc sau vài giây') : 'Chưa theo dõi thư mục nào')}
      </p>
      {counts && (
        <dl className="scan-counts" data-testid="scan-counts">
          <div><dt>Ảnh đã nhận</dt><dd>{counts.total}</dd></div>
          <div><dt>Đã tính</dt><dd>{counts.counted}</dd></div>
          <div><dt>Chờ xác nhận</dt><dd>{counts.pending}</dd></div>
          <div><dt>Không đọc được</dt><dd>{counts.refused}</dd></div>
          <div><dt>Không tính</dt><dd>{counts.setAside}</dd></div>
        </dl>
      )}
      {watch.duplicates.length > 0 && (
        <p className="notice">
          Ảnh trùng, không tính lại: {watch.duplicates.map((d) => `${printableName(d.image)} (giống ${d.image === d.sameAs ? 'ảnh đã đọc' : printableName(d.sameAs)})`).join('; ')}
        </p>
      )}
      {watch.skipped.length > 0 && (
        <div className="notice" role="note" data-testid="scan-skipped">
          <p>Tệp trong thư mục không được đọc ({watch.skipped.length}):</p>
          <ul>
            {watch.skipped.map((s) => (
              <li key={s.name}>
                {printableName(s.name)}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending.length > 0 && (
        <p className="keys">
          <kbd>F4</kbd> xem ảnh chờ xác nhận tiếp theo ({pending.length} ảnh)
        </p>
      )}
      <table className="ballot-table scan-table" aria-label="Ảnh đã nhận">
        <thead>
          <tr><th>Ảnh</th><th>Máy đọc</th><th>Lý do</th><th>Xử lý</th><th /></tr>
        </thead>
        <tbody>
          {(list?.scans ?? []).slice().reverse().map((s) => (
            <tr key={s.id} className={`scan-${s.decision}`}>
              <td title={`SHA-256: ${s.sha256}`}>{printableName(s.image)}</td>
              <td>{SCAN_STATUS_LABELS[s.status]}{s.struck && s.struck.length > 0 ? ` · gạch ${s.struck.map((id) => names.get(id) ?? id).join(', ')}` : ''}</td>
              <td>{s.reason ?? ''}</td>
              <td>{SCAN_DECISION_LABELS[s.decision]}{s.ballotNumber !== null ? ` · phiếu số ${s.ballotNumber}` : ''}{s.note ? `: ${s.note}` : ''}</td>
              <td>{s.decision === 'pending' && open ? <button type="button" onClick={() => setReviewing(s)}>Xem và xác nhận</button> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {picking && (
        <FolderPicker
          start={folder.trim()}
          onClose={() => setPicking(false)}
          onChoose={(path) => {
            setFolder(path);
            setPicking(false);
          }}
        />
      )}
      {reviewing && (
        <ScanReview
          scan={reviewing}
          election={election}
          onClose={() => setReviewing(null)}
          onDone={() => {
            setDecided((d) => new Set([...d, reviewing.id]));
            setReviewing(null);
            void listed.reload();
            void refresh();
          }}
        />
      )}
    </>
  );
}
