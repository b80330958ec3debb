import { useState } from 'react';
import { createBatchInput } from '../../../shared/api/teams-inputs';
import type { ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { TeamSelect } from '../../components/TeamSelect';
import { useApp } from '../../state/app-store';
import { fieldError, requiredWhole } from '../../state/validate';

export function NewBatchForm({ election, onCreated }: { election: ElectionView; onCreated(id: number): void }) {
  const { run, station } = useApp();
  const [label, setLabel] = useState('');
  const [size, setSize] = useState('');
  const [teamId, setTeamId] = useState<number | null>(station.teamId);
  const [touched, setTouched] = useState(false);
  const sizeParsed = requiredWhole(size, 1);
  const errors = { label: fieldError(createBatchInput.shape.label, label), size: sizeParsed.error ?? (sizeParsed.value !== null ? fieldError(createBatchInput.shape.size, sizeParsed.value) : null) };
  return (
    <form
      className="card"
      aria-label="Tạo chồng phiếu"
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (errors.label || errors.size || sizeParsed.value === null) return;
        const created = await run('createBatch', { electionId: election.id, teamId, label, size: sizeParsed.value, operator: station.operator }, `Đã tạo chồng phiếu "${label}"`);
        if (created.ok) {
          onCreated(created.value.batchId);
          setLabel('');
          setSize('');
          setTouched(false);
        }
      }}
    >
      <h2>Tạo chồng phiếu nhập đối chứng</h2>
      <TextField label="Tên chồng phiếu" value={label} onChange={setLabel} error={touched || label ? errors.label : null} placeholder="Tổ 1 - chồng 1" />
      <TextField label="Số phiếu trong chồng" value={size} inputMode="numeric" onChange={setSize} error={touched || size ? errors.size : null} />
      <TeamSelect label="Tổ" teams={election.teams} value={teamId} onChange={setTeamId} />
      <button type="submit" className="primary">
        Tạo chồng phiếu
      </button>
    </form>
  );
}
