import { useEffect } from 'react';
import { titleWithRound } from '../../shared/minutes/wording';
import { OFFICE_LABELS } from '../../shared/domain';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { CandidateList } from './elections/CandidateList';
import { ElectionSettings } from './elections/ElectionSettings';
import { NewElection } from './elections/NewElection';
import { STATUS_LABELS } from './elections/status-labels';

export function ElectionsScreen() {
  const { congress, electionId, selectElection, go } = useApp();
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  useEffect(() => {
    if (electionId === null && congress && congress.elections[0]) selectElection(congress.elections[0].id);
  }, [congress, electionId, selectElection]);
  if (!congress) return null;
  const view = election.data && election.data.id === electionId ? election.data : null;
  return (
    <div className="screen elections">
      <h1>Các cuộc bầu</h1>
      <div className="columns columns-narrow-left">
        <div>
          <nav className="card election-list" aria-label="Danh sách các cuộc bầu">
            {congress.elections.length === 0 && <p className="muted">Chưa có cuộc bầu nào.</p>}
            {congress.elections.map((e) => (
              <button key={e.id} type="button" className={e.id === electionId ? 'active' : ''} aria-current={e.id === electionId ? 'true' : undefined} onClick={() => selectElection(e.id)}>
                <strong>{titleWithRound(e)}</strong>
                <span className="muted">
                  {OFFICE_LABELS[e.office]} · bầu {e.seats} · {e.voided ? 'đã hủy, phải bầu lại' : STATUS_LABELS[e.status]}
                </span>
              </button>
            ))}
          </nav>
          <NewElection congressId={congress.id} />
        </div>
        {view ? (
          <div>
            <ElectionSettings key={`settings-${view.id}`} election={view} />
            <CandidateList key={`list-${view.id}`} election={view} />
            <div className="actions">
              <button type="button" className="primary" onClick={() => go('entry')}>
                Nhập phiếu cho cuộc bầu này (Alt+3)
              </button>
            </div>
          </div>
        ) : (
          <div className="card muted">Chọn hoặc thêm một cuộc bầu.</div>
        )}
      </div>
    </div>
  );
}
