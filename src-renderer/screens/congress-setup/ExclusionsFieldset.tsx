import { useEffect, useRef, useState } from 'react';
import { EXCLUSION_REASONS, type CongressKind } from '../../../shared/domain';
import { votesNeeded } from '../../../shared/rules/threshold';
import { Field, LongTextField, TextField } from '../../components/Field';
import type { CongressDraft } from './congress-draft';

const OTHER_REASON = '';

interface Props {
  kind: CongressKind;
  exclusions: CongressDraft['exclusions'];
  errors: { reason: string | null; count: string | null }[];
  base: number | null;
  baseError: string | null;
  onChange(exclusions: CongressDraft['exclusions']): void;
}

/**
 * Those taken off the number summoned, and the base of the results it leaves (RULES R2): the
 * reasons the regulation names for this kind of congress are offered, any other may be typed.
 * A reason wraps in its box, however long.
 */
export function ExclusionsFieldset({ kind, exclusions, errors, base, baseError, onChange }: Props) {
  const offered = EXCLUSION_REASONS[kind];
  const [choice, setChoice] = useState<string>(offered[0] ?? OTHER_REASON);
  const chosen = choice === OTHER_REASON || offered.includes(choice) ? choice : (offered[0] ?? OTHER_REASON);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    fieldset.current?.querySelector<HTMLElement>(`[data-box="${focusNext}"]`)?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const add = () => {
    onChange([...exclusions, { reason: chosen, count: '' }]);
    // The new line's first box to fill: the count for a reason chosen, the reason for another.
    setFocusNext(`${exclusions.length}-${chosen === OTHER_REASON ? 'reason' : 'count'}`);
  };
  const update = (i: number, change: Partial<CongressDraft['exclusions'][number]>) => onChange(exclusions.map((x, j) => (j === i ? { ...x, ...change } : x)));

  return (
    <fieldset className="exclusions" ref={fieldset}>
      <legend>Trừ khỏi số được triệu tập</legend>
      {exclusions.map((e, i) => (
        <div className="row exclusion" key={i}>
          <LongTextField label={`Lý do ${i + 1}`} data-box={`${i}-reason`} value={e.reason} onChange={(reason) => update(i, { reason })} error={errors[i]?.reason} />
          <TextField label="Số người" data-box={`${i}-count`} value={e.count} inputMode="numeric" onChange={(v) => update(i, { count: v })} error={errors[i]?.count} />
          <button type="button" className="icon" aria-label={`Xóa lý do ${i + 1}`} onClick={() => onChange(exclusions.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <div className="exclusion-add">
        <Field label="Lý do theo Quy chế bầu cử">
          {(props) => (
            <select {...props} value={chosen} onChange={(event) => setChoice(event.target.value)}>
              {offered.map((reason) => (
                <option key={reason} value={reason}>
                  {reason}
                </option>
              ))}
              <option value={OTHER_REASON}>Lý do khác (tự ghi)</option>
            </select>
          )}
        </Field>
        <button type="button" onClick={add}>
          + Thêm trường hợp loại trừ
        </button>
      </div>
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
