import { useRef, useState } from 'react';
import type { BallotView, ElectionView } from '../../api/types';
import { ballotInputText } from '../../entry/ballot-input';
import { useApp } from '../../state/app-store';
import { BallotOnScreen } from './BallotOnScreen';
import { useEntrySaves, useResultsOf } from './entry-saves';
import { EntryField, EntryKeys } from './EntryField';
import { Counters, LiveResults } from './EntrySide';
import { FindBallot } from './FindBallot';
import { entryBlocked, useTypedBallot } from './typed-ballot';
import { verdictText } from './verdict';

/** The ballot being typed, the keys, and beside them the counters, the live results and the last ballots. */
export function EntryPanel({ election }: { election: ElectionView }) {
  const { station, workspace, notify } = useApp();
  const { mode, setMode, text, setText, context, parsed, verdict } = useTypedBallot(election, workspace?.path);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<BallotView | null>(null);
  const [finding, setFinding] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const saves = useEntrySaves(election.id, (typed) => setText((current) => (current === '' ? typed : current)), notify);
  useResultsOf(saves.refreshResult, election);
  const blocked = entryBlocked(election, station.operator);
  const teamName = election.teams.find((t) => t.id === station.teamId)?.name ?? null;

  const clear = () => {
    setText('');
    setNote('');
    setEditing(null);
    inputRef.current?.focus();
  };

  /** Enter takes the ballot off the field at once, so that the operator can type the next one while this one is stored. */
  const submit = () => {
    if (blocked || parsed.empty) return;
    if (parsed.errors.length > 0) return saves.setStatus({ kind: 'error', text: parsed.errors[0] as string });
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') {
      saves.setStatus({ kind: 'error', text: 'Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ, rồi Enter' });
      noteRef.current?.focus();
      return;
    }
    const payload = { ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}), count: parsed.count, teamId: station.teamId, operator: station.operator.trim() };
    const typed = text;
    const correcting = editing;
    clear();
    saves.save(payload, typed, correcting);
  };

  const startEdit = (ballot: BallotView) => {
    setFinding(false);
    setEditing(ballot);
    setText(ballotInputText(ballot, { format: election.format, listIds: context.listIds, mode }));
    setNote(ballot.note ?? '');
    saves.setStatus({ kind: 'ok', text: `Đang sửa phiếu số ${ballot.number}: sửa nội dung rồi Enter; Esc để thôi` });
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const key = e.key.toLowerCase();
    const action =
      e.key === 'Enter' ? submit
      : e.key === 'Escape' ? () => (clear(), saves.setStatus(null))
      : e.ctrlKey && key === 'z' ? () => saves.undo(station.operator.trim())
      : (e.ctrlKey && key === 'f') || e.key === 'F3' ? () => setFinding(true)
      : e.altKey && key === 'm' && election.format === 'A' ? () => setMode(mode === 'struck' ? 'kept' : 'struck')
      : null;
    if (action === null) return;
    e.preventDefault();
    action();
  };

  return (
    <div className="entry-layout">
      <section className="entry-main" aria-label="Nhập phiếu">
        {blocked && <p className="notice">{blocked}</p>}
        <EntryField election={election} mode={mode} editing={editing} text={text} onText={setText} note={note} onNote={setNote} parsed={parsed} verdict={verdict} disabled={blocked !== null} onKeyDown={onKeyDown} inputRef={inputRef} noteRef={noteRef} />
        <div className={`entry-status${saves.status?.kind === 'error' ? ' error' : ''}`} role="status" data-testid="entry-status">
          {saves.status?.text ?? ''}
        </div>
        <BallotOnScreen election={election} parsed={parsed} mode={mode} />
        <EntryKeys format={election.format} />
      </section>
      <aside className="entry-side">
        <Counters result={saves.result} election={election} teamName={teamName} />
        <LiveResults result={saves.result} />
        {saves.entered.length > 0 && (
          <section aria-label="Phiếu vừa nhập">
            <h3>Phiếu vừa nhập</h3>
            <ul className="recent">
              {saves.entered.slice(0, 8).map((b) => (
                <li key={b.ballotId}>
                  Số {b.number}: {verdictText(b.verdict)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
      {finding && <FindBallot election={election} onEdit={startEdit} onClose={() => (setFinding(false), inputRef.current?.focus())} />}
    </div>
  );
}
