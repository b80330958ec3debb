import { useState } from 'react';
import { OFFICE_LABELS, OFFICES, type Office } from '../../../shared/domain';
import { LongTextField, SelectField, TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { requiredWhole } from '../../state/validate';
import { SEATS_LABEL } from '../../../shared/minutes/figures';

const OFFICE_OPTIONS: { value: Office; label: string }[] = OFFICES.map((o) => ({ value: o, label: OFFICE_LABELS[o] }));

export function NewElection({ congressId }: { congressId: number }) {
  const { run, selectElection } = useApp();
  const [office, setOffice] = useState<Office>('cap_uy');
  const [seats, setSeats] = useState('');
  const [title, setTitle] = useState('');
  const parsed = requiredWhole(seats, 1);
  return (
    <form
      className="card"
      aria-label="Thêm cuộc bầu"
      onSubmit={async (e) => {
        e.preventDefault();
        if (parsed.value === null) return;
        const result = await run('createElection', { congressId, office, seats: parsed.value, ...(title.trim() ? { title } : {}) }, 'Đã thêm cuộc bầu');
        if (result.ok) {
          selectElection(result.value.electionId);
          setSeats('');
          setTitle('');
        }
      }}
    >
      <h2>Thêm cuộc bầu</h2>
      <SelectField<Office> label="Bầu" value={office} options={OFFICE_OPTIONS} onChange={setOffice} />
      <TextField label={SEATS_LABEL} value={seats} inputMode="numeric" onChange={setSeats} error={seats === '' ? null : parsed.error} />
      <LongTextField label="Tiêu đề (không bắt buộc)" value={title} onChange={setTitle} placeholder={`Bầu ${OFFICE_LABELS[office]} khóa …`} />
      <button type="submit" className="primary" disabled={parsed.value === null}>
        Thêm
      </button>
    </form>
  );
}
