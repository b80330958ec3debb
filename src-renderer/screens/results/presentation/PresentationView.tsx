import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PROVISIONAL_RESULT_MARK } from '../../../../shared/minutes/outcome';
import type { ElectionResult } from '../../../api/types';
import { hallRows } from './cells';
import { presentationLayout } from './layout';
import { layoutInput, measureColumns } from './measure';
import { NamesPage } from './NamesPage';
import { PresentationFooter } from './PresentationFooter';
import { useArea } from './use-area';
import { pagingKey, usePaging } from './use-paging';

export interface PresentationProps {
  result: ElectionResult;
  title: string;
  onClose(): void;
  /** The final result across the rounds (shown as the last page), when there is one. */
  final?: ReactNode;
}

/** The hall's view once the chair has chosen to show the results: the title, the names paged to fit, the outcome always below. */
export function PresentationView({ result, title, onClose, final, provisional }: PresentationProps & { provisional: boolean }) {
  const body = useRef<HTMLDivElement>(null);
  const area = useArea(body);
  const columnEms = useMemo(() => measureColumns(result, getComputedStyle(document.body).fontFamily), [result]);
  const rowCount = hallRows(result).length;
  const layout = useMemo(() => (area ? presentationLayout(layoutInput(rowCount, columnEms, { width: area.width * 0.98, height: area.height * 0.98 }, window.innerHeight)) : null), [area, columnEms, rowCount]);
  const namePages = layout?.pages ?? 1;
  const paging = usePaging(namePages + (final ? 1 : 0));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') onClose();
      else if (!pagingKey(e.key, paging)) return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, paging]);

  const onFinalPage = final !== undefined && final !== null && paging.page === namePages;
  return (
    <>
      {provisional && (
        <p className="presentation-mark" role="note">
          {PROVISIONAL_RESULT_MARK}
        </p>
      )}
      <header className="presentation-head">
        <h1>{title}</h1>
        <p className="presentation-line">
          Số lượng cần bầu: {result.seats} · Phiếu hợp lệ: {result.ballots.valid} · Trúng cử cần ít nhất {result.votesNeeded} phiếu (quá một nửa của {result.base})
        </p>
      </header>
      <div className="presentation-body" ref={body} style={layout ? { fontSize: `${layout.fontSize}px` } : undefined}>
        {onFinalPage ? <div className="presentation-final">{final}</div> : layout && <NamesPage result={result} layout={layout} page={paging.page} />}
      </div>
      <PresentationFooter result={result} title={title} paging={paging} onClose={onClose} />
    </>
  );
}
