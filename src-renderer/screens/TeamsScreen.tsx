import { useState } from 'react';
import type { MethodOutput } from '../api/client';
import { invoke } from '../api/client';
import { TextField } from '../components/Field';
import { TeamSelect } from '../components/TeamSelect';
import { ConfirmDialog } from '../components/Modal';
import { ProblemList } from '../components/ProblemList';
import { downloadText, readChosenFiles } from '../files/files';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { parseWhole } from '../state/validate';

type Reconciliation = MethodOutput<'teamReconciliation'>;
type Preview = MethodOutput<'previewPackages'>;

const FIGURE = { new: 'mới', same: 'đã có', changed: 'KHÁC' } as const;

/** RULES R4.5, per team: the ballots handed to it, what it entered or reported, and whether they match. */
function TeamBoxes({ data, editable }: { data: Reconciliation; editable: boolean }) {
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

/** This machine as a station: its name, the setup package for the stations, a team's package for the chair. */
function StationCard() {
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

function PackagePreview({ p }: { p: Preview['packages'][number] }) {
  if (!p.ok) {
    return (
      <li className="package refused" data-testid="package-preview">
        <strong>{p.label}</strong>: <span className="problem-error">✗ {p.error.message}</span>
      </li>
    );
  }
  return (
    <li className={`package${p.blocked ? ' refused' : ''}`} data-testid="package-preview">
      <strong>{p.label}</strong> · {p.team} · máy "{p.station}" · lập lúc {new Date(p.createdAt).toLocaleString('vi-VN')} · {p.blocked ? '✗ không gộp được' : '✓ gộp được'}
      <table className="preview-table">
        <thead>
          <tr>
            <th>Cuộc bầu</th>
            <th className="num">Phiếu mới</th>
            <th className="num" title="Cùng mã phiếu, cùng nội dung: không tính lại">Đã có</th>
            <th className="num" title="Cùng mã phiếu, nội dung khác (máy trạm đã sửa)">Khác</th>
            <th className="num" title="Cùng mã phiếu nhưng thuộc tổ khác">Tổ khác</th>
            <th className="num" title="Có ở đây nhưng gói không còn (máy trạm đã hủy)">Không còn</th>
            <th>Số liệu tổ</th>
          </tr>
        </thead>
        <tbody>
          {p.elections.map((e) => (
            <tr key={e.key}>
              <td>{e.title}</td>
              <td className="num">{e.add}</td>
              <td className="num">{e.present}</td>
              <td className="num">{e.corrections}</td>
              <td className="num">{e.claimed}</td>
              <td className="num">{e.missing}</td>
              <td>{[...e.teamTotals.map((t) => `tổng hợp: ${FIGURE[t.status]}`), ...e.teamReceived.map((r) => `phiếu giao ${r.received}: ${FIGURE[r.status]}`)].join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemList problems={p.problems} />
    </li>
  );
}

/** The chair merges the stations' packages: read, checked and shown first; merged in one step after a confirmation. */
function MergePanel() {
  const { congress, run, station } = useApp();
  const [files, setFiles] = useState<{ label: string; content: string }[]>([]);
  const [accept, setAccept] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!congress) return null;

  const check = async (chosen: typeof files, acceptCorrections: boolean) => {
    setPreview(null);
    if (chosen.length === 0) return;
    setBusy(`Đang đọc và kiểm tra chữ ký ${chosen.length} gói…`);
    const result = await invoke('previewPackages', { congressId: congress.id, packages: chosen, acceptCorrections });
    setBusy(null);
    if (result.ok) setPreview(result.value);
    else useApp.getState().notify('error', result.error.message);
  };

  const merge = async () => {
    setConfirming(false);
    setBusy(`Đang gộp ${files.length} gói…`);
    const result = await run('mergePackages', { congressId: congress.id, packages: files, acceptCorrections: accept, operator: station.operator });
    setBusy(null);
    if (!result.ok) return;
    const added = result.value.packages.reduce((n, p) => n + p.elections.reduce((m, e) => m + e.added, 0), 0);
    useApp.getState().notify('ok', `Đã gộp ${result.value.packages.length} gói: ${added} phiếu mới. Đã sao lưu hồ sơ.`);
    setFiles([]);
    setPreview(null);
  };

  const newBallots = preview?.packages.reduce((n, p) => n + (p.ok ? p.counts.add : 0), 0) ?? 0;
  return (
    <section className="card" aria-label="Gộp gói của các máy trạm">
      <h2>Gộp gói của các máy trạm</h2>
      <label className="field">
        <span>Chọn các gói của máy trạm (.json)</span>
        <input
          type="file"
          accept=".json,application/json"
          multiple
          aria-label="Chọn các gói của máy trạm"
          onChange={async (e) => {
            const chosen = await readChosenFiles(e.target.files);
            setFiles(chosen);
            await check(chosen, accept);
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={accept}
          onChange={async (e) => {
            setAccept(e.target.checked);
            await check(files, e.target.checked);
          }}
        />{' '}
        Nhận các sửa đổi của máy trạm (phiếu máy trạm đã sửa hoặc hủy sau lần gộp trước)
      </label>
      {busy && (
        <p className="progress" role="status" aria-busy="true">
          {busy}
        </p>
      )}
      {preview && (
        <>
          <h3>Xem trước: chưa có gì được gộp</h3>
          <ul className="package-list">
            {preview.packages.map((p) => (
              <PackagePreview key={p.label} p={p} />
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="primary" disabled={!preview.canMerge || busy !== null} onClick={() => setConfirming(true)}>
              Gộp {files.length} gói ({newBallots} phiếu mới)
            </button>
            {!preview.canMerge && <span className="problem-error">Có gói không gộp được: bỏ gói đó ra hoặc xử lý các lỗi trên rồi chọn lại.</span>}
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title="Gộp các gói vào hồ sơ"
          message={`${newBallots} phiếu mới từ ${files.length} gói sẽ được tính vào kết quả. Việc gộp được ghi vào nhật ký và hồ sơ được sao lưu ngay sau đó.`}
          confirmLabel="Gộp (Enter)"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void merge()}
        />
      )}
    </section>
  );
}

function MergedPackages() {
  const congress = useApp((s) => s.congress);
  const info = useQuery('stationInfo', congress ? { congressId: congress.id } : null);
  const packages = info.data?.packages ?? [];
  if (packages.length === 0) return null;
  return (
    <section className="card" aria-label="Các gói đã gộp">
      <h2>Các gói đã gộp ({packages.length})</h2>
      <table>
        <thead>
          <tr>
            <th>Gói</th>
            <th>Tổ</th>
            <th>Máy</th>
            <th>Lập lúc</th>
            <th>Gộp lúc</th>
            <th>Người gộp</th>
          </tr>
        </thead>
        <tbody>
          {[...packages].reverse().map((p) => (
            <tr key={p.id}>
              <td>{p.label}</td>
              <td>{p.teamName}</td>
              <td>{p.stationName}</td>
              <td>{new Date(p.createdAt).toLocaleString('vi-VN')}</td>
              <td>{new Date(p.mergedAt).toLocaleString('vi-VN')}</td>
              <td>{p.operator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TeamsScreen() {
  const electionId = useApp((s) => s.electionId);
  const congress = useApp((s) => s.congress);
  const reconciliation = useQuery('teamReconciliation', electionId === null ? null : { electionId });
  const status = congress?.elections.find((e) => e.id === electionId)?.status;
  return (
    <div className="screen teams">
      <h1>Các tổ kiểm phiếu và máy trạm</h1>
      {reconciliation.data && reconciliation.data.electionId === electionId && <TeamBoxes data={reconciliation.data} editable={status === 'open'} />}
      <div className="columns">
        <MergePanel />
        <StationCard />
      </div>
      <MergedPackages />
    </div>
  );
}
