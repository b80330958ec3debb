import type { PreviewElection } from '../../../shared/api/excel-preview';
import { OFFICE_LABELS, OFFICES, type Office } from '../../../shared/domain';
import { Field, LongTextField, TextField } from '../../components/Field';
import { parseWhole } from '../../state/validate';
import type { Corrections } from './corrections';
import { SEATS_LABEL } from '../../../shared/minutes/figures';

/** One table of the workbook as an election: what was read, and the user's corrections. */
export function ImportElectionCard({ election, correction, onChange }: { election: PreviewElection; correction: Corrections['elections'][string] | undefined; onChange(next: Corrections['elections'][string]): void }) {
  const c = correction ?? { include: election.include, marks: '', seats: '', office: '', title: '' };
  const seats = parseWhole(c.seats);
  return (
    <section className={`card import-election${c.include ? '' : ' excluded'}`} aria-label={`Bảng ${election.sheet}`}>
      <h3>
        <label className="check">
          <input type="checkbox" checked={c.include} onChange={(e) => onChange({ ...c, include: e.target.checked })} /> Sheet "{election.sheet}", tiêu đề ở {election.header}
        </label>
      </h3>
      <p className="muted">
        {election.table === 'ballots' ? `Bảng phiếu từng tờ${election.transposed ? ' (xoay ngang)' : ''}: ${election.ballots} phiếu` : election.table === 'teams' ? `Tổng hợp theo tổ: ${election.teams.join(', ')}` : 'Danh sách ứng cử viên'}
        {election.teams.length > 0 && election.table === 'ballots' ? ` · tổ: ${election.teams.join(', ')}` : ''} · {election.candidates.length} người
      </p>
      <div className="row">
        <LongTextField label="Tiêu đề" value={c.title || election.title.value} onChange={(title) => onChange({ ...c, title })} hint={`Đọc được từ: ${election.title.source}`} />
        <label className="field">
          <span>Bầu</span>
          <select value={c.office || election.office.value} onChange={(e) => onChange({ ...c, office: e.target.value as Office })}>
            {OFFICES.map((o) => (
              <option key={o} value={o}>
                {OFFICE_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <TextField label={SEATS_LABEL} value={c.seats || (election.seats.value === null ? '' : String(election.seats.value))} inputMode="numeric" onChange={(v) => onChange({ ...c, seats: v })} error={seats.error} hint={election.seats.value === null ? 'Bảng tính không ghi: hãy nhập' : `Đọc được từ: ${election.seats.source}`} />
        {election.table === 'ballots' && (
          <Field label="Dấu trong ô nghĩa là" hint={`${election.marks.meaning ? `Theo ${election.marks.source}.` : 'Bảng tính không nói rõ.'} Dấu gặp: ${election.marks.symbols.map((x) => `"${x.symbol}" ×${x.count}`).join(', ') || 'không có'}`}>
            {(props) => (
              <select {...props} value={c.marks || election.marks.meaning || ''} onChange={(e) => onChange({ ...c, marks: e.target.value as 'struck' | 'kept' })}>
                <option value="" disabled>
                  (chưa rõ: hãy chọn)
                </option>
                <option value="struck">người đó bị gạch</option>
                <option value="kept">người đó được bầu (giữ lại)</option>
              </select>
            )}
          </Field>
        )}
      </div>
      <details>
        <summary>Danh sách {election.candidates.length} người đọc được{election.candidates.some((x) => x.encoding) ? ' (có tên chuyển từ mã cũ)' : ''}</summary>
        <ol className="import-candidates">
          {election.candidates.map((x) => (
            <li key={x.id}>
              {x.name}
              {x.original && (
                <span className="muted">
                  {' '}
                  ← "{x.original}" ({x.encoding}, nhận ra theo {x.encodingSource === 'font' ? 'phông chữ' : x.encodingSource === 'text' ? 'nội dung' : 'các ô bên cạnh'})
                </span>
              )}
            </li>
          ))}
        </ol>
      </details>
      {election.totals.map((t) => (
        <p key={t.place} className={t.disagreements > 0 ? 'notice' : 'muted'}>
          Dòng "{t.label}" ({t.place}): {t.note ?? (t.disagreements > 0 ? `${t.disagreements}/${t.compared} ô khác số chương trình đếm được` : `${t.compared} ô khớp với số chương trình đếm được`)}
        </p>
      ))}
      {election.result && (
        <table className="import-result">
          <thead>
            <tr>
              <th>Họ và tên</th>
              <th className="num">Số phiếu</th>
              <th className="num">Tỷ lệ %</th>
            </tr>
          </thead>
          <tbody>
            {election.result.candidates.map((r) => (
              <tr key={r.id} className={`status-${r.status}`}>
                <td>{r.name}</td>
                <td className="num">{r.votes}</td>
                <td className="num">{r.percent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
