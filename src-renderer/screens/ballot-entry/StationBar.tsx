import type { ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { TeamSelect } from '../../components/TeamSelect';
import { useApp } from '../../state/app-store';

/** Who enters and for which team, chosen once for this station. */
export function StationBar({ election }: { election: ElectionView }) {
  const { station, setStation } = useApp();
  return (
    <div className="station-bar">
      <TextField label="Người nhập" value={station.operator} onChange={(operator) => setStation({ operator })} onBlur={() => setStation({ operator: station.operator.trim() })} onKeyDown={(e) => e.key === 'Enter' && document.getElementById('ballot-input')?.focus()} placeholder="Họ tên người nhập phiếu" autoFocus={station.operator === ''} />
      <TeamSelect label="Tổ kiểm phiếu" teams={election.teams} value={station.teamId} onChange={(teamId) => setStation({ teamId })} />
    </div>
  );
}
