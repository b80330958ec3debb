import { useCallback, useEffect, useRef, useState } from 'react';
import { ERROR_CODES } from '../../../shared/api/errors';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import { overLimitFigures, type PaperOverLimit } from '../../../shared/rules/paper-limits';
import type { Verdict } from '../../../shared/rules/validity';
import { invoke, type MethodInput } from '../../api/client';
import type { BallotView, ElectionResult } from '../../api/types';
import { verdictText } from '../../../shared/entry/verdict';
import type { PapersOnTheWay } from './paper-check';
import { recentBallotsOf, type EnteredBallot } from './recent-ballots';

export type { EnteredBallot } from './recent-ballots';

export type EntryStatus = { kind: 'ok' | 'error'; text: string } | null;

/** A paper refused because it would be one too many (RULES R4.3, R4.6): the figures when known, and the api's words. */
export interface OverLimitRefusal {
  over: PaperOverLimit | null;
  message: string;
}

/** What one Enter stores: the ballot as typed, with the station's team and operator. */
export type BallotPayload = Omit<MethodInput<'enterBallot'>, 'electionId'> & { count: number };

/** "Đã lưu phiếu số 61–70 (10 phiếu giống nhau): HỢP LỆ". */
function savedText(verb: string, saved: { number: number; lastNumber: number; verdict: Verdict }, count: number): string {
  return `${verb} phiếu số ${ballotNumbers(saved)}${count > 1 ? ` (${count} phiếu giống nhau)` : ''}: ${verdictText(saved.verdict)}`;
}

interface SaveHooks {
  /** A refused ballot is handed back to the box. */
  onRefused(typed: string): void;
  notify(kind: 'error', text: string): void;
  /** What a stored ballot says, in words (for "Phiếu vừa nhập"). */
  describe(ballot: BallotView): string;
  /** The figures of an over-count the api refused (`adding` papers), from the result as it now is. */
  overLimitNow(result: ElectionResult | null, adding: number): PaperOverLimit | null;
}

/**
 * Stores the ballots one after another, in the order of the Enter keys, while the operator types
 * the next one; after each, the live results (counted ballot by ballot on the other side) are
 * fetched again. A refused ballot is handed back with the reason. "Phiếu vừa nhập" starts from the
 * election's latest papers as stored, so that a reload resumes where the work was (issue 18, item 9).
 */
export function useEntrySaves(electionId: number, hooks: SaveHooks) {
  const [result, setResult] = useState<ElectionResult | null>(null);
  const [status, setStatus] = useState<EntryStatus>(null);
  const [entered, setEntered] = useState<EnteredBallot[]>([]);
  const [overLimit, setOverLimit] = useState<OverLimitRefusal | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const enteredRef = useRef(entered);
  enteredRef.current = entered;
  const latest = useRef<ElectionResult | null>(null);
  const onTheWay = useRef<PapersOnTheWay[]>([]);
  const hooksRef = useRef(hooks);
  hooksRef.current = hooks;

  const refreshResult = useCallback(async () => {
    const r = await invoke('tally', { electionId });
    if (!r.ok) return;
    latest.current = r.value;
    setResult(r.value);
  }, [electionId]);

  useEffect(() => {
    let live = true;
    void recentBallotsOf(electionId, (b) => hooksRef.current.describe(b)).then((stored) => {
      if (!live || stored === null) return;
      // Papers stored by this session meanwhile are already listed: the rest is added below them.
      setEntered((list) => {
        const known = new Set(list.map((b) => b.ballotId));
        return [...list, ...stored.filter((b) => !known.has(b.ballotId))].sort((a, b) => b.number - a.number).slice(0, 50);
      });
    });
    return () => {
      live = false;
    };
  }, [electionId]);

  const save = (payload: BallotPayload, typed: string, correcting: BallotView | null, words: string, team: string | null) => {
    const sending: PapersOnTheWay = { team, count: correcting ? 0 : payload.count };
    onTheWay.current = [...onTheWay.current, sending];
    const arrived = () => (onTheWay.current = onTheWay.current.filter((p) => p !== sending));
    saving.current = saving.current.then(async () => {
      const saved = correcting ? await invoke('correctBallot', { ballotId: correcting.ballotId, ...payload }) : await invoke('enterBallot', { electionId, ...payload });
      if (!saved.ok) {
        arrived();
        hooksRef.current.onRefused(typed);
        if (saved.error.code !== ERROR_CODES.tooManyPapers) return setStatus({ kind: 'error', text: `Chưa lưu "${typed}": ${saved.error.message}` });
        await refreshResult();
        const over = hooksRef.current.overLimitNow(latest.current, payload.count);
        refuseOverLimit(typed, { over, message: saved.error.message });
        return;
      }
      const { ballotId, number, lastNumber, verdict } = saved.value;
      setStatus({ kind: 'ok', text: savedText(correcting ? 'Đã sửa' : 'Đã lưu', saved.value, payload.count) });
      setOverLimit(null);
      const row: EnteredBallot = { ballotId, number, lastNumber, verdict, words, state: 'counts' };
      setEntered((list) => (correcting ? list.map((b) => (b.number === number ? row : b)) : [row, ...list].slice(0, 50)));
      await refreshResult();
      arrived();
    });
  };

  /** A paper that would be one too many: the figures on the status line, the ways out below it (OverLimitPanel). */
  const refuseOverLimit = (typed: string, refusal: OverLimitRefusal) => {
    setStatus({ kind: 'error', text: `Chưa lưu "${typed}": ${refusal.over ? overLimitFigures(refusal.over) : refusal.message}` });
    setOverLimit(refusal);
  };

  /** Ctrl+Z: the newest paper listed that still counts; its numbers stay, shown as undone. */
  const undo = (operator: string) => {
    saving.current = saving.current.then(async () => {
      const last = enteredRef.current.find((b) => b.state === 'counts');
      if (!last) return;
      const voided = await invoke('voidBallot', { ballotId: last.ballotId, undo: true, operator });
      if (!voided.ok) return hooksRef.current.notify('error', voided.error.message);
      setEntered((list) => list.map((b) => (b.ballotId === last.ballotId ? { ...b, state: 'undone' } : b)));
      // Counted again before the status says so: the check at the next Enter reads the result.
      await refreshResult();
      setStatus({ kind: 'ok', text: `Đã hoàn tác phiếu số ${ballotNumbers(last)}: số này để trống, không dùng lại (vẫn ghi trong nhật ký)` });
      setOverLimit(null);
    });
  };

  /** A ballot voided from the list of all ballots. */
  const voided = (ballotId: number) => {
    setEntered((list) => list.map((b) => (b.ballotId === ballotId ? { ...b, state: 'voided' } : b)));
    setOverLimit(null);
    void refreshResult();
  };

  /** The papers counted and on their way, for the check at Enter. */
  const papersNow = () => ({ result: latest.current, onTheWay: onTheWay.current });

  return { result, refreshResult, status, setStatus, entered, save, undo, voided, overLimit, setOverLimit, refuseOverLimit, papersNow };
}

/** Loads the results when the election (or its view) changes. */
export function useResultsOf(refreshResult: () => Promise<void>, dependency: unknown): void {
  useEffect(() => {
    void refreshResult();
  }, [refreshResult, dependency]);
}
