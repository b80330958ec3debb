import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

/** A labelled input whose message (a validation error, in Vietnamese) sits under it, announced. */
export function Field({ label, error, hint, children }: { label: string; error?: string | null; hint?: ReactNode; children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string }) => ReactNode }) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': messageId })}
      <div id={messageId} className="field-message" role={error ? 'alert' : undefined}>
        {error ?? hint ?? ''}
      </div>
    </div>
  );
}

export function TextField({ label, value, onChange, error, hint, ...rest }: { label: string; value: string; onChange(value: string): void; error?: string | null; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => <input {...rest} {...props} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/**
 * A line of text that may be long (a congress's name, a title, a reason): it wraps onto more lines
 * instead of being cut, and behaves as a line: Enter submits the form, a pasted line break is a space.
 */
export function LongTextField({ label, value, onChange, error, hint, ...rest }: { label: string; value: string; onChange(value: string): void; error?: string | null; hint?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => (
        <textarea
          {...rest}
          {...props}
          className="long-text"
          rows={1}
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\r?\n/g, ' '))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, error }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void; error?: string | null }) {
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
