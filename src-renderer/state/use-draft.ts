import { useEffect, useRef, useState } from 'react';

const PREFIX = 'kiem-phieu.draft:';

/**
 * Form state that survives a restart: what the user typed and has not saved is kept in
 * localStorage under a key naming the file and the form. While the form holds no change of its
 * own it follows the saved data (after a save, or a change made elsewhere).
 */
export function useDraft<T>(key: string, initial: () => T): [T, (next: T) => void, () => void] {
  const storageKey = `${PREFIX}${key}`;
  const initialJson = JSON.stringify(initial());
  const [value, setValue] = useState<T>(() => {
    const saved = localStorage.getItem(storageKey);
    if (saved === null) return JSON.parse(initialJson) as T;
    try {
      return JSON.parse(saved) as T;
    } catch {
      return JSON.parse(initialJson) as T;
    }
  });
  const lastInitial = useRef(initialJson);

  useEffect(() => {
    const valueJson = JSON.stringify(value);
    if (initialJson !== lastInitial.current && valueJson === lastInitial.current) {
      lastInitial.current = initialJson;
      setValue(JSON.parse(initialJson) as T);
      return;
    }
    lastInitial.current = initialJson;
    if (valueJson === initialJson) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, valueJson);
  }, [storageKey, value, initialJson]);

  const discard = () => {
    localStorage.removeItem(storageKey);
    setValue(JSON.parse(initialJson) as T);
  };
  return [value, setValue, discard];
}
