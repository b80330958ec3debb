import { useEffect, type RefObject } from 'react';
import { TAKES_TYPING } from '../../components/ballot-box-focus';


/**
 * The ballot box owns the keyboard on the entry screen (issue 11, finding 1; issue 18, item 2): a
 * key typed while no other field has the focus (after a click on the page, a button of the screen
 * or of the header, a toast, a closed dialog) goes to the ballot box instead of being lost or
 * taken by the control, a space too. The screen has no other field outside its dialogs (the
 * header names the election with a button, EntryElectionSwitch), so nothing else takes typing.
 */
export function useBallotBoxOwnsKeys(box: RefObject<HTMLInputElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1) return;
      const active = document.activeElement;
      if (active instanceof HTMLElement && (active.matches(TAKES_TYPING) || active.closest('[role="dialog"]'))) return;
      // Moved before the key is typed, the character lands in the box.
      box.current?.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [box, enabled]);
}

/** The keys of the entry screen that work wherever the focus is on it (not inside a dialog): F2, Ctrl+F, F3. */
export function useEntryScreenKeys(actions: { changeStation(): void; find(): void }, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (document.activeElement instanceof HTMLElement && document.activeElement.closest('[role="dialog"]')) return;
      const action = e.key === 'F2' ? actions.changeStation : (e.ctrlKey && e.key.toLowerCase() === 'f') || e.key === 'F3' ? actions.find : null;
      if (action === null) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
}
