import { create } from 'zustand';
import type { Result } from '../../shared/result';
import { invoke, type ApiMethod, type MethodInput, type MethodOutput } from '../api/client';
import type { CongressView, WorkspaceInfo } from '../api/types';
import { landing, loadPlace, savePlace, type Screen } from './work-place';

export type { Screen } from './work-place';

export interface Toast {
  id: number;
  kind: 'ok' | 'error' | 'info';
  text: string;
}

/**
 * Who is entering, at which team: remembered for the open file (offered again next time), and
 * confirmed once per session in its own step before any ballot is typed (issue 11, finding 1).
 */
export interface Station {
  operator: string;
  teamId: number | null;
}

interface AppState {
  workspace: WorkspaceInfo | null;
  congress: CongressView | null;
  screen: Screen;
  electionId: number | null;
  station: Station;
  /** The operator confirmed who enters for which team in this session (the entry screen asks first). */
  stationConfirmed: boolean;
  /** Bumped after every change, so that every view showing data fetches it again. */
  version: number;
  toasts: Toast[];
  load(): Promise<void>;
  refresh(): Promise<void>;
  go(screen: Screen): void;
  /** Back to where the work on the open file was left (from the first screen). */
  resume(): void;
  selectElection(electionId: number | null): void;
  setStation(station: Partial<Station>): void;
  /** The step before entry: who enters, for which team; from now on in this session. */
  confirmStation(station: Station): void;
  notify(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
  /** Calls a method; a failure is shown to the user; a success refreshes the views. */
  run<M extends ApiMethod>(method: M, input: MethodInput<M>, success?: string): Promise<Result<MethodOutput<M>>>;
}

const STATION_KEY = 'kiem-phieu.station';
let toastIds = 0;

function stationKey(path: string | null): string {
  return `${STATION_KEY}:${path ?? ''}`;
}

function loadStation(path: string | null): Station {
  try {
    const saved = JSON.parse(localStorage.getItem(stationKey(path)) ?? 'null') as Station | null;
    return saved ?? { operator: '', teamId: null };
  } catch {
    return { operator: '', teamId: null };
  }
}

export const useApp = create<AppState>((set, get) => ({
  workspace: null,
  congress: null,
  screen: 'home',
  electionId: null,
  station: { operator: '', teamId: null },
  stationConfirmed: false,
  version: 0,
  toasts: [],

  async load() {
    const info = await invoke('workspaceInfo');
    if (!info.ok) return get().notify('error', info.error.message);
    const workspace = info.value;
    if (workspace.congressId === null) {
      set({ workspace, congress: null, screen: 'home', electionId: null });
      return;
    }
    const congress = await invoke('getCongress', { congressId: workspace.congressId });
    if (!congress.ok) return get().notify('error', congress.error.message);
    const sameFile = get().workspace?.path === workspace.path;
    const keep = sameFile && congress.value.elections.some((e) => e.id === get().electionId);
    // Opened from the first screen: where the work on this file was left (finding 8); a caller that chose a screen keeps it.
    const place = landing(congress.value.elections, loadPlace(workspace.path));
    const screen = get().screen === 'home' ? place.screen : get().screen;
    const electionId = keep ? get().electionId : place.electionId;
    set({
      workspace,
      congress: congress.value,
      station: loadStation(workspace.path),
      stationConfirmed: sameFile && get().stationConfirmed,
      electionId,
      screen,
      version: get().version + 1,
    });
    savePlace(workspace.path, screen, electionId);
  },

  async refresh() {
    const congressId = get().workspace?.congressId;
    if (congressId == null) return;
    const congress = await invoke('getCongress', { congressId });
    if (congress.ok) set({ congress: congress.value, version: get().version + 1 });
  },

  go(screen) {
    set({ screen });
    savePlace(get().workspace?.path, screen, get().electionId);
  },

  resume() {
    const congress = get().congress;
    if (!congress) return;
    const place = landing(congress.elections, loadPlace(get().workspace?.path ?? null));
    const electionId = congress.elections.some((e) => e.id === get().electionId) ? get().electionId : place.electionId;
    set({ screen: place.screen, electionId });
  },

  selectElection(electionId) {
    set({ electionId });
    savePlace(get().workspace?.path, get().screen, electionId);
  },

  setStation(station) {
    const next = { ...get().station, ...station };
    localStorage.setItem(stationKey(get().workspace?.path ?? null), JSON.stringify(next));
    set({ station: next });
  },

  confirmStation(station) {
    get().setStation(station);
    set({ stationConfirmed: true });
  },

  notify(kind, text) {
    const id = ++toastIds;
    // A success replaces the one before it and errors stay (three at most), so the corner they share covers little.
    const kept = get().toasts.filter((t) => t.kind === 'error');
    set({ toasts: [...kept, { id, kind, text }].slice(-3) });
    setTimeout(() => get().dismiss(id), kind === 'error' ? 9000 : 4000);
  },

  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },

  async run(method, input, success) {
    const result = await (invoke as (m: ApiMethod, i: unknown) => Promise<Result<MethodOutput<typeof method>>>)(method, input);
    if (!result.ok) {
      get().notify('error', result.error.message);
      return result;
    }
    if (success) get().notify('ok', success);
    await get().refresh();
    return result;
  },
}));
