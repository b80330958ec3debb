import type { PackagePreview } from '../../../shared/api/station-views';
import { shownMoment } from '../../../shared/format/date';
import { ProblemList } from '../../components/ProblemList';

const FIGURE = { new: 'mới', same: 'đã có', changed: 'KHÁC' } as const;

/** One package as the chair sees it before merging: refused with why, or what it would change. */
export function PackagePreviewItem({ p }: { p: PackagePreview }) {
  if (!p.ok) {
    return (
      <li className="package refused" data-testid="package-preview">
        <strong>{p.label}</strong>: <span className="problem-error">✗ {p.error.message}</span>
      </li>
    );
  }
  return (
    <li className={`package${p.blocked ? ' refused' : ''}`} data-testid="package-preview">
      <strong>{p.label}</strong> · {p.team} · máy "{p.station}" · lập lúc {shownMoment(p.createdAt)} · {p.blocked ? '✗ không gộp được' : '✓ gộp được'}
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
