import { useEffect, useRef, useState } from 'react';
import { DATE_EXAMPLE, isoDate, numericDate, parseIsoDate, readTypedDate } from '../../shared/format/date';
import { Field } from './Field';

export const DATE_HINT = `ngày/tháng/năm, ví dụ ${DATE_EXAMPLE}`;
export const DATE_PLACEHOLDER = 'nn/tt/nnnn';

/** A stored date ("2025-06-20") as the field shows it ("20/06/2025"); anything else as typed. */
function shownDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? numericDate(date) : value;
}

/**
 * A date typed day first (dd/mm/yyyy) whatever the browser's language. The parent gets the ISO
 * date ("2025-06-20") when what is typed is a real day, '' when the field is empty, and otherwise
 * the text as typed (which no ISO reader accepts) with the reason in Vietnamese, shown once the
 * field is left.
 */
export function DateField({ label, value, onChange, error, hint = DATE_HINT }: { label: string; value: string; onChange(value: string, problem: string | null): void; error?: string | null; hint?: string }) {
  const [text, setText] = useState(() => shownDate(value));
  const [left, setLeft] = useState(true);
  const given = useRef(value);
  useEffect(() => {
    // A value from outside (the saved data, a discarded draft) replaces what was typed.
    if (value !== given.current) {
      given.current = value;
      setText(shownDate(value));
    }
  }, [value]);
  const typed = text.trim() === '' ? null : readTypedDate(text);
  // The reason a typed text is no date waits until the field is left; the parent's, for a real date, does not.
  const shownError = typed?.error ? (left ? typed.error : null) : error;

  const change = (next: string) => {
    setText(next);
    const read = next.trim() === '' ? null : readTypedDate(next);
    const out = read === null ? '' : read.value ? isoDate(read.value) : next;
    given.current = out;
    onChange(out, read?.error ?? null);
  };

  return (
    <Field label={label} error={shownError} hint={hint}>
      {(props) => (
        <input
          {...props}
          type="text"
          className="date-input"
          value={text}
          inputMode="numeric"
          placeholder={DATE_PLACEHOLDER}
          autoComplete="off"
          onChange={(e) => change(e.target.value)}
          onFocus={() => setLeft(false)}
          onBlur={() => {
            setLeft(true);
            if (typed?.value) setText(numericDate(typed.value));
          }}
        />
      )}
    </Field>
  );
}
