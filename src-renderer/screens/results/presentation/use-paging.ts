import { useCallback, useEffect, useState } from 'react';
import { turnPage } from './layout';

/** How long a page stays before the next one, when the pages turn by themselves. */
export const AUTO_PAGE_SECONDS = 12;

export interface Paging {
  page: number;
  pages: number;
  auto: boolean;
  turn(step: number): void;
  goTo(page: number): void;
  setAuto(auto: boolean): void;
}

/**
 * The page shown: turned by the keys, and by itself every few seconds when there is more than one
 * page (a key turning it starts the wait again). The index is state, not time: the tests turn it by
 * keys, stop the advance, and see it move without measuring how long it takes.
 */
export function usePaging(pages: number): Paging {
  const [page, setPage] = useState(0);
  const [auto, setAuto] = useState(true);
  const [turns, setTurns] = useState(0);
  const last = Math.max(1, pages);
  const shown = Math.min(page, last - 1);

  useEffect(() => {
    if (!auto || last <= 1) return;
    const timer = setInterval(() => setPage((p) => turnPage(Math.min(p, last - 1), last, 1, true)), AUTO_PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [auto, last, turns]);

  const turn = useCallback((step: number) => {
    setPage((p) => turnPage(Math.min(p, last - 1), last, step));
    setTurns((t) => t + 1);
  }, [last]);
  const goTo = useCallback((target: number) => {
    setPage(Math.min(Math.max(0, target), last - 1));
    setTurns((t) => t + 1);
  }, [last]);
  return { page: shown, pages: last, auto, turn, goTo, setAuto };
}

/** The keys of the presentation: Page Down, the right and down arrows forward; Page Up, left and up back; Home and End. */
export function pagingKey(key: string, paging: Paging): boolean {
  if (key === 'PageDown' || key === 'ArrowDown' || key === 'ArrowRight') paging.turn(1);
  else if (key === 'PageUp' || key === 'ArrowUp' || key === 'ArrowLeft') paging.turn(-1);
  else if (key === 'Home') paging.goTo(0);
  else if (key === 'End') paging.goTo(paging.pages - 1);
  else return false;
  return true;
}
