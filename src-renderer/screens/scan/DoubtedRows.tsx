import type { BallotFormat } from '../../../shared/domain';
import { rowAnswerKeys, rowAnswerOfKey, type RowAnswer } from '../../../shared/scan/review-rows';

export interface DoubtedRow {
  id: string;
  number: number;
  name: string;
  reason: string;
}

/**
 * The rows the machine was unsure of, asked one after the other (issue 17, item 3): the row asked
 * about is marked here and on the picture; one key answers it and moves to the next (format A: 1
 * gạch, 0 giữ lại; format B: 1, 2, 3, 0 as on the entry screen); Backspace takes the last answer
 * back; Enter counts the ballot once every row is answered. A row's answer is never typed in
 * beforehand. + and − zoom the picture from here too.
 */
export function DoubtedRows({ format, rows, answers, current, onAnswer, onBack, onEnter, onZoom }: {
  format: BallotFormat;
  rows: readonly DoubtedRow[];
  answers: Readonly<Record<string, RowAnswer>>;
  current: string | null;
  onAnswer(id: string, answer: RowAnswer): void;
  onBack(): void;
  onEnter(): void;
  onZoom(kind: 'in' | 'out'): void;
}) {
  const keys = rowAnswerKeys(format);
  const wordsOf = (answer: RowAnswer | undefined) => keys.find((k) => k.answer === answer)?.words ?? 'chưa quyết';
  return (
    <div
      className="doubted-rows"
      role="group"
      aria-label="Các dòng máy chưa đọc chắc"
      tabIndex={0}
      data-autofocus
      data-testid="doubted-rows"
      onKeyDown={(e) => {
        if (e.ctrlKey || e.altKey || e.metaKey) return;
        if (e.key === '+' || e.key === '-') {
          e.preventDefault();
          onZoom(e.key === '+' ? 'in' : 'out');
          return;
        }
        if (e.key === 'Enter') {
          e.preventDefault();
          onEnter();
          return;
        }
        if (e.key === 'Backspace') {
          e.preventDefault();
          onBack();
          return;
        }
        const answer = rowAnswerOfKey(format, e.key);
        if (answer && current) {
          e.preventDefault();
          onAnswer(current, answer);
        }
      }}
    >
      <p>
        <strong>Máy chưa đọc chắc {rows.length} dòng.</strong> Nhìn ảnh, gõ một phím cho mỗi dòng:
      </p>
      <ol className="doubted-list">
        {rows.map((row) => (
          <li key={row.id} className={row.id === current ? 'current' : answers[row.id] !== undefined ? 'answered' : ''} aria-current={row.id === current ? 'step' : undefined}>
            <span className="doubted-name">
              Dòng {row.number} — {row.name}
            </span>
            <span className="doubted-reason">{row.reason}</span>
            <span className="doubted-answer" data-testid={`answer-${row.number}`}>{wordsOf(answers[row.id])}</span>
          </li>
        ))}
      </ol>
      <p className="keys">
        {keys.map((k) => (
          <span key={k.key}>
            <kbd>{k.key}</kbd> {k.words} ·{' '}
          </span>
        ))}
        <kbd>Backspace</kbd> sửa dòng trước · <kbd>Enter</kbd> tính phiếu · <kbd>Tab</kbd> gõ cả phiếu
      </p>
    </div>
  );
}
