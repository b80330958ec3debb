import { useMemo, useState } from 'react';
import { fileNameSlug } from '../../shared/text/slug';
import { invoke } from '../api/client';
import { TextField } from '../components/Field';
import { FileChooser } from '../components/FileChooser';
import { useApp } from '../state/app-store';
import { CongressCorrections } from './excel-import/CongressCorrections';
import { NO_CORRECTIONS, optionsOf, questionText, type Corrections } from './excel-import/corrections';
import { ImportElectionCard } from './excel-import/ImportElectionCard';
import { ImportProblems } from './excel-import/ImportProblems';
import { useExcelPreview } from './excel-import/use-excel-preview';

/** Issue 4 in the app: a workbook read as a person would, checked and corrected, then imported as a new congress file. */
export function ExcelImport({ onDone }: { onDone(): void }) {
  const { load, notify, station } = useApp();
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  const [newFileName, setNewFileName] = useState('');
  const options = useMemo(() => optionsOf(corrections), [corrections]);
  const { preview, setPreview, reading, error } = useExcelPreview(file, options);

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
      <FileChooser
        label="Bảng tính (.xlsx)"
        autoFocus
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        chosen={file ? [file.name] : []}
        onChoose={async ([chosen]) => {
          if (!chosen) return;
          setCorrections(NO_CORRECTIONS);
          setPreview(null);
          setFile({ name: chosen.name, data: new Uint8Array(await chosen.arrayBuffer()) });
        }}
      />
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
          <CongressCorrections preview={preview} corrections={corrections} onChange={setCorrections} />
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
            <ImportElectionCard key={e.key} election={e} correction={corrections.elections[e.key]} onChange={(next) => setCorrections({ ...corrections, elections: { ...corrections.elections, [e.key]: next } })} />
          ))}
          <ImportProblems preview={preview} skip={corrections.skip} onToggleSkip={toggleSkip} />
          <div className="row">
            <TextField label="Tên tệp hồ sơ mới" value={newFileName} onChange={setNewFileName} placeholder={fileNameSlug(preview.congress.name.value)} />
          </div>
          <div className="actions">
            <button type="button" onClick={onDone}>
              Không nhập
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
