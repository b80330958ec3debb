/** A field that takes typing itself: a key typed there stays there. */
export const TAKES_TYPING = 'input, select, textarea, [contenteditable="true"]';

/**
 * The ballot box again once a dialog of the entry screen has closed (the dialog first gives the
 * focus back to what opened it), unless a field took it meanwhile: keys typed right after the
 * dialog closed (a ruling, then its reason in the note field) stay where they went.
 */
export function refocusBallotBoxSoon(box: () => HTMLElement | null): void {
  const closing = dialogOf(document.activeElement);
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.matches(TAKES_TYPING) && !active.closest('[role="dialog"]')) return;
    // Another dialog opened meanwhile (F4 pressed right after a dialog closed): it keeps the keyboard.
    const open = dialogOf(active);
    if (open !== null && open !== closing && open.isConnected) return;
    box()?.focus();
  });
}

function dialogOf(element: Element | null): Element | null {
  return element instanceof HTMLElement ? element.closest('[role="dialog"]') : null;
}
