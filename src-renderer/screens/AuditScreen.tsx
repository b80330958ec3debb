import { useState } from 'react';
import type { AuditCheck } from '../../shared/api/audit-chain';
import type { AuditDetail } from '../../shared/audit/event-text';
import { AUDIT_EVENTS, auditKindLabel } from '../../shared/audit/events';
import { DATE_EXAMPLE, parseLocalDateTime, shownMoment } from '../../shared/format/date';
import { invoke } from '../api/client';
import { DateTimeField } from '../components/DateTimeField';
import { TextField } from '../components/Field';
import { TeamSelect } from '../components/TeamSelect';
import { downloadText } from '../files/files';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { IntegrityReport } from './audit/IntegrityReport';

interface Typed {
  value: string;
  problem: string | null;
}
const NOTHING_TYPED: Typed = { value: '', problem: null };

/** A moment typed in the filter (local, to the minute) as the log writes it (ISO, UTC); nothing while it is not a moment. */
function isoFromLocal({ value, problem }: Typed, endOfMinute: boolean): string | undefined {
  const moment = problem === null ? parseLocalDateTime(value) : null;
  if (!moment) return undefined;
  const time = new Date(moment.year, moment.month - 1, moment.day, moment.hour, moment.minute).getTime();
  return new Date(time + (endOfMinute ? 59_999 : 0)).toISOString();
}

/** An event's details as labelled fields (its payload whole is in the exported log). */
function EventDetails({ details }: { details: readonly AuditDetail[] }) {
  if (details.length === 0) return null;
  return (
    <dl className="event-details">
      {details.map((d, i) => (
        <div key={i}>
          <dt>{d.label}</dt>
          <dd>{d.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditScreen() {
  const { electionId, congress } = useApp();
  const [operator, setOperator] = useState('');
  const [kind, setKind] = useState('');
  const [teamId, setTeamId] = useState<number | null>(null);
  const [from, setFrom] = useState(NOTHING_TYPED);
  const [to, setTo] = useState(NOTHING_TYPED);
  const [onlyElection, setOnlyElection] = useState(false);
  const [verdict, setVerdict] = useState<AuditCheck | null>(null);
  const filter = {
    ...(onlyElection && electionId !== null ? { electionId } : {}),
    ...(operator.trim() ? { operator: operator.trim() } : {}),
    ...(kind ? { kind } : {}),
    ...(teamId !== null ? { teamId } : {}),
    ...(isoFromLocal(from, false) ? { from: isoFromLocal(from, false) } : {}),
    ...(isoFromLocal(to, true) ? { to: isoFromLocal(to, true) } : {}),
  };
  const events = useQuery('listAudit', { ...filter, newestFirst: true, limit: 2000 });
  const list = events.data ?? [];
  const exportAs = async (format: 'json' | 'csv') => {
    const result = await invoke('exportAudit', { ...filter, format });
    if (result.ok) downloadText(result.value.fileName, result.value.text, result.value.mimeType);
    else useApp.getState().notify('error', result.error.message);
  };
  return (
    <div className="screen audit">
      <h1>Nhật ký thay đổi</h1>
      <div className="row filters">
        <TextField label="Người thực hiện" value={operator} onChange={setOperator} />
        <TeamSelect label="Lọc theo tổ" teams={congress?.teams ?? []} value={teamId} onChange={setTeamId} noneLabel="(tất cả)" />
        <label className="field">
          <span>Loại thay đổi</span>
          <select aria-label="Lọc theo loại thay đổi" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">(tất cả)</option>
            {Object.entries(AUDIT_EVENTS).map(([k, { label }]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <DateTimeField label="Từ lúc" value={from.value} onChange={(value, problem) => setFrom({ value, problem })} emptyTime={{ hour: 0, minute: 0 }} hint={`ví dụ ${DATE_EXAMPLE} 07:30; không ghi giờ là từ 00:00`} />
        <DateTimeField label="Đến lúc" value={to.value} onChange={(value, problem) => setTo({ value, problem })} emptyTime={{ hour: 23, minute: 59 }} hint={`ví dụ ${DATE_EXAMPLE} 17:00; không ghi giờ là đến 23:59`} />
      </div>
      <div className="row filters">
        <label className="check">
          <input type="checkbox" checked={onlyElection} onChange={(e) => setOnlyElection(e.target.checked)} /> Chỉ cuộc bầu đang chọn
        </label>
        <div className="actions">
          <button
            type="button"
            onClick={async () => {
              const result = await invoke('verifyAudit', {});
              if (result.ok) setVerdict(result.value);
            }}
          >
            Kiểm tra tính toàn vẹn
          </button>
          <button type="button" onClick={() => void exportAs('json')}>
            Xuất nhật ký (JSON, kiểm tra lại được)
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            Xuất nhật ký (CSV)
          </button>
        </div>
      </div>
      {verdict && <IntegrityReport check={verdict} />}
      <p className="muted">
        {list.length === 2000 ? 'Hiện 2.000 sự kiện mới nhất khớp bộ lọc; thu hẹp bộ lọc hoặc xuất tệp để xem hết.' : `${list.length} sự kiện khớp bộ lọc, mới nhất ở trên.`}
      </p>
      <table className="audit-table">
        <thead>
          <tr>
            <th className="num">Số</th>
            <th>Thời gian</th>
            <th>Người thực hiện</th>
            <th>Việc đã làm</th>
            <th>Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr key={e.seq} className={verdict && !verdict.intact && verdict.brokenAt === e.seq ? 'broken' : ''}>
              <td className="num">{e.seq}</td>
              <td className="moment">{shownMoment(e.at)}</td>
              <td>{e.operator || '(không ghi tên)'}</td>
              <td className="event-sentence" title={auditKindLabel(e.kind)}>
                {e.sentence}
              </td>
              <td className="payload">
                <EventDetails details={e.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
