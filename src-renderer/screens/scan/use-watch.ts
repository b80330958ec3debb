import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScanFolderResult, ScanList } from '../../../shared/api/scan-views';
import { invoke } from '../../api/client';

/** How often the folder is looked at while watching. */
const POLL_MS = 3000;

export interface Watch {
  watching: boolean;
  /** Images found and not yet read (the folder is read a few at a time). */
  remaining: number;
  duplicates: ScanFolderResult['duplicates'];
  /** Files of the folder that are never read, with why. */
  skipped: ScanFolderResult['skipped'];
  error: string | null;
  list: ScanList | null;
  start(): void;
  stop(): void;
}

/**
 * Watching a folder: the server reads the images not yet taken (`scanFolder`) every few seconds,
 * and at once again while some are left; one look at a time. An error (a missing folder, a locked
 * election) stops the watch and is said.
 */
export function useWatch(electionId: number, folder: string, station: { operator: string; teamId: number | null }, onTaken: () => void): Watch {
  const [watching, setWatching] = useState(false);
  const [remaining, setRemaining] = useState(0);
  const [duplicates, setDuplicates] = useState<ScanFolderResult['duplicates']>([]);
  const [skipped, setSkipped] = useState<ScanFolderResult['skipped']>([]);
  const [error, setError] = useState<string | null>(null);
  const [list, setList] = useState<ScanList | null>(null);
  const looking = useRef(false);
  const alive = useRef(true);

  const look = useCallback(async (): Promise<boolean> => {
    if (looking.current) return true;
    looking.current = true;
    try {
      const result = await invoke('scanFolder', { electionId, folder, operator: station.operator, teamId: station.teamId });
      if (!alive.current) return false;
      if (!result.ok) {
        setError(result.error.message);
        setWatching(false);
        return false;
      }
      setError(null);
      setRemaining(result.value.remaining);
      setList(result.value.list);
      if (result.value.duplicates.length > 0) setDuplicates((seen) => [...seen, ...result.value.duplicates.filter((d) => !seen.some((s) => s.image === d.image))]);
      setSkipped(result.value.skipped);
      if (result.value.taken.length > 0) onTaken();
      return result.value.remaining > 0;
    } finally {
      looking.current = false;
    }
  }, [electionId, folder, station.operator, station.teamId, onTaken]);

  useEffect(() => {
    alive.current = true;
    if (!watching) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const loop = async () => {
      const more = await look();
      if (alive.current) timer = setTimeout(() => void loop(), more ? 0 : POLL_MS);
    };
    void loop();
    return () => {
      alive.current = false;
      if (timer) clearTimeout(timer);
    };
  }, [watching, look]);

  return {
    watching, remaining, duplicates, skipped, error, list,
    start: () => {
      setError(null);
      setWatching(true);
    },
    stop: () => setWatching(false),
  };
}
