import type { RefObject } from 'react';
import type { Verdict } from '../../../shared/rules/validity';
import type { BallotView, ElectionView } from '../../api/types';
import type { EntryMode, ParsedBallot } from '../../../shared/entry/ballot-input';
import { ballotNumbers } from '../../../shared/format/ballot-numbers';
import { verdictText } from '../../../shared/entry/verdict';

interface EntryFieldProps {
  election: ElectionView;
  mode: EntryMode;
  editing: BallotView | null;
  text: string;
  onText(text: string): void;
  note: string;
  onNote(note: string): void;
  parsed: ParsedBallot;
  verdict: Verdict | null;
  disabled: boolean;
  onKeyDown(e: React.KeyboardEvent): void;
  inputRef: RefObject<HTMLInputElement | null>;
  noteRef: RefObject<HTMLInputElement | null>;
}

/** The ballot typed as keys, the committee's reason when it rules, and the verdict before Enter. */
export function EntryField({ election, mode, editing, text, onText, note, onNote, parsed, verdict, disabled, onKeyDown, inputRef, noteRef }: EntryFieldProps) {
  const verdictClass = parsed.errors.length > 0 ? 'verdict-error' : verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid';
  return (
    <div className={`entry-field${editing ? ' editing' : ''}`}>
      <label htmlFor="ballot-input">
        {editing ? `Sửa phiếu số ${ballotNumbers(editing)}` : 'Phiếu tiếp theo'}:{' '}
        {election.format === 'A' ? (mode === 'struck' ? 'gõ số thứ tự những người BỊ GẠCH' : 'gõ số thứ tự những người ĐƯỢC GIỮ LẠI') : 'gõ một dấu cho mỗi người: 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống'}
      </label>
      <input id="ballot-input" ref={inputRef} value={text} disabled={disabled} autoComplete="off" spellCheck={false} onChange={(e) => onText(e.target.value)} onKeyDown={onKeyDown} autoFocus aria-describedby="ballot-verdict" />
      {parsed.ruling === 'COMMITTEE_RULED' && <input ref={noteRef} className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => onNote(e.target.value)} onKeyDown={onKeyDown} />}
      <div id="ballot-verdict" className={`verdict ${verdictClass}`} aria-live="polite">
        {parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? `${verdictText(verdict)}${parsed.count > 1 ? ` · ${parsed.count} phiếu giống nhau` : ''}` : ' '}
      </div>
    </div>
  );
}

/** The keys of the entry screen. */
export function EntryKeys({ format }: { format: ElectionView['format'] }) {
  return (
    <p className="keys">
      <kbd>Enter</kbd> lưu · <kbd>Esc</kbd> xóa · <kbd>*12</kbd> 12 phiếu giống nhau · <kbd>g</kbd> ghi thêm tên · <kbd>k</kbd> ký tên, đánh dấu · <kbd>p</kbd> không do Ban phát ra · <kbd>b</kbd> Ban kiểm phiếu kết luận · <kbd>Ctrl+Z</kbd> hoàn tác phiếu vừa nhập · <kbd>Ctrl+F</kbd> tìm phiếu theo số, sửa, hủy · <kbd>F2</kbd> đổi người nhập, tổ
      {format === 'A' && (
        <>
          {' '}
          · <kbd>0</kbd> không gạch ai · <kbd>/</kbd> gạch hết · <kbd>Alt+M</kbd> đổi cách gõ (bị gạch / được giữ)
        </>
      )}
    </p>
  );
}
