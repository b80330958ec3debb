import type { ExcelPreview } from '../../../shared/api/excel-preview';
import { CONGRESS_KIND_LABELS, CONGRESS_KINDS, type CongressKind } from '../../../shared/domain';
import { LongTextField, TextField } from '../../components/Field';
import { parseWhole } from '../../state/validate';
import type { Corrections } from './corrections';

/** The congress as read from the workbook (name, kind, number summoned), each correctable. */
export function CongressCorrections({ preview, corrections, onChange }: { preview: ExcelPreview; corrections: Corrections; onChange(next: Corrections): void }) {
  return (
    <div className="row">
      <LongTextField label="Tên đại hội" value={corrections.congressName || preview.congress.name.value} onChange={(v) => onChange({ ...corrections, congressName: v })} hint={`Đọc được từ: ${preview.congress.name.source}`} />
      <label className="field">
        <span>Loại đại hội</span>
        <select value={corrections.kind || preview.congress.kind.value} onChange={(e) => onChange({ ...corrections, kind: e.target.value as CongressKind })}>
          {CONGRESS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CONGRESS_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Số được triệu tập (cơ sở tính kết quả)" value={corrections.summoned || (preview.congress.summoned.value === null ? '' : String(preview.congress.summoned.value))} inputMode="numeric" onChange={(v) => onChange({ ...corrections, summoned: v })} error={parseWhole(corrections.summoned).error} hint={preview.congress.summoned.value === null ? 'Bảng tính không ghi: hãy nhập' : `Đọc được từ: ${preview.congress.summoned.source}`} />
    </div>
  );
}
