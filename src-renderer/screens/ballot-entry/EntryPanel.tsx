import { useMemo, useRef, useState } from 'react';
import type { BallotCorrected } from '../../../shared/api/contract';
import type { BallotView, ElectionView } from '../../api/types';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import { ballotInputText } from '../../../shared/entry/ballot-input';
import { ballotWords } from '../../../shared/entry/ballot-words';
import { overLimitFigures, type PaperOverLimit } from '../../../shared/rules/paper-limits';
import { refocusBallotBoxSoon } from '../../components/ballot-box-focus';
import { useApp } from '../../state/app-store';
import { BallotOnScreen } from './BallotOnScreen';
import { CorrectReturnedDialog } from './CorrectReturnedDialog';
import { useEntrySaves, useResultsOf, type BallotPayload } from './entry-saves';
import { OverLimitPanel } from './OverLimitPanel';
import { useOverLimitCheck } from './paper-check';
import { EntryField, EntryKeys } from './EntryField';
import { Counters, LiveResults, RecentBallots } from './EntrySide';
import { FindBallot } from './FindBallot';
import { FinishedRoundCorrection, roundCorrectionText } from './FinishedRoundCorrection';
import { ChangeStationDialog, StationLine } from './StationStep';
import { entryState, useTypedBallot } from './typed-ballot';
import { useBallotBoxOwnsKeys, useEntryScreenKeys } from './use-entry-keys';
import { verdictText } from '../../../shared/entry/verdict';

type Dialog = { kind: 'find' } | { kind: 'station' } | { kind: 'finished'; payload: BallotPayload; before: string; after: string } | { kind: 'returned'; over: Extract<PaperOverLimit, { kind: 'returned' | 'team' }> };

