import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { MergedPackages } from './teams/MergedPackages';
import { MergePanel } from './teams/MergePanel';
import { StationCard } from './teams/StationCard';
import { TeamBoxes } from './teams/TeamBoxes';
import { useAssemblyWords } from '../state/assembly-words';

export function TeamsScreen() {
  const electionId = useApp((s) => s.electionId);
  const congress = useApp((s) => s.congress);
  const words = useAssemblyWords();
  const reconciliation = useQuery('teamReconciliation', electionId === null ? null : { electionId });
  const status = congress?.elections.find((e) => e.id === electionId)?.status;
  const stationTeam = useQuery('stationInfo', congress ? { congressId: congress.id } : null).data?.team ?? null;
  return (
    <div className="screen teams">
      <h1>Các tổ kiểm phiếu và máy trạm</h1>
      {reconciliation.data && reconciliation.data.electionId === electionId && <TeamBoxes data={reconciliation.data} editable={status === 'open'} />}
      <div className="columns">
        {stationTeam === null ? (
          <MergePanel />
        ) : (
          <section className="card" aria-label="Gộp gói của các máy trạm">
            <h2>Gộp gói của các máy trạm</h2>
            <p className="muted">Máy trạm của {stationTeam} không gộp gói: các gói được kiểm tra chữ ký và gộp ở máy {words.chair}, nơi giữ khóa của {words.body}.</p>
          </section>
        )}
        <StationCard />
      </div>
      <MergedPackages />
    </div>
  );
}
