import { useState } from 'react';
import { shownMoment } from '../../../shared/format/date';
import { TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { useQuery } from '../../state/use-query';

/** The files worked with lately and those in the documents folder, or a path typed in. */
export function OpenFiles() {
  const { run, load } = useApp();
  const recent = useQuery('recentFiles', {});
  const folder = useQuery('listCongressFiles', {});
  const [path, setPath] = useState('');
  const open = async (target: string) => {
    const result = await run('openCongressFile', { path: target }, 'Đã mở hồ sơ');
    if (result.ok) {
      // From the first screen, the file lands where its work was left (or on its latest open round).
      useApp.setState({ screen: 'home' });
      await load();
    }
  };
  const files = [...(recent.data ?? []).map((r) => ({ path: r.path, label: r.congressName, detail: r.path, exists: r.exists })), ...(folder.data ?? []).filter((f) => !(recent.data ?? []).some((r) => r.path === f.path)).map((f) => ({ path: f.path, label: f.fileName, detail: `Sửa lần cuối ${shownMoment(f.modifiedAt)}`, exists: true }))];
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
