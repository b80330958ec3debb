import { useState } from 'react';
import type { TeamReconciliation } from '../../../shared/api/station-views';
import { ProblemList } from '../../components/ProblemList';
import { useApp } from '../../state/app-store';
import { parseWhole } from '../../state/validate';

/** RULES R4.5, per team: the ballots handed to it, what it entered or reported, and whether they match. */
export function TeamBoxes({ data, editable }: { data: TeamReconciliation; editable: boolean }) {
  const { run, station } = useApp();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const save = async (teamId: number, text: string) => {
    const parsed = parseWhole(text);
    if (parsed.error) return useApp.getState().notify('error', parsed.error);
    const result = await run('setTeamReceived', { electionId: data.electionId, teamId, received: parsed.value, operator: station.operator });
    if (result.ok) setDrafts(({ [teamId]: _saved, ...rest }) => rest);
  };
  const { overall } = data;
  return (
    <section className="card" aria-label="Đối chiếu theo tổ">
      <h2>Đối chiếu số phiếu theo tổ: {data.title}</h2>
      <table className="team-boxes">
        <thead>
          <tr>
            <th>Tổ</th>
            <th className="num">Phiếu giao cho tổ</th>
            <th className="num">Đã nhập từng phiếu</th>
            <th className="num">Báo cáo tổng hợp</th>
            <th className="num">Hợp lệ</th>
            <th className="num">Không hợp lệ</th>
            <th>Đối chiếu</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.teamId ?? 'none'} className={r.matches ? '' : 'mismatch'}>
              <td>{r.team ?? '(không theo tổ)'}</td>
              <td className="num">
                {r.teamId !== null && editable ? (
                  <input
                    className="num-input"
                    aria-label={`Số phiếu giao cho ${r.team}`}
                    inputMode="numeric"
                    value={drafts[r.teamId] ?? (r.received === null ? '' : String(r.received))}
                    onChange={(e) => setDrafts({ ...drafts, [r.teamId as number]: e.target.value })}
                    onKeyDown={(e) => e.key === 'Enter' && void save(r.teamId as number, e.currentTarget.value)}
                    onBlur={(e) => drafts[r.teamId as number] !== undefined && void save(r.teamId as number, e.currentTarget.value)}
                    placeholder="—"
                  />
                ) : (
                  (r.received ?? '—')
                )}
              </td>
              <td className="num">{r.entered}</td>
              <td className="num">{r.reported ?? '—'}</td>
              <td className="num">{r.valid}</td>
              <td className="num">{r.invalid}</td>
              <td>{r.matches ? '✓ khớp' : `✗ ${r.problems.find((p) => p.severity === 'error')?.message ?? ''}`}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>Cả cuộc bầu</th>
            <th className="num">{overall.anyReceived ? overall.receivedSum : '—'}</th>
            <th className="num" colSpan={2}>
              {overall.counted} đã tính{overall.declaredReturned !== null ? ` / ${overall.declaredReturned} phiếu thu vào` : ''}
            </th>
            <th className="num">{overall.valid}</th>
            <th className="num">{overall.invalid}</th>
            <th>{data.blocked ? '✗ chưa chốt được' : '✓ khớp'}</th>
          </tr>
        </tfoot>
      </table>
      <p className="muted">Ghi số phiếu Ban kiểm phiếu giao cho mỗi tổ (Enter để lưu): khi đã ghi, kết quả chỉ chốt được lúc mọi tổ đã nhập hoặc gộp đúng số phiếu của mình và tổng các tổ bằng số phiếu thu vào.</p>
      <ProblemList problems={data.problems.filter((p) => p.code.startsWith('TEAM') || p.severity === 'error')} />
    </section>
  );
}
