import type { Verdict } from '../../../shared/rules/validity';
import { invoke } from '../../api/client';
import type { BallotView } from '../../api/types';

/** A paper as "Phiếu vừa nhập" shows it. */
export interface EnteredBallot {
  ballotId: number;
  number: number;
  lastNumber: number;
  verdict: Verdict;
  /** What it says: the names struck or kept, or the marks (ballot-words.ts). */
  words: string;
  /** Counted; undone by Ctrl+Z; or voided later (Ctrl+F, Delete): its numbers stay taken either way. */
  state: 'counts' | 'undone' | 'voided';
}

/** How many of the election's latest papers are listed again when the screen opens. */
const LISTED = 8;

/**
 * The election's latest papers as stored, newest first: what "Phiếu vừa nhập" shows after a
 * reload or a restart. An undone or voided paper is shown with what it said, read from the version
 * before its void. Null when the api could not be read (the list then starts empty, as before).
 */
export async function recentBallotsOf(electionId: number, describe: (ballot: BallotView) => string): Promise<EnteredBallot[] | null> {
  const listed = await invoke('listBallots', { electionId, newestFirst: true, limit: LISTED, withVoided: true });
  if (!listed.ok) return null;
  const rows = await Promise.all(
    listed.value.ballots.map(async (b): Promise<EnteredBallot | null> => {
      const shown = b.kind === 'void' ? await versionBeforeVoid(b) : b;
      if (!shown?.verdict) return null;
      const state = b.kind !== 'void' ? 'counts' : b.undone ? 'undone' : 'voided';
      return { ballotId: b.ballotId, number: b.number, lastNumber: b.lastNumber, verdict: shown.verdict, words: describe(shown), state };
    }),
  );
  return rows.filter((r): r is EnteredBallot => r !== null);
}

async function versionBeforeVoid(voided: BallotView): Promise<BallotView | null> {
  const history = await invoke('ballotHistory', { ballotId: voided.ballotId });
  if (!history.ok) return null;
  return history.value.filter((v) => v.kind !== 'void').at(-1) ?? null;
}
