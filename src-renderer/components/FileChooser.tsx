import { useId, useRef } from 'react';

export const NO_FILE_CHOSEN = 'Chưa chọn tệp';

/**
 * A file chooser in Vietnamese: the browser's own button speaks the browser's language ("Choose
 * File", "No file chosen"), so it is hidden and opened by a button of ours, beside the names of
 * the files chosen. The hidden input keeps the label, for the keyboard-less ways in (tests set
 * its files).
 */
export function FileChooser({ label, accept, multiple = false, chosen, onChoose, autoFocus = false }: { label: string; accept: string; multiple?: boolean; chosen: readonly string[]; onChoose(files: File[]): void; autoFocus?: boolean }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field file-chooser">
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="file-chooser-row">
        <button type="button" autoFocus={autoFocus} aria-describedby={`${id}-label ${id}-chosen`} onClick={() => input.current?.click()}>
          {multiple ? 'Chọn các tệp…' : 'Chọn tệp…'}
        </button>
        <span id={`${id}-chosen`} className={chosen.length > 0 ? 'file-chosen' : 'file-chosen muted'}>
          {chosen.length === 0 ? NO_FILE_CHOSEN : chosen.length === 1 ? chosen[0] : `${chosen.length} tệp: ${chosen.join(', ')}`}
        </span>
      </div>
      <input
        ref={input}
        id={`${id}-input`}
        type="file"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared, so that choosing the same file again (corrected meanwhile) reads it again.
          e.target.value = '';
          if (files.length > 0) onChoose(files);
        }}
      />
    </div>
  );
}
