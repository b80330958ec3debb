import { useState } from 'react';
import { fileNameSlug } from '../../../shared/text/slug';
import { invoke } from '../../api/client';
import { downloadFile } from '../../components/download';
import { TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { assemblyWords } from '../../../shared/minutes/wording';

/** The open file: go on, close it, export it, or save a copy. */
export function CurrentFile() {
  const { workspace, congress, run, load, resume, notify } = useApp();
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
        <button type="button" className="primary" onClick={resume}>
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
          Xuất tệp {assemblyWords(congress.kind).body} (.json)
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
