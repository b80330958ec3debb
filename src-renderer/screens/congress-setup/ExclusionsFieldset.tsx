import type { CongressKind } from '../../../shared/domain';
import { votesNeeded } from '../../../shared/rules/threshold';
import { TextField } from '../../components/Field';
import type { CongressDraft } from './congress-draft';

/** RULES R2: the usual reasons, offered while typing (any other reason may be typed). */
const EXCLUSION_REASONS: Record<CongressKind, string[]> = {
  members: [
    'Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác',
    'Đảng viên được miễn công tác và sinh hoạt đảng không có mặt ở đại hội',
    'Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam',
    'Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý',
  ],
  delegates: ['Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội', 'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế'],
};

interface Props {
  kind: CongressKind;
  exclusions: CongressDraft['exclusions'];
  errors: { reason: string | null; count: string | null }[];
  base: number | null;
  baseError: string | null;
  onChange(exclusions: CongressDraft['exclusions']): void;
}

/** Those taken off the number summoned, and the base of the results it leaves (RULES R2). */
export function ExclusionsFieldset({ kind, exclusions, errors, base, baseError, onChange }: Props) {
  return (
    <fieldset>
      <legend>Trừ khỏi số triệu tập (RULES R2)</legend>
      <datalist id="exclusion-reasons">
        {EXCLUSION_REASONS[kind].map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {exclusions.map((e, i) => (
        <div className="row exclusion" key={i}>
          <TextField label={`Lý do ${i + 1}`} value={e.reason} list="exclusion-reasons" onChange={(v) => onChange(exclusions.map((x, j) => (j === i ? { ...x, reason: v } : x)))} error={errors[i]?.reason} />
          <TextField label="Số người" value={e.count} inputMode="numeric" onChange={(v) => onChange(exclusions.map((x, j) => (j === i ? { ...x, count: v } : x)))} error={errors[i]?.count} />
          <button type="button" className="icon" aria-label={`Xóa lý do ${i + 1}`} onClick={() => onChange(exclusions.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...exclusions, { reason: '', count: '' }])}>
        + Thêm trường hợp loại trừ
      </button>
      <div className={`base-line${baseError ? ' field-error' : ''}`} role="status">
        {base !== null && base > 0 ? (
          <>
            Số cơ sở tính kết quả: <strong>{base}</strong>. Trúng cử cần ít nhất <strong>{votesNeeded(base)}</strong> phiếu (quá một nửa).
          </>
        ) : (
          (baseError ?? 'Nhập số được triệu tập để tính số cơ sở.')
        )}
      </div>
    </fieldset>
  );
}
