import { useState } from 'react';
import type { CandidateView } from '../../api/types';
import { TextField } from '../../components/Field';
import { useApp } from '../../state/app-store';
import { parseWhole } from '../../state/validate';

export function EditCandidate({ candidate, onDone }: { candidate: CandidateView; onDone(): void }) {
  const run = useApp((s) => s.run);
  const [name, setName] = useState(candidate.name);
  const [year, setYear] = useState(candidate.birthYear === null ? '' : String(candidate.birthYear));
  const [position, setPosition] = useState(candidate.position ?? '');
  const birth = parseWhole(year);
  return (
    <form
      className="card inline-edit"
      aria-label={`Sửa ${candidate.name}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (birth.error || name.trim() === '') return;
        const result = await run('updateCandidate', { candidateId: candidate.id, name, birthYear: birth.value, position: position || null }, 'Đã sửa');
        if (result.ok) onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <div className="row">
        <TextField label="Họ và tên" value={name} onChange={setName} autoFocus error={name.trim() === '' ? 'không được để trống' : null} />
        <TextField label="Năm sinh" value={year} inputMode="numeric" onChange={setYear} error={birth.error} />
        <TextField label="Chức vụ, đơn vị" value={position} onChange={setPosition} />
      </div>
      <div className="actions">
        <button type="button" onClick={onDone}>
          Không sửa <kbd>Esc</kbd>
        </button>
        <button type="submit" className="primary">
          Lưu thay đổi
        </button>
      </div>
    </form>
  );
}