/** The ballot being typed, the keys, and beside them the counters, the live results and the last ballots. */
export function EntryPanel({ election }: { election: ElectionView }) {
  const { station, workspace, congress, notify, refresh } = useApp();
  const { mode, setMode, text, setText, context, parsed, verdict } = useTypedBallot(election, workspace?.path);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<BallotView | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const teamName = election.teams.find((t) => t.id === station.teamId)?.name ?? null;
  const wordsOf = (content: Parameters<typeof ballotWords>[0]) => ballotWords(content, election.candidates);
  const { overLimitOf, returnedCorrected } = useOverLimitCheck(election, congress?.summoned ?? Number.MAX_SAFE_INTEGER, teamName);
  const saves = useEntrySaves(election.id, {
    onRefused: (typed) => setText((current) => (current === '' ? typed : current)),
    notify,
    describe: wordsOf,
    overLimitNow: (result, adding) => overLimitOf({ result, onTheWay: [] }, adding),
  });
  useResultsOf(saves.refreshResult, election);
  const state = entryState(election);
  const disabled = state.kind === 'closed' || (state.kind === 'finished' && editing === null);
  const keys = useMemo(() => ({ changeStation: () => setDialog({ kind: 'station' }), find: () => setDialog({ kind: 'find' }) }), []);
  useEntryScreenKeys(keys, dialog === null);
  useBallotBoxOwnsKeys(inputRef, dialog === null && !disabled);

  const clear = () => {
    setText('');
    setNote('');
    setEditing(null);
    inputRef.current?.focus();
  };
  const closeDialog = () => {
    setDialog(null);
    refocusBallotBoxSoon(() => inputRef.current);
  };

  /** Enter takes the ballot off the field at once, so that the operator can type the next one while this one is stored. */
  const submit = () => {
    if (disabled || parsed.empty) return;
    if (parsed.errors.length > 0) return saves.setStatus({ kind: 'error', text: parsed.errors[0] as string });
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') {
      saves.setStatus({ kind: 'error', text: 'Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ, rồi Enter' });
      noteRef.current?.focus();
      return;
    }
    const payload = { ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}), count: parsed.count, teamId: station.teamId, operator: station.operator.trim() };
    const words = wordsOf(parsed.content);
    if (state.kind === 'finished' && editing) {
      const describe = (what: string, v: string) => [what, v].filter(Boolean).join(', ');
      return setDialog({ kind: 'finished', payload, before: describe(wordsOf(editing), editing.verdict ? verdictText(editing.verdict) : ''), after: describe(words, verdict ? verdictText(verdict) : '') });
    }
    if (!editing) {
      const over = overLimitOf(saves.papersNow(), parsed.count);
      // Refused at once: the ballot stays in the box until a way out is taken (OverLimitPanel).
      if (over) return saves.refuseOverLimit(text, { over, message: overLimitFigures(over) });
    }
    const typed = text;
    const correcting = editing;
    clear();
    saves.save(payload, typed, correcting, words, teamName);
  };

  const startEdit = (ballot: BallotView) => {
    setDialog(null);
    setEditing(ballot);
    setText(ballotInputText(ballot, { format: election.format, listIds: context.listIds, mode }));
    setNote(ballot.note ?? '');
    saves.setStatus({ kind: 'ok', text: `Đang sửa phiếu số ${ballotNumbers(ballot)}: sửa nội dung rồi Enter; Esc để thôi` });
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const finishedCorrected = async (corrected: BallotCorrected) => {
    setDialog(null);
    clear();
    saves.setStatus({ kind: corrected.roundCorrection?.outcomeChanged ? 'error' : 'ok', text: roundCorrectionText(corrected, election) });
    await saves.refreshResult();
    await refresh();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const key = e.key.toLowerCase();
    const action =
      e.key === 'Enter' ? submit
      : e.key === 'Escape' ? () => (clear(), saves.setStatus(null), saves.setOverLimit(null))
      : e.ctrlKey && key === 'z' && state.kind === 'open' ? () => saves.undo(station.operator.trim())
      : e.altKey && key === 'm' && election.format === 'A' ? () => setMode(mode === 'struck' ? 'kept' : 'struck')
      : null;
    if (action === null) return;
    e.preventDefault();
    action();
  };

  return (
    <div className="entry-layout">
      <section className="entry-main" aria-label="Nhập phiếu">
        <StationLine teams={election.teams} onChange={() => setDialog({ kind: 'station' })} />
        {state.kind !== 'open' && (
          <div className="notice">
            <p>{state.message}</p>
            {state.kind === 'finished' && (
              <button type="button" onClick={() => setDialog({ kind: 'find' })}>
                Sửa phiếu của vòng đã kết thúc… (Ctrl+F)
              </button>
            )}
          </div>
        )}
        <EntryField election={election} mode={mode} editing={editing} text={text} onText={setText} note={note} onNote={setNote} parsed={parsed} verdict={verdict} disabled={disabled} onKeyDown={onKeyDown} inputRef={inputRef} noteRef={noteRef} />
        <div className={`entry-status${saves.status?.kind === 'error' ? ' error' : ''}`} role="status" data-testid="entry-status">
          {saves.status?.text ?? ''}
        </div>
        {saves.overLimit && <OverLimitPanel refusal={saves.overLimit} onFind={() => setDialog({ kind: 'find' })} onCorrect={() => saves.overLimit?.over && setDialog({ kind: 'returned', over: saves.overLimit.over })} />}
        <BallotOnScreen election={election} parsed={parsed} mode={mode} />
        <EntryKeys format={election.format} listSize={context.listIds.length} />
      </section>
      <aside className="entry-side">
        <Counters result={saves.result} election={election} teamName={teamName} />
        <RecentBallots entered={saves.entered} />
        <LiveResults result={saves.result} />
      </aside>
      {dialog?.kind === 'find' && <FindBallot election={election} onEdit={startEdit} onVoided={(b) => saves.voided(b.ballotId)} onClose={closeDialog} correctOnly={state.kind !== 'open'} />}
      {dialog?.kind === 'station' && <ChangeStationDialog teams={election.teams} onClose={closeDialog} />}
      {dialog?.kind === 'returned' && (
        <CorrectReturnedDialog
          election={election}
          over={dialog.over}
          teamId={station.teamId}
          onClose={closeDialog}
          onDone={async (done, figure) => {
            // The new figure counts before the status says so: the next Enter may follow at once.
            if (figure.kind === 'returned') returnedCorrected(figure.value);
            await saves.refreshResult();
            closeDialog();
            saves.setOverLimit(null);
            saves.setStatus({ kind: 'ok', text: done });
            void refresh();
          }}
        />
      )}
      {dialog?.kind === 'finished' && editing && <FinishedRoundCorrection election={election} ballot={editing} payload={dialog.payload} before={dialog.before} after={dialog.after} onDone={(c) => void finishedCorrected(c)} onClose={closeDialog} />}
    </div>
  );
}
