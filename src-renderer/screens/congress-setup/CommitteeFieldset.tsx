import { TextField } from '../../components/Field';
import type { CongressDraft } from './congress-draft';

const ROLES = ['Trưởng ban', 'Phó Trưởng ban', 'Thành viên', 'Thư ký'];

/** The counting committee (Ban kiểm phiếu), named in the minutes. */
export function CommitteeFieldset({ committee, errors, onChange }: { committee: CongressDraft['committee']; errors: (string | null)[]; onChange(committee: CongressDraft['committee']): void }) {
  return (
    <fieldset>
      <legend>Ban kiểm phiếu</legend>
      <datalist id="committee-roles">
        {ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {committee.map((m, i) => (
        <div className="row" key={i}>
          <TextField label={`Họ và tên ${i + 1}`} value={m.name} onChange={(v) => onChange(committee.map((x, j) => (j === i ? { ...x, name: v } : x)))} error={errors[i]} />
          <TextField label="Chức danh" value={m.role} list="committee-roles" onChange={(v) => onChange(committee.map((x, j) => (j === i ? { ...x, role: v } : x)))} />
          <button type="button" className="icon" aria-label={`Xóa thành viên ${i + 1}`} onClick={() => onChange(committee.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...committee, { name: '', role: committee.length === 0 ? 'Trưởng ban' : 'Thành viên' }])}>
        + Thêm thành viên
      </button>
    </fieldset>
  );
}
