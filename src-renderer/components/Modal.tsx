import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A dialog that takes the focus, closes on Esc, and gives the focus back when it closes. The focus
 * goes to a field marked data-autofocus (a reason), else stays where a field's autoFocus put it (a
 * PIN), else to the safe button (DialogActions), else to the first control.
 */
export function Modal({ title, children, onClose, wide, className }: { title: string; children: ReactNode; onClose(): void; wide?: boolean; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Read while rendering, before a field's autoFocus moves the focus into the dialog.
  const previous = useRef(document.activeElement as HTMLElement | null);
  useEffect(() => {
    const dialog = ref.current;
    const field = dialog?.querySelector<HTMLElement>('input[data-autofocus], select[data-autofocus], textarea[data-autofocus]');
    if (field) field.focus();
    else if (!dialog?.contains(document.activeElement)) (dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
    const before = previous.current;
    return () => {
      // Only when the dialog is gone (StrictMode runs this on a dialog still on screen), and unless
      // the focus went on elsewhere meanwhile (the ballot box taking a key typed in the dialog).
      if (dialog?.isConnected) return;
      const now = document.activeElement;
      if (now === null || now === document.body || dialog?.contains(now)) before?.focus();
    };
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`modal${wide ? ' modal-wide' : ''}${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/**
 * Asks before a step: both buttons say what they do ("Không hủy" / "Hủy phiếu số 17"), the safe
 * one has the focus (a field marked data-autofocus, such as a reason, takes it first), and Esc,
 * a click outside or the safe button never take the step (issue 18, item 5).
 */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, danger, onConfirm, onCancel, children }: { title: string; message: ReactNode; confirmLabel: string; cancelLabel: string; danger?: boolean; onConfirm(): void; onCancel(): void; children?: ReactNode }) {
  return (
    <Modal title={title} onClose={onCancel}>
      <div className="modal-body">{message}</div>
      {children}
      <DialogActions cancelLabel={cancelLabel} onCancel={onCancel}>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </DialogActions>
    </Modal>
  );
}

/** The buttons of a dialog: the safe one first, saying what it keeps, with Esc beside it; then the step itself. */
export function DialogActions({ cancelLabel, onCancel, children }: { cancelLabel: string; onCancel(): void; children: ReactNode }) {
  return (
    <div className="modal-actions">
      <button type="button" className="safe" data-autofocus onClick={onCancel}>
        {cancelLabel} <kbd>Esc</kbd>
      </button>
      {children}
    </div>
  );
}
