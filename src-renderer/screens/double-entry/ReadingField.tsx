import { useEffect, useRef, useState } from 'react';
import { judgeBallot } from '../../../shared/rules/validity';
import type { ElectionView } from '../../api/types';
import { parseBallotInput } from '../../../shared/entry/ballot-input';
import { BallotOnScreen } from '../ballot-entry/BallotOnScreen';
import { verdictText } from '../../../shared/entry/verdict';
import { useBallotLayout } from './use-ballot-layout';

/**
 * The keyboard field of the entry screen, for one paper of a stack: the same keys (numbers struck,
 * letters for rulings), the paper on screen and the verdict before Enter; no `*N` (each paper is
 * compared on its own).
 */
export function ReadingField({ election, label, initial, onSubmit, onKeyDown }: { election: ElectionView; label: string; initial: string; onSubmit(content: Record<string, unknown>): Promise<boolean>; onKeyDown?(e: React.KeyboardEvent): void }) {
  const { context, options } = useBallotLayout(election);
  const [text, setText] = useState(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const parsed = parseBallotInput(text, options);
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  const submit = async () => {
    if (parsed.empty) return;
    if (parsed.errors.length > 0) return setError(parsed.errors[0] as string);
    if (parsed.count > 1) return setError('Nhập đối chứng: mỗi phiếu nhập riêng, không dùng *N');
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') return setError('Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ');
    const saved = await onSubmit({ ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}) });
    if (saved) {
      setText('');
      setNote('');
      setError(null);
    }
  };
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && !e.ctrlKey) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      setText('');
      setError(null);
    }
    onKeyDown?.(e);
  };
  return (
    <div className="entry-field">
      <label htmlFor="reading-input">{label}</label>
      <input id="reading-input" ref={ref} value={text} autoComplete="off" spellCheck={false} onChange={(e) => setText(e.target.value)} onKeyDown={keys} autoFocus />
      {parsed.ruling === 'COMMITTEE_RULED' && <input className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => setNote(e.target.value)} onKeyDown={keys} />}
      <div className={`verdict ${error || parsed.errors.length > 0 ? 'verdict-error' : verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} aria-live="polite">
        {error ?? (parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? verdictText(verdict) : ' ')}
      </div>
      <BallotOnScreen election={election} parsed={parsed} mode="struck" />
    </div>
  );
}
