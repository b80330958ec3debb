import { useEffect, useMemo, useState } from 'react';
import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import { OFFICE_LABELS, OFFICES, type Office } from '../../shared/domain';
import { fileNameSlug } from '../../shared/text/slug';
import { invoke, type MethodOutput } from '../api/client';
import { Field, TextField } from '../components/Field';
import { useApp } from '../state/app-store';
import { parseWhole } from '../state/validate';

type Preview = MethodOutput<'previewExcelFile'>;
type PreviewElection = Preview['elections'][number];

interface Corrections {
  congressName: string;
  kind: 'delegates' | 'members' | '';
  summoned: string;
  elections: Record<string, { include: boolean; marks: 'struck' | 'kept' | ''; seats: string; office: Office | ''; title: string }>;
  skip: { sheet: string; line: string }[];
}

const NO_CORRECTIONS: Corrections = { congressName: '', kind: '', summoned: '', elections: {}, skip: [] };

/** The preview's questions name the command line's options; here the answer goes in the form. */
function questionText(q: Preview['questions'][number]): string {
  const asked = q.message.replace(/\s*Cho biết[^:]*:.*$/, '').replace(/\.$/, '');
  const where = q.option === 'summoned' ? 'nhập ở ô "Số được triệu tập" bên trên' : q.option === 'seats' ? 'nhập ở ô "Số lượng cần bầu" của bảng' : 'chọn ở ô "Dấu trong ô nghĩa là" của bảng';
  return `${asked}: ${where}.`;
}

/** The corrections as the api's options (only what the user changed). */
function optionsOf(c: Corrections): ExcelImportOptions {
  const summoned = parseWhole(c.summoned).value;
  const elections: NonNullable<ExcelImportOptions['elections']> = {};
  for (const [key, e] of Object.entries(c.elections)) {
    const seats = parseWhole(e.seats).value;
    elections[key] = { include: e.include, ...(e.marks ? { marks: e.marks } : {}), ...(seats ? { seats } : {}), ...(e.office ? { office: e.office } : {}), ...(e.title.trim() ? { title: e.title } : {}) };
  }
  return {
    ...(c.congressName.trim() ? { congressName: c.congressName } : {}),
    ...(c.kind ? { kind: c.kind } : {}),
    ...(summoned ? { summoned } : {}),
    elections,
    ...(c.skip.length > 0 ? { skip: c.skip } : {}),
  };
}

