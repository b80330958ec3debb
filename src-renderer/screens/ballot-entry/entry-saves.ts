import { useCallback, useEffect, useRef, useState } from 'react';
import type { Verdict } from '../../../shared/rules/validity';
import { invoke, type MethodInput } from '../../api/client';
import type { BallotView, ElectionResult } from '../../api/types';
import { verdictText } from './verdict';

export interface EnteredBallot {
  ballotId: number;
  number: number;
  verdict: Verdict;
}

export type EntryStatus = { kind: 'ok' | 'error'; text: string } | null;

/** What one Enter stores: the ballot as typed, with the station's team and operator. */
export type BallotPayload = Omit<MethodInput<'enterBallot'>, 'electionId'> & { count: number };

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

  const save = (payload: BallotPayload, typed: string, correcting: BallotView | null) => {
    saving.current = saving.current.then(async () => {
      const saved = correcting ? await invoke('correctBallot', { ballotId: correcting.ballotId, ...payload }) : await invoke('enterBallot', { electionId, ...payload });
      if (!saved.ok) {
        setStatus({ kind: 'error', text: `Chưa lưu "${typed}": ${saved.error.message}` });
        onRefused(typed);
        return;
      }
      setStatus({ kind: 'ok', text: `${correcting ? 'Đã sửa' : 'Đã lưu'} phiếu số ${saved.value.number}${payload.count > 1 ? ` (${payload.count} phiếu giống nhau)` : ''}: ${verdictText(saved.value.verdict)}` });
      if (!correcting) setEntered((list) => [{ ballotId: saved.value.ballotId, number: saved.value.number, verdict: saved.value.verdict }, ...list].slice(0, 50));
      await refreshResult();
    });
  };

  const undo = (operator: string) => {
    saving.current = saving.current.then(async () => {
      const last = enteredRef.current[0];
      if (!last) return;
      const voided = await invoke('voidBallot', { ballotId: last.ballotId, reason: 'Hoàn tác ngay sau khi nhập', operator });
      if (!voided.ok) return notify('error', voided.error.message);
      setEntered((list) => list.filter((b) => b.ballotId !== last.ballotId));
      setStatus({ kind: 'ok', text: `Đã hoàn tác phiếu số ${last.number} (vẫn ghi trong nhật ký)` });
      await refreshResult();
    });
  };

  return { result, refreshResult, status, setStatus, entered, save, undo };
}

/** Loads the results when the election (or its view) changes. */
export function useResultsOf(refreshResult: () => Promise<void>, dependency: unknown): void {
  useEffect(() => {
    void refreshResult();
  }, [refreshResult, dependency]);
}
