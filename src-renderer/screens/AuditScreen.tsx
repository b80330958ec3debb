import { useState } from 'react';
import type { ChainVerdict } from '../../src-main/audit/hash-chain';
import { invoke } from '../api/client';
import { TextField } from '../components/Field';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';

/** What each kind of event means, in Vietnamese. */
export const AUDIT_KINDS: Record<string, string> = {
  'congress.created': 'Tạo đại hội',
  'congress.updated': 'Sửa thông tin đại hội',
  'congress.imported': 'Nạp tệp đại hội',
  'congress.pin_set': 'Đặt mã PIN',
  'team.created': 'Thêm tổ kiểm phiếu',
  'team.renamed': 'Đổi tên tổ',
  'election.created': 'Thêm cuộc bầu',
  'election.updated': 'Sửa cuộc bầu',
  'election.locked': 'Chốt kết quả',
  'election.unlocked': 'Mở khóa kết quả',
  'election.unlock_refused': 'Mở khóa bị từ chối (sai PIN)',
  'election.paused': 'Tạm dừng cuộc bầu',
  'election.resumed': 'Tiếp tục cuộc bầu',
  'round.created': 'Tạo vòng bầu mới',
  'candidate.added': 'Thêm người vào danh sách',
  'candidate.updated': 'Sửa thông tin người ứng cử',
  'candidate.removed': 'Xóa khỏi danh sách',
  'candidate.withdrawn': 'Rút tên',
  'candidate.reinstated': 'Đưa lại vào danh sách',
  'candidates.sorted': 'Xếp danh sách theo vần A, B, C',
  'candidates.reordered': 'Đổi thứ tự danh sách',
  'ballot.entered': 'Nhập phiếu',
  'ballot.corrected': 'Sửa phiếu',
  'ballot.voided': 'Hủy phiếu',
  'team_totals.set': 'Nhập số tổng hợp của tổ',
  'team_totals.removed': 'Xóa số tổng hợp của tổ',
};

export function AuditScreen() {
  const electionId = useApp((s) => s.electionId);
  const [operator, setOperator] = useState('');
  const [kind, setKind] = useState('');
  const [onlyElection, setOnlyElection] = useState(false);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const events = useQuery('listAudit', { ...(onlyElection && electionId !== null ? { electionId } : {}), ...(operator.trim() ? { operator: operator.trim() } : {}), ...(kind ? { kind } : {}), limit: 5000 });
  const list = [...(events.data ?? [])].reverse();
  return (
    <div className="screen audit">
      <h1>Nhật ký thay đổi</h1>
      <div className="row filters">
        <TextField label="Người thực hiện" value={operator} onChange={setOperator} />
        <label className="field">
          <span>Loại thay đổi</span>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">(tất cả)</option>
            {Object.entries(AUDIT_KINDS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyElection} onChange={(e) => setOnlyElection(e.target.checked)} /> Chỉ cuộc bầu đang chọn
        </label>
        <button
          type="button"
          onClick={async () => {
            const result = await invoke('verifyAudit', {});
            if (result.ok) setVerdict(result.value);
          }}
        >
          Kiểm tra tính toàn vẹn
        </button>
      </div>
      {verdict && (
        <p className={verdict.intact ? 'ok-line' : 'notice'} role="status">
          {verdict.intact ? `✓ Nhật ký nguyên vẹn: ${verdict.events} sự kiện, chuỗi mã băm khớp.` : `✗ Nhật ký bị thay đổi tại sự kiện số ${verdict.brokenAt}: ${verdict.reason}.`}
        </p>
      )}
      <table className="audit-table">
        <thead>
          <tr>
            <th className="num">Số</th>
            <th>Thời gian</th>
            <th>Người thực hiện</th>
            <th>Thay đổi</th>
            <th>Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr key={e.seq}>
              <td className="num">{e.seq}</td>
              <td>{new Date(e.at).toLocaleString('vi-VN')}</td>
              <td>{e.operator || '(không ghi tên)'}</td>
              <td>{AUDIT_KINDS[e.kind] ?? e.kind}</td>
              <td className="payload">
                <code>{e.payload.length > 240 ? `${e.payload.slice(0, 240)}…` : e.payload}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
