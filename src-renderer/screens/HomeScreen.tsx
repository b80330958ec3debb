import { useState } from 'react';
import { createCongressInput } from '../../shared/api/inputs';
import { congressBase } from '../../shared/rules/base';
import { votesNeeded } from '../../shared/rules/threshold';
import { fileNameSlug } from '../../shared/text/slug';
import { invoke } from '../api/client';
import { BackupsPanel } from '../components/BackupsPanel';
import { downloadFile } from '../components/download';
import { SelectField, TextField } from '../components/Field';
import { StationFromSetup } from '../components/StationFromSetup';
import { ExcelImport } from './ImportScreen';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { useQuery } from '../state/use-query';
import { fieldError, requiredWhole } from '../state/validate';

const KINDS = [
  { value: 'delegates' as const, label: 'Đại hội đại biểu' },
  { value: 'members' as const, label: 'Đại hội đảng viên' },
];

function NewCongressForm() {
  const { run, load } = useApp();
  const [draft, setDraft, discard] = useDraft('new-congress', () => ({ name: '', kind: 'delegates' as 'delegates' | 'members', summoned: '', fileName: '', fileNameTouched: false, chairPin: '' }));
  const [submitted, setSubmitted] = useState(false);
  const summoned = requiredWhole(draft.summoned, 1);
  const fileName = draft.fileNameTouched ? draft.fileName : fileNameSlug(draft.name);
  const errors = {
    name: fieldError(createCongressInput.shape.name, draft.name),
    summoned: summoned.error,
    fileName: fileName.trim() === '' ? 'không được để trống' : null,
    chairPin: draft.chairPin === '' ? null : fieldError(createCongressInput.shape.chairPin, draft.chairPin),
  };
  const show = (field: keyof typeof errors, value: string) => (submitted || value !== '' ? errors[field] : null);
  const valid = Object.values(errors).every((e) => e === null);

  const create = async () => {
    setSubmitted(true);
    if (!valid || summoned.value === null) return;
    const result = await run('createCongressFile', { fileName, congress: { name: draft.name, kind: draft.kind, summoned: summoned.value, ...(draft.chairPin ? { chairPin: draft.chairPin } : {}) } }, 'Đã tạo hồ sơ đại hội');
    if (result.ok) {
      discard();
      useApp.setState({ screen: 'setup' });
      await load();
    }
  };

  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      aria-label="Tạo hồ sơ đại hội mới"
    >
      <h2>Tạo hồ sơ đại hội mới</h2>
      <TextField label="Tên đại hội" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} error={show('name', draft.name)} placeholder="Đại hội đại biểu Đảng bộ phường … lần thứ …" autoFocus />
      <div className="row">
        <SelectField label="Loại đại hội" value={draft.kind} options={KINDS} onChange={(kind) => setDraft({ ...draft, kind })} />
        <TextField label="Số được triệu tập" value={draft.summoned} inputMode="numeric" onChange={(v) => setDraft({ ...draft, summoned: v })} error={show('summoned', draft.summoned)} hint={summoned.value ? `Trúng cử cần ít nhất ${votesNeeded(congressBase(summoned.value, []))} phiếu (chưa trừ các trường hợp loại trừ)` : undefined} />
      </div>
      <div className="row">
        <TextField label="Tên tệp hồ sơ" value={fileName} onChange={(v) => setDraft({ ...draft, fileName: v, fileNameTouched: true })} error={show('fileName', fileName)} hint="Lưu thành tệp .kiemphieu trong thư mục hồ sơ" />
        <TextField label="Mã PIN của chủ tịch đoàn (mở khóa kết quả)" value={draft.chairPin} type="password" inputMode="numeric" autoComplete="new-password" onChange={(v) => setDraft({ ...draft, chairPin: v })} error={show('chairPin', draft.chairPin)} hint="4–8 chữ số; có thể đặt sau" />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Tạo hồ sơ (Enter)
        </button>
      </div>
    </form>
  );
}

function OpenFiles() {
  const { run, load } = useApp();
  const recent = useQuery('recentFiles', {});
  const folder = useQuery('listCongressFiles', {});
  const [path, setPath] = useState('');
  const open = async (target: string) => {
    const result = await run('openCongressFile', { path: target }, 'Đã mở hồ sơ');
    if (result.ok) {
      useApp.setState({ screen: 'elections' });
      await load();
    }
  };
  const files = [...(recent.data ?? []).map((r) => ({ path: r.path, label: r.congressName, detail: r.path, exists: r.exists })), ...(folder.data ?? []).filter((f) => !(recent.data ?? []).some((r) => r.path === f.path)).map((f) => ({ path: f.path, label: f.fileName, detail: `Sửa lần cuối ${new Date(f.modifiedAt).toLocaleString('vi-VN')}`, exists: true }))];
  return (
    <section className="card" aria-label="Mở hồ sơ đại hội">
      <h2>Mở hồ sơ đại hội</h2>
      {files.length === 0 ? <p className="muted">Chưa có hồ sơ nào.</p> : null}
      <ul className="file-list">
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" disabled={!f.exists} onClick={() => void open(f.path)}>
              <strong>{f.label}</strong>
              <span className="muted">{f.exists ? f.detail : `${f.detail} (không còn tệp này)`}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void open(path.trim());
        }}
      >
        <TextField label="Hoặc mở theo đường dẫn" value={path} onChange={setPath} placeholder="/đường/dẫn/tới/hồ-sơ.kiemphieu" />
        <button type="submit">Mở</button>
      </form>
    </section>
  );
}