function ElectionCard({ election, correction, onChange }: { election: PreviewElection; correction: Corrections['elections'][string] | undefined; onChange(next: Corrections['elections'][string]): void }) {
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
        <TextField label="Tiêu đề" value={c.title || election.title.value} onChange={(title) => onChange({ ...c, title })} hint={`Đọc được từ: ${election.title.source}`} />
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
        <TextField label="Số lượng cần bầu" value={c.seats || (election.seats.value === null ? '' : String(election.seats.value))} inputMode="numeric" onChange={(v) => onChange({ ...c, seats: v })} error={seats.error} hint={election.seats.value === null ? 'Bảng tính không ghi: hãy nhập' : `Đọc được từ: ${election.seats.source}`} />
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

/** Issue 4 in the app: a workbook read as a person would, checked and corrected, then imported as a new congress file. */
export function ExcelImport({ onDone }: { onDone(): void }) {
  const { load, notify, station } = useApp();
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newFileName, setNewFileName] = useState('');
  const options = useMemo(() => optionsOf(corrections), [corrections]);

  useEffect(() => {
    if (!file) return;
    let cancelled = false;
    setReading(true);
    const timer = setTimeout(async () => {
      const result = await invoke('previewExcelFile', { data: file.data, fileName: file.name, options });
      if (cancelled) return;
      setReading(false);
      if (!result.ok) {
        setError(result.error.message);
        setPreview(null);
      } else {
        setError(null);
        setPreview(result.value);
      }
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [file, options]);

  const importNow = async () => {
    if (!file || !preview?.ready) return;
    const fileName = newFileName.trim() || fileNameSlug(preview.congress.name.value) || 'ho-so-tu-excel';
    const result = await invoke('createCongressFileFromExcel', { data: file.data, fileName: file.name, options, newFileName: fileName, operator: station.operator });
    if (!result.ok) return notify('error', result.error.message);
    notify('ok', `Đã nhập "${file.name}" thành hồ sơ mới`);
    useApp.setState({ screen: 'elections' });
    await load();
    onDone();
  };

  const toggleSkip = (line: { sheet: string; line: string }) =>
    setCorrections((c) => ({ ...c, skip: c.skip.some((s) => s.sheet === line.sheet && s.line === line.line) ? c.skip.filter((s) => !(s.sheet === line.sheet && s.line === line.line)) : [...c.skip, line] }));

  return (
    <section className="card" aria-label="Nhập từ bảng tính Excel">
      <h2>Nhập từ bảng tính Excel</h2>
      <p className="muted">Bảng kiểm phiếu cũ (mỗi dòng một phiếu, hoặc tổng hợp theo tổ), danh sách ứng cử viên, hoặc bảng tính chương trình này đã xuất. Chưa ghi gì cho đến khi bấm Nhập.</p>
      <label className="field">
        <span>Chọn tệp .xlsx</span>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={async (e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return;
            setCorrections(NO_CORRECTIONS);
            setPreview(null);
            setFile({ name: chosen.name, data: new Uint8Array(await chosen.arrayBuffer()) });
          }}
        />
      </label>
      {reading && <p role="status">Đang đọc bảng tính…</p>}
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview">
          <h3>Chương trình hiểu bảng tính như sau</h3>
          <ul>
            {preview.sheets.map((s) => (
              <li key={s.name}>
                Sheet "{s.name}"{s.hidden ? ' (ẩn)' : ''}: {s.read}
              </li>
            ))}
            {preview.legacyText.cells > 0 && <li>{preview.legacyText.cells} ô chữ được chuyển từ mã cũ ({preview.legacyText.encodings.join(', ')}) sang Unicode.</li>}
          </ul>
          <div className="row">
            <TextField label="Tên đại hội" value={corrections.congressName || preview.congress.name.value} onChange={(v) => setCorrections({ ...corrections, congressName: v })} hint={`Đọc được từ: ${preview.congress.name.source}`} />
            <label className="field">
              <span>Loại đại hội</span>
              <select value={corrections.kind || preview.congress.kind.value} onChange={(e) => setCorrections({ ...corrections, kind: e.target.value as 'delegates' | 'members' })}>
                <option value="delegates">Đại hội đại biểu</option>
                <option value="members">Đại hội đảng viên</option>
              </select>
            </label>
            <TextField label="Số được triệu tập (cơ sở tính kết quả)" value={corrections.summoned || (preview.congress.summoned.value === null ? '' : String(preview.congress.summoned.value))} inputMode="numeric" onChange={(v) => setCorrections({ ...corrections, summoned: v })} error={parseWhole(corrections.summoned).error} hint={preview.congress.summoned.value === null ? 'Bảng tính không ghi: hãy nhập' : `Đọc được từ: ${preview.congress.summoned.source}`} />
          </div>
          {preview.questions.length > 0 && (
            <ul className="problems" aria-label="Cần trả lời">
              {preview.questions.map((q, i) => (
                <li key={i} className="problem-warning">
                  <strong>Cần trả lời:</strong> {questionText(q)}
                </li>
              ))}
            </ul>
          )}
          {preview.elections.map((e) => (
            <ElectionCard key={e.key} election={e} correction={corrections.elections[e.key]} onChange={(next) => setCorrections({ ...corrections, elections: { ...corrections.elections, [e.key]: next } })} />
          ))}
          {preview.problems.length > 0 && (
            <section aria-label="Vấn đề trong bảng tính">
              <h3>
                {preview.errors} lỗi, {preview.warnings} lưu ý{preview.problemsLeftOut > 0 ? ` (hiện ${preview.problems.length} đầu tiên)` : ''}
              </h3>
              <ul className="problems">
                {preview.problems.map((p, i) => (
                  <li key={i} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                    {p.message}
                    {p.line && (
                      <label className="check inline">
                        <input type="checkbox" checked={corrections.skip.some((s) => s.sheet === p.line?.sheet && s.line === p.line?.line)} onChange={() => toggleSkip(p.line as { sheet: string; line: string })} /> bỏ qua dòng này
                      </label>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="row">
            <TextField label="Tên tệp hồ sơ mới" value={newFileName} onChange={setNewFileName} placeholder={fileNameSlug(preview.congress.name.value)} />
          </div>
          <div className="actions">
            <button type="button" onClick={onDone}>
              Thôi
            </button>
            <button type="button" className="primary" disabled={!preview.ready || reading} onClick={() => void importNow()} title={preview.ready ? '' : 'Còn lỗi hoặc câu hỏi chưa trả lời'}>
              Nhập thành hồ sơ mới
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
