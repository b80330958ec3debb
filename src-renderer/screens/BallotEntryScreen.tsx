import { titleWithRound } from '../../shared/minutes/wording';
import type { ElectionView } from '../api/types';
import { SelectedElection } from '../components/SelectedElection';
import { useApp } from '../state/app-store';
import { EntryPanel } from './ballot-entry/EntryPanel';
import { StationStep } from './ballot-entry/StationStep';
import { entryState } from './ballot-entry/typed-ballot';
import { namesStanding } from './paper-list';

/**
 * Alt+3: ballots typed by keyboard, the verdict before Enter, live results beside. Who enters for
 * which team is asked first, once per session, in its own step: until then there is no ballot box
 * for anything typed to land in by mistake. Where nothing can be entered (locked, voided), the
 * reason is said at once instead of asking who enters.
 */
export function BallotEntryScreen() {
  return <SelectedElection render={(view) => <BallotEntry view={view} />} />;
}

function BallotEntry({ view }: { view: ElectionView }) {
  const confirmed = useApp((s) => s.stationConfirmed);
  const withdrawnAfterPrinting = view.candidates.filter((c) => c.withdrawn && c.onPaper).length;
  return (
    <div className="screen entry">
      <h1>
        Nhập phiếu: {titleWithRound(view)}
        {view.voided ? <span className="badge badge-voided">đã hủy</span> : null}
      </h1>
      <p className="muted">
        Bầu {view.seats} trong {namesStanding(view).length} người · phiếu {view.format === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'}
        {withdrawnAfterPrinting > 0 ? ` · ${withdrawnAfterPrinting} người rút sau khi in phiếu (tên vẫn trên phiếu, không tính phiếu)` : ''} · cơ sở {view.base}, trúng cử cần ít nhất {view.votesNeeded} phiếu
      </p>
      <EntryOrStep view={view} confirmed={confirmed} />
    </div>
  );
}

function EntryOrStep({ view, confirmed }: { view: ElectionView; confirmed: boolean }) {
  if (confirmed) return <EntryPanel key={view.id} election={view} />;
  const state = entryState(view);
  if (state.kind === 'closed') return <p className="notice entry-closed" role="note">{state.message}</p>;
  return <StationStep teams={view.teams} />;
}
