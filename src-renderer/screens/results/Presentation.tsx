import { useEffect, useRef, type ReactNode } from 'react';
import type { ElectionResult } from '../../api/types';
import { outcomeSentence, outcomeStatement } from '../../../shared/minutes/outcome';
import { electionSubject } from '../../../shared/minutes/wording';
import { ResultsTable } from './ResultsTable';

/** For the hall: full screen, large type; Esc leaves. */
export function Presentation({ result, title, onClose, after }: { result: ElectionResult; title: string; onClose(): void; after?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    element?.focus();
    if (element?.requestFullscreen) void element.requestFullscreen().catch(() => undefined);
    const onChange = () => !document.fullscreenElement && onClose();
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);
  return (
    <div className="presentation" ref={ref} tabIndex={-1} role="dialog" aria-label="Trình chiếu kết quả" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h1>{title}</h1>
      <p className="presentation-line">
        Số lượng cần bầu: {result.seats} · Phiếu hợp lệ: {result.ballots.valid} · Trúng cử cần ít nhất {result.votesNeeded} phiếu (quá một nửa của {result.base})
      </p>
      <ResultsTable result={result} large />
      <p className="presentation-line">{outcomeSentence(outcomeStatement(result, electionSubject({ title, office: result.office })))}</p>
      {after}
      <button type="button" onClick={onClose}>
        Thoát trình chiếu (Esc)
      </button>
    </div>
  );
}
