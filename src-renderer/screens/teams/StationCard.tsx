import { useState } from 'react';
import { TextField } from '../../components/Field';
import { TeamSelect } from '../../components/TeamSelect';
import { downloadText } from '../../files/files';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';
import { useAssemblyWords } from '../../state/assembly-words';

/**
 * This machine and its packages. On the chair's machine: one setup package per team (each carries
 * that team's key only), and a team's package. At a station: its own team's package only.
 */
export function StationCard() {
  const { congress, run, station } = useApp();
  const { body } = useAssemblyWords();
  const info = useQuery('stationInfo', congress ? { congressId: congress.id } : null);
  const [name, setName] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [setupTeamId, setSetupTeamId] = useState<number | null>(null);
  if (!congress || !info.data) return null;
  const ownTeam = info.data.team;
  const teams = ownTeam === null ? congress.teams : congress.teams.filter((t) => t.name === ownTeam);
  const team = teams.find((t) => t.id === (teamId ?? station.teamId))?.id ?? teams[0]?.id ?? null;
  const setupTeam = setupTeamId ?? congress.teams[0]?.id ?? null;
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
      <p className="muted">Mã {body}: {info.data.congressIdentity?.slice(0, 8) ?? '—'}… Gói chỉ gộp được vào hồ sơ có cùng mã.</p>
      {ownTeam === null ? (
        <>
          <div className="row">
            <TeamSelect label="Gói thiết lập cho máy của tổ" teams={congress.teams} value={setupTeam} onChange={setSetupTeamId} allowNone={false} />
            <div className="actions">
              <button
                type="button"
                disabled={setupTeam === null}
                onClick={async () => {
                  const made = await run('exportSetupPackage', { congressId: congress.id, teamId: setupTeam as number, operator: station.operator });
                  if (!made.ok) return;
                  downloadText(made.value.fileName, made.value.text);
                  useApp.getState().notify('ok', `Đã xuất gói thiết lập của ${made.value.team}`);
                }}
              >
                Xuất gói thiết lập của tổ
              </button>
            </div>
          </div>
          <p className="muted">
            Mỗi tổ một gói thiết lập, mang khóa riêng của tổ đó: chép gói của tổ nào vào máy của tổ ấy, giữ như mật khẩu. Máy trạm chỉ gửi được số liệu của tổ mình; khóa của đại hội không rời máy này.
          </p>
        </>
      ) : (
        <p>
          Máy trạm của <strong>{ownTeam}</strong>: chỉ nhập và gửi số liệu của tổ này (hồ sơ tạo từ gói thiết lập của tổ).
        </p>
      )}
      <div className="row">
        <TeamSelect label="Tổ của gói gửi máy chủ tịch" teams={teams} value={team} onChange={setTeamId} allowNone={false} />
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
