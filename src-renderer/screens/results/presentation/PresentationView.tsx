import { useEffect, useMemo, useRef } from 'react';
import type { ElectionSummary, FinalResultView } from '../../../../shared/api/views';
import { figureLineText, resultFigures, type FigureKey } from '../../../../shared/minutes/figures';
import { FINAL_RESULT_HEADING, finalResultWords, laterRoundSentence } from '../../../../shared/minutes/final';
import { outcomeStatement, PROVISIONAL_RESULT_MARK } from '../../../../shared/minutes/outcome';
import { electionSubject, type AssemblyWords } from '../../../../shared/minutes/wording';
import type { ElectionResult } from '../../../api/types';
import { hallRows } from './cells';
import { FinalResult } from '../FinalResult';
import { presentationLayout } from './layout';
import { layoutInput, measureColumns } from './measure';
import { NamesPage } from './NamesPage';
import { PresentationFooter, type Banner } from './PresentationFooter';
import { useArea } from './use-area';
import { pagingKey, usePaging } from './use-paging';

export interface PresentationProps {
  result: ElectionResult;
  title: string;
  /** Who votes and who decides, in the words of the congress's kind. */
  words: AssemblyWords;
  /** The round that continues this one, when there is one: said in the heading (issue 18, item 7). */
  later?: ElectionSummary | null;
  onClose(): void;
  /** The office's final result across its rounds: a page of its own after the names, once every round is done. */
  final?: FinalResultView | null;
}

/** The figures the hall sees above the names, in the minutes' words. */
const HALL_FIGURES: ReadonlySet<FigureKey> = new Set(['seats', 'base', 'votesNeeded', 'valid']);

function hallFigures(result: ElectionResult): string {
  return resultFigures(result)
    .filter((f) => HALL_FIGURES.has(f.key))
    .map(figureLineText)
    .join(' · ');
}

/** The banner of the final result's page: its sentences, in the colour of its outcome. */
function finalBanner(final: FinalResultView): Banner {
  const words = finalResultWords(final, final.title);
  return { kind: final.tie ? 'tie' : final.unfilledSeats > 0 ? 'short' : 'complete', headline: null, text: words.sentences.join(' ') };
}

/**
 * The hall's view once the chair has chosen to show the results: the title, the names paged to
 * fit, the outcome always below; then the office's final result on a page of its own, with its
 * own heading and banner.
 */
export function PresentationView({ result, title, words, later, onClose, final, provisional }: PresentationProps & { provisional: boolean }) {
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
  const banner: Banner = onFinalPage ? finalBanner(final) : outcomeStatement(result, electionSubject({ title, office: result.office }), words, later?.round ?? null);
  return (
    <>
      {provisional && (
        <p className="presentation-mark" role="note">
          {PROVISIONAL_RESULT_MARK}
        </p>
      )}
      <header className="presentation-head">
        {onFinalPage ? (
          <h1>
            {FINAL_RESULT_HEADING}: {finalResultWords(final, final.title).title}
          </h1>
        ) : (
          <>
            <h1>{title}</h1>
            <p className="presentation-line">
              {hallFigures(result)}
            </p>
            {later && (
              <p className="presentation-line presentation-later" data-testid="presentation-later-round">
                {laterRoundSentence(later)}
                {final ? ' Kết quả cuối cùng ở trang sau.' : ''}
              </p>
            )}
          </>
        )}
      </header>
      <div className="presentation-body" ref={body} style={layout && !onFinalPage ? { fontSize: `${layout.fontSize}px` } : undefined}>
        {onFinalPage ? <div className="presentation-final"><FinalResult final={final} large /></div> : layout && <NamesPage result={result} layout={layout} page={paging.page} />}
      </div>
      <PresentationFooter banner={banner} paging={paging} onClose={onClose} />
    </>
  );
}
