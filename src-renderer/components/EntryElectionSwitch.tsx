import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { titleWithRound } from '../../shared/minutes/wording';
import type { ElectionSummary } from '../api/types';
import { useApp } from '../state/app-store';
import { refocusBallotBoxSoon } from './ballot-box-focus';
import { electionLabel } from './election-label';
import { DialogActions, Modal } from './Modal';


/** A key that types something (a digit, a letter, a sign): in this dialog it belongs to the ballot box. A space still presses the button it is on. */
function typesSomething(e: React.KeyboardEvent): boolean {
  return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.altKey && !e.metaKey;
}

/**
 * The election on the entry screen (issue 18, item 2): not a list that takes typed keys, but a
 * button naming the election the ballots go to. Changing it is a step of its own (the button or
 * F4), which says which election the next paper goes to before it is taken.
 */
export function EntryElectionSwitch() {
  const congress = useApp((s) => s.congress);
  const electionId = useApp((s) => s.electionId);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F4' || (document.activeElement instanceof HTMLElement && document.activeElement.closest('[role="dialog"]'))) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const current = congress?.elections.find((e) => e.id === electionId);
  if (!congress || !current) return null;
  const close = () => {
    setOpen(false);
    refocusBallotBoxSoon(() => document.getElementById('ballot-input'));
  };
  // The box already has the focus and the key: a later move of the focus would take the next keys from the note field.
  const closeAsTyped = () => setOpen(false);
  return (
    <div className="election-picker">
      <span id="entry-election-label">Nhập phiếu vào</span>
      <button type="button" className="election-switch" aria-labelledby="entry-election-label entry-election-name" onClick={() => setOpen(true)} title="Đổi cuộc bầu nhập phiếu (F4)">
        <span id="entry-election-name">{electionLabel(current)}</span> <kbd>F4</kbd>
      </button>
      {/* Out of the header, so that the dialog takes none of its colours or layout. */}
      {open && createPortal(<ChangeEntryElectionDialog elections={congress.elections} current={current} onClose={close} onTyped={closeAsTyped} />, document.body)}
    </div>
  );
}

/** Which election the next paper goes to: chosen with the arrows, said in words, taken with its own button. */
function ChangeEntryElectionDialog({ elections, current, onClose, onTyped }: { elections: readonly ElectionSummary[]; current: ElectionSummary; onClose(): void; onTyped(): void }) {
  const { selectElection, notify } = useApp();
  const [chosen, setChosen] = useState(current.id);
  const next = elections.find((e) => e.id === chosen) ?? current;
  // Typing here (a burst of ballots after a click on the election) leaves the election as it is
  // and goes to the ballot box: only the arrows choose, and only Enter or the button take the choice.
  const typedIntoDialog = (e: React.KeyboardEvent) => {
    if (!typesSomething(e)) return;
    document.getElementById('ballot-input')?.focus();
    onTyped();
  };
  const take = () => {
    if (next.id !== current.id) {
      selectElection(next.id);
      notify('info', `Phiếu tiếp theo sẽ nhập vào cuộc bầu "${titleWithRound(next)}"`);
    }
    onClose();
  };
  return (
    <Modal title="Đổi cuộc bầu nhập phiếu" onClose={onClose} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          take();
        }}
        onKeyDown={typedIntoDialog}
      >
        <fieldset className="election-choices" onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), take())}>
          <legend>Các cuộc bầu (↑ ↓ chọn)</legend>
          {elections.map((e) => (
            <label key={e.id} className={e.id === chosen ? 'chosen' : ''}>
              <input type="radio" name="entry-election" checked={e.id === chosen} onChange={() => setChosen(e.id)} data-autofocus={e.id === chosen ? true : undefined} />
              {electionLabel(e)}
              {e.id === current.id ? <span className="muted"> (đang nhập)</span> : null}
            </label>
          ))}
        </fieldset>
        <p className="notice" role="status">
          {next.id === current.id ? 'Phiếu tiếp theo vẫn nhập vào cuộc bầu ' : 'Phiếu tiếp theo sẽ nhập vào cuộc bầu '}
          <strong>{titleWithRound(next)}</strong>.
        </p>
        <DialogActions cancelLabel="Không đổi" onCancel={onClose}>
          <button type="submit" className="primary" disabled={next.id === current.id}>
            Nhập phiếu vào cuộc bầu này
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}
