/**
 * Where the work on a congress file was left: the screen and the election (round) last used, so that
 * reopening the file lands there (issue 11, finding 8). Kept in the renderer's storage keyed by the
 * file's path, like the station: it is this machine's place in the work, not part of the record, so
 * it never writes into the congress file (whose changes are audited and hash-chained) and needs no
 * migration. A file moved, or storage cleared, lands on the latest open round instead.
 */
export type Screen = 'home' | 'setup' | 'elections' | 'entry' | 'totals' | 'results' | 'audit' | 'teams' | 'double' | 'scan';

export interface Place {
  screen: Exclude<Screen, 'home'>;
  electionId: number | null;
}

interface ElectionLike {
  id: number;
  status: 'open' | 'locked' | 'paused';
  voided: boolean;
  /** The round this one continues (a tie-break or further round), or null. */
  continuesId: number | null;
}

const PLACE_KEY = 'kiem-phieu.place';
const PLACE_SCREENS: readonly Place['screen'][] = ['setup', 'elections', 'entry', 'totals', 'results', 'audit', 'teams', 'double', 'scan'];

/**
 * With nothing stored: the latest round still open, never a locked one nor one a later round
 * continues (its ballot box is closed) when an open one exists; else the latest round that stands.
 */
export function latestOpenElection(elections: readonly ElectionLike[]): number | null {
  const standing = elections.filter((e) => !e.voided);
  const continued = new Set(standing.map((e) => e.continuesId));
  const last = standing.filter((e) => !continued.has(e.id));
  const open = last.filter((e) => e.status === 'open');
  return (open.at(-1) ?? last.at(-1) ?? standing.at(-1) ?? elections.at(-1))?.id ?? null;
}

/** Where a file opens: the stored place when its election still exists; else the latest open round, on the elections screen (the setup when there is none). */
export function landing(elections: readonly ElectionLike[], stored: Place | null): Place {
  const fallback = latestOpenElection(elections);
  if (stored && PLACE_SCREENS.includes(stored.screen)) {
    const exists = stored.electionId !== null && elections.some((e) => e.id === stored.electionId);
    return { screen: stored.screen, electionId: exists ? stored.electionId : fallback };
  }
  return { screen: elections.length === 0 ? 'setup' : 'elections', electionId: fallback };
}

export function loadPlace(path: string | null): Place | null {
  if (!path) return null;
  try {
    const saved = JSON.parse(localStorage.getItem(`${PLACE_KEY}:${path}`) ?? 'null') as Partial<Place> | null;
    if (!saved || typeof saved.screen !== 'string' || !PLACE_SCREENS.includes(saved.screen)) return null;
    return { screen: saved.screen, electionId: typeof saved.electionId === 'number' ? saved.electionId : null };
  } catch {
    return null;
  }
}

export function savePlace(path: string | null | undefined, screen: Screen, electionId: number | null): void {
  if (!path || screen === 'home') return;
  try {
    localStorage.setItem(`${PLACE_KEY}:${path}`, JSON.stringify({ screen, electionId }));
  } catch {
    // Storage full or refused: the file then opens on the latest open round.
  }
}
