import { useState } from 'react';
import { invoke } from '../../api/client';
import { TextField } from '../../components/Field';
import { FileChooser } from '../../components/FileChooser';
import { useApp } from '../../state/app-store';

/** A congress file (.json) loaded as a new congress file. */
export function CongressFileLoad() {
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
      <FileChooser
        label="Tệp đại hội (.json)"
        accept=".json,application/json"
        chosen={file ? [file.name] : []}
        onChoose={async ([chosen]) => {
          if (chosen) setFile({ name: chosen.name, text: await chosen.text() });
        }}
      />
      <TextField label="Tên tệp hồ sơ mới" value={newFileName} onChange={setNewFileName} placeholder={file?.name.replace(/\.json$/i, '') ?? ''} />
      <button type="submit" disabled={!file}>
        Nạp
      </button>
    </form>
  );
}
