import { useCallback, useEffect, useRef, useState } from 'react';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import type { Verdict } from '../../../shared/rules/validity';
import { invoke, type MethodInput } from '../../api/client';
import type { BallotView, ElectionResult } from '../../api/types';
import { verdictText } from '../../../shared/entry/verdict';

/** A ballot entered in this session, as "Phiếu vừa nhập" shows it. */
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

export type EntryStatus = { kind: 'ok' | 'error'; text: string } | null;

/** What one Enter stores: the ballot as typed, with the station's team and operator. */
export type BallotPayload = Omit<MethodInput<'enterBallot'>, 'electionId'> & { count: number };

/** "Đã lưu phiếu số 61–70 (10 phiếu giống nhau): HỢP LỆ". */
function savedText(verb: string, saved: { number: number; lastNumber: number; verdict: Verdict }, count: number): string {
  return `${verb} phiếu số ${ballotNumbers(saved)}${count > 1 ? ` (${count} phiếu giống nhau)` : ''}: ${verdictText(saved.verdict)}`;
}

/**
 * Stores the ballots one after another, in the order of the Enter keys, while the operator types
 * the next one; after each, the live results (counted ballot by ballot on the other side) are
 * fetched again. A refused ballot is handed back with the reason.
 */
export function useEntrySaves(electionId: number, onRefused: (typed: string) => void, notify: (kind: 'error', text: string) => void) {
  const [result, setResult] = useState<ElectionResult | null>(null);
  const [status, setStatus] = useState<EntryStatus>(null);
  const [entered, setEntered] = useState<EnteredBallot[]>([]);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const enteredRef = useRef(entered);
  enteredRef.current = entered;

  const refreshResult = useCallback(async () => {
    const r = await invoke('tally', { electionId });
    if (r.ok) setResult(r.value);
  }, [electionId]);

  const save = (payload: BallotPayload, typed: string, correcting: BallotView | null, words: string) => {
    saving.current = saving.current.then(async () => {
      const saved = correcting ? await invoke('correctBallot', { ballotId: correcting.ballotId, ...payload }) : await invoke('enterBallot', { electionId, ...payload });
      if (!saved.ok) {
        setStatus({ kind: 'error', text: `Chưa lưu "${typed}": ${saved.error.message}` });
        onRefused(typed);
        return;
      }
      const { ballotId, number, lastNumber, verdict } = saved.value;
      setStatus({ kind: 'ok', text: savedText(correcting ? 'Đã sửa' : 'Đã lưu', saved.value, payload.count) });
      const row: EnteredBallot = { ballotId, number, lastNumber, verdict, words, state: 'counts' };
      setEntered((list) => (correcting ? list.map((b) => (b.number === number ? row : b)) : [row, ...list].slice(0, 50)));
      await refreshResult();
    });
  };

  /** Ctrl+Z: the last ballot of this session not yet undone; its numbers stay, shown as undone. */
  const undo = (operator: string) => {
    saving.current = saving.current.then(async () => {
      const last = enteredRef.current.find((b) => b.state === 'counts');
      if (!last) return;
      const voided = await invoke('voidBallot', { ballotId: last.ballotId, undo: true, operator });
      if (!voided.ok) return notify('error', voided.error.message);
      setEntered((list) => list.map((b) => (b.ballotId === last.ballotId ? { ...b, state: 'undone' } : b)));
      setStatus({ kind: 'ok', text: `Đã hoàn tác phiếu số ${ballotNumbers(last)}: số này để trống, không dùng lại (vẫn ghi trong nhật ký)` });
      await refreshResult();
    });
  };

  /** A ballot of this session voided from the list of all ballots. */
  const voided = (ballotId: number) => setEntered((list) => list.map((b) => (b.ballotId === ballotId ? { ...b, state: 'voided' } : b)));

  return { result, refreshResult, status, setStatus, entered, save, undo, voided };
}

/** Loads the results when the election (or its view) changes. */
export function useResultsOf(refreshResult: () => Promise<void>, dependency: unknown): void {
  useEffect(() => {
    void refreshResult();
  }, [refreshResult, dependency]);
}
