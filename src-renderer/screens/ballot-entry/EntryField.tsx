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

/**
 * How numbers end on this list, with the list's own numbers: on 17 names "35" is 3 and 5 and "1"
 * waits (issue 18, item 10); on 9 names or fewer every digit is a number.
 */
function numbersEndHint(listSize: number): string {
  const waits = Array.from({ length: Math.min(9, Math.floor(listSize / 10)) }, (_, i) => i + 1);
  const complete = Array.from({ length: Math.min(9, listSize) }, (_, i) => i + 1).filter((n) => !waits.includes(n));
  const [a, b] = complete.length >= 4 ? [complete[1], complete[3]] : complete.slice(0, 2);
  const pair = a !== undefined && b !== undefined ? `"${a}${b}" là ${a} và ${b}` : null;
  if (waits.length === 0) return pair ? `Mỗi chữ số là một số: ${pair}` : '';
  const longer = Math.min(13, listSize);
  return `Số tự kết thúc khi không còn số dài hơn: ${pair ? `${pair}; ` : ''}${waits.join(', ')} chờ chữ số thứ hai hoặc dấu cách ("1 3" là 1 và 3, "${longer}" là ${longer})`;
}

/** The keys of the entry screen. */
export function EntryKeys({ format, listSize }: { format: ElectionView['format']; listSize: number }) {
  return (
    <p className="keys">
      <kbd>Enter</kbd> lưu · <kbd>Esc</kbd> xóa · <kbd>*12</kbd> 12 phiếu giống nhau · <kbd>g</kbd> ghi thêm tên · <kbd>k</kbd> ký tên, đánh dấu · <kbd>p</kbd> không do Ban phát ra · <kbd>b</kbd> Ban kiểm phiếu kết luận · <kbd>Ctrl+Z</kbd> hoàn tác phiếu vừa nhập · <kbd>Ctrl+F</kbd> tìm phiếu theo số, sửa, hủy · <kbd>F2</kbd> đổi người nhập, tổ · <kbd>F4</kbd> đổi cuộc bầu
      {format === 'A' && (
        <>
          {' '}
          · <kbd>0</kbd> không gạch ai · <kbd>/</kbd> gạch hết · <kbd>Alt+M</kbd> đổi cách gõ (bị gạch / được giữ)
          {numbersEndHint(listSize) && <span className="keys-numbers">. {numbersEndHint(listSize)}</span>}
        </>
      )}
    </p>
  );
}
