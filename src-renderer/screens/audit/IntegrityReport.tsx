import type { AuditCheck } from '../../../shared/api/audit-chain';
import { auditHeadCode, INTEGRITY_CANNOT, INTEGRITY_PROVES } from '../../../shared/audit/integrity-wording';

const SHOWN = 50;

/** The verdict of the integrity check: the chain, every difference named, and what the check can and cannot prove. */
export function IntegrityReport({ check }: { check: AuditCheck }) {
  return (
    <section className="card integrity" aria-label="Kết quả kiểm tra tính toàn vẹn">
      <p className={check.sound ? 'ok-line' : 'notice'} role="status">
        {check.sound
          ? `✓ Hồ sơ nguyên vẹn: ${check.events} sự kiện, chuỗi mã băm khớp; mọi phiếu, số tổng hợp và trạng thái khớp với nhật ký; đã đối chiếu ${check.backupsCompared} bản sao lưu.`
          : check.intact
            ? `✗ Chuỗi mã băm khớp (${check.events} sự kiện) nhưng hồ sơ có ${check.differences.length} chỗ không khớp với nhật ký${check.unreadable.length > 0 ? `, ${check.unreadable.length} sự kiện không đọc được` : ''}.`
            : `✗ Nhật ký bị thay đổi tại sự kiện số ${check.brokenAt}: ${check.reason}. Các sự kiện trước số ${check.brokenAt} vẫn khớp.`}
      </p>
      {check.head && (
        <p>
          Mã nhật ký hiện nay (in trên biên bản): <strong>{auditHeadCode(check.head.hash)}</strong> (sự kiện số {check.head.seq})
        </p>
      )}
      {check.differences.length > 0 && (
        <ul className="differences">
          {check.differences.slice(0, SHOWN).map((d, i) => (
            <li key={i}>
              {d.election ? <strong>{d.election}: </strong> : null}
              {d.message}
            </li>
          ))}
          {check.differences.length > SHOWN && <li>… và {check.differences.length - SHOWN} chỗ khác</li>}
        </ul>
      )}
      {check.unreadable.length > 0 && (
        <ul className="differences">
          {check.unreadable.slice(0, SHOWN).map((u) => (
            <li key={u.seq}>
              Sự kiện số {u.seq}: {u.why}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{INTEGRITY_PROVES}</p>
      <p className="muted">{INTEGRITY_CANNOT}</p>
    </section>
  );
}
