import { useEffect, useRef, type ReactNode } from 'react';

/** A dialog that takes the focus, closes on Esc, and gives the focus back when it closes. */
export function Modal({ title, children, onClose, wide, className }: { title: string; children: ReactNode; onClose(): void; wide?: boolean; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => previous?.focus();
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

/** Asks before a step that cannot be taken back. Enter confirms, Esc cancels. */
export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onCancel, children }: { title: string; message: ReactNode; confirmLabel: string; danger?: boolean; onConfirm(): void; onCancel(): void; children?: ReactNode }) {
  return (
    <Modal title={title} onClose={onCancel}>
      <div className="modal-body">{message}</div>
      {children}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Hủy (Esc)
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} data-autofocus onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