/** A congress file (.json) loaded as a new congress file. */
function CongressFileLoad() {
  const { load, notify, station } = useApp();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [newFileName, setNewFileName] = useState('');
  return (
    <form
      className="card"
      aria-label="Nạp tệp đại hội"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!file) return;
        const result = await invoke('createCongressFileFromCongressFile', { content: file.text, newFileName: newFileName.trim() || file.name.replace(/\.json$/i, ''), operator: station.operator });
        if (!result.ok) return notify('error', result.error.message);
        notify('ok', `Đã nạp "${file.name}" thành hồ sơ mới`);
        useApp.setState({ screen: 'elections' });
        await load();
      }}
    >
      <h2>Nạp tệp đại hội (.json)</h2>
      <label className="field">
        <span>Chọn tệp</span>
        <input type="file" accept=".json,application/json" onChange={async (e) => {
          const chosen = e.target.files?.[0];
          if (chosen) setFile({ name: chosen.name, text: await chosen.text() });
        }} />
      </label>
      <TextField label="Tên tệp hồ sơ mới" value={newFileName} onChange={setNewFileName} placeholder={file?.name.replace(/\.json$/i, '') ?? ''} />
      <button type="submit" disabled={!file}>
        Nạp
      </button>
    </form>
  );
}

function CurrentFile() {
  const { workspace, congress, run, load, go, notify } = useApp();
  const [copyName, setCopyName] = useState('');
  if (!workspace?.path || !congress) return null;
  return (
    <section className="card" aria-label="Hồ sơ đang mở">
      <h2>Hồ sơ đang mở</h2>
      <p>
        <strong>{congress.name}</strong>
        <br />
        <span className="muted">{workspace.path}</span>
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => go('elections')}>
          Tiếp tục làm việc
        </button>
        <button
          type="button"
          onClick={async () => {
            await run('closeCongressFile', {});
            await load();
          }}
        >
          Đóng hồ sơ
        </button>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            const result = await invoke('exportWorkbook', { congressId: congress.id });
            if (result.ok) downloadFile(result.value);
            else notify('error', result.error.message);
          }}
        >
          Xuất bảng tính Excel
        </button>
        <button
          type="button"
          onClick={async () => {
            const result = await invoke('exportCongressFile', { congressId: congress.id });
            if (result.ok) downloadFile({ fileName: `${fileNameSlug(congress.name)}.json`, mimeType: 'application/json', data: new TextEncoder().encode(result.value.text) });
            else notify('error', result.error.message);
          }}
        >
          Xuất tệp đại hội (.json)
        </button>
      </div>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!copyName.trim()) return;
          const result = await run('saveCongressCopy', { fileName: copyName.trim() });
          if (result.ok) useApp.getState().notify('ok', `Đã lưu bản sao: ${result.value.path}`);
        }}
      >
        <TextField label="Lưu bản sao với tên" value={copyName} onChange={setCopyName} placeholder={`${workspace.fileName?.replace(/\.kiemphieu$/, '') ?? 'ho-so'}-ban-sao`} />
        <button type="submit">Lưu bản sao</button>
      </form>
    </section>
  );
}

export function HomeScreen() {
  const workspace = useApp((s) => s.workspace);
  const [importing, setImporting] = useState(false);
  if (importing) {
    return (
      <div className="screen home">
        <h1>Nhập từ bảng tính Excel</h1>
        <ExcelImport onDone={() => setImporting(false)} />
      </div>
    );
  }
  return (
    <div className="screen home">
      <h1>Hồ sơ đại hội</h1>
      <p className="muted">Mỗi đại hội là một tệp hồ sơ. Dữ liệu chỉ nằm trong tệp đó, trên máy này; chương trình không cần mạng. Thư mục hồ sơ: {workspace?.documentsDir}</p>
      <div className="columns">
        <div>
          <CurrentFile />
          <NewCongressForm />
          <StationFromSetup />
        </div>
        <div>
          <OpenFiles />
          {workspace?.path && <BackupsPanel />}
          <section className="card">
            <h2>Từ bảng tính có sẵn</h2>
            <p className="muted">Bảng kiểm phiếu cũ, bảng tổng hợp theo tổ, danh sách ứng cử viên, hoặc bảng tính chương trình này đã xuất.</p>
            <button type="button" onClick={() => setImporting(true)}>
              Nhập từ bảng tính Excel…
            </button>
          </section>
          <CongressFileLoad />
        </div>
      </div>
    </div>
  );
}
