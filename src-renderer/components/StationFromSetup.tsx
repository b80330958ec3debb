import { useState } from 'react';
import { readChosenFiles } from '../files/files';
import { useApp } from '../state/app-store';
import { TextField } from './Field';
import { FileChooser } from './FileChooser';

/** At a station: a new congress file started from its team's setup package (same congress and lists, that team and its key). */
export function StationFromSetup() {
  const { run, load } = useApp();
  const [file, setFile] = useState<{ label: string; content: string } | null>(null);
  const [stationName, setStationName] = useState('');
  const [fileName, setFileName] = useState('');
  const ready = file !== null && stationName.trim() !== '' && fileName.trim() !== '';
  return (
    <form
      className="card"
      aria-label="Máy trạm: tạo hồ sơ từ gói thiết lập"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!ready || !file) return;
        const created = await run('createCongressFileFromSetup', { fileName, label: file.label, content: file.content, stationName }, 'Đã tạo hồ sơ của máy trạm từ gói thiết lập');
        if (created.ok) {
          useApp.setState({ screen: 'entry' });
          await load();
        }
      }}
    >
      <h2>Máy trạm: tạo hồ sơ từ gói thiết lập</h2>
      <p className="muted">Máy của một tổ kiểm phiếu bắt đầu từ gói thiết lập do máy chủ tịch xuất ra cho tổ đó: cùng đại hội và danh sách, tổ của máy và khóa ký gói của tổ. Máy chỉ kiểm phiếu cho tổ này.</p>
      <FileChooser label="Gói thiết lập (.json)" accept=".json,application/json" chosen={file ? [file.label] : []} onChoose={async (files) => setFile((await readChosenFiles(files))[0] ?? null)} />
      <div className="row">
        <TextField label="Tên máy này" value={stationName} onChange={setStationName} placeholder="Máy tổ 1" />
        <TextField label="Tên tệp hồ sơ" value={fileName} onChange={setFileName} placeholder="dai-hoi-may-to-1" />
      </div>
      <button type="submit" disabled={!ready}>
        Tạo hồ sơ máy trạm
      </button>
    </form>
  );
}
