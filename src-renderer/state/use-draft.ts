import { useEffect, useState } from 'react';

const PREFIX = 'kiem-phieu.draft:';

/**
 * Form state that survives a restart. Until the user changes something the form shows the saved
 * data (and follows it when it changes); a change becomes a draft kept in localStorage under a key
 * naming the file and the form, until it is saved or discarded.
 */
export function useDraft<T>(key: string, saved: () => T): [T, (next: T) => void, () => void] {
  const storageKey = `${PREFIX}${key}`;
  const [draft, setDraftState] = useState<T | null>(() => {
    try {
      const stored = localStorage.getItem(storageKey);
      return stored === null ? null : (JSON.parse(stored) as T);
    } catch {
      return null;
    }
  });
  const savedValue = saved();
  const savedJson = JSON.stringify(savedValue);

  useEffect(() => {
    if (draft === null || JSON.stringify(draft) === savedJson) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [storageKey, draft, savedJson]);

  const setDraft = (next: T) => setDraftState(JSON.stringify(next) === savedJson ? null : next);
  const discard = () => {
    localStorage.removeItem(storageKey);
    setDraftState(null);
  };
  return [draft ?? savedValue, setDraft, discard];
}
