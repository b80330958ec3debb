import { shownMoment } from '../../../shared/format/date';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';

/** The packages merged into this congress, newest first. */
export function MergedPackages() {
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
              <td>{shownMoment(p.createdAt)}</td>
              <td>{shownMoment(p.mergedAt)}</td>
              <td>{p.operator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
