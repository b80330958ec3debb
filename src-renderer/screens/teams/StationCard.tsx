import { useState } from 'react';
import { TextField } from '../../components/Field';
import { TeamSelect } from '../../components/TeamSelect';
import { downloadText } from '../../files/files';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';

/** This machine as a station: its name, the setup package for the stations, a team's package for the chair. */
export function StationCard() {
  const { congress, run, station } = useApp();
  const info = useQuery('stationInfo', congress ? { congressId: congress.id } : null);
  const [name, setName] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  if (!congress || !info.data) return null;
  const team = teamId ?? station.teamId ?? congress.teams[0]?.id ?? null;
  return (
    <section className="card" aria-label="Máy này">
      <h2>Máy này và các gói dữ liệu</h2>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (name !== null && (await run('setStationName', { name, operator: station.operator }, 'Đã đổi tên máy')).ok) setName(null);
        }}
      >
        <TextField label="Tên máy (ghi trong gói gửi đi)" value={name ?? info.data.station.name} onChange={setName} />
        <button type="submit" disabled={name === null}>
          Lưu tên
        </button>
      </form>
      <p className="muted">Mã đại hội: {info.data.congressIdentity?.slice(0, 8) ?? '—'}… Gói chỉ gộp được vào hồ sơ có cùng mã.</p>
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            const made = await run('exportSetupPackage', { congressId: congress.id, operator: station.operator });
            if (made.ok) downloadText(made.value.fileName, made.value.text);
          }}
        >
          Xuất gói thiết lập cho các máy trạm
        </button>
      </div>
      <p className="muted">Gói thiết lập chứa khóa ký của đại hội: chỉ chép vào máy của các tổ, giữ như mật khẩu.</p>
      <div className="row">
        <TeamSelect label="Tổ của gói gửi máy chủ tịch" teams={congress.teams} value={team} onChange={setTeamId} allowNone={false} />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={team === null}
            onClick={async () => {
              const made = await run('exportStationPackage', { congressId: congress.id, teamId: team as number, operator: station.operator });
              if (!made.ok) return;
              downloadText(made.value.fileName, made.value.text);
              useApp.getState().notify('ok', `Đã xuất gói của ${made.value.team}: ${made.value.ballots} phiếu${made.value.leftOut ? `; ${made.value.leftOut} phiếu của tổ khác hoặc không theo tổ không có trong gói` : ''}`);
            }}
          >
            Xuất gói của tổ
          </button>
        </div>
      </div>
    </section>
  );
}
