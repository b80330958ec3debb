import { outcomeStatement } from '../../../../shared/minutes/outcome';
import { electionSubject } from '../../../../shared/minutes/wording';
import type { ElectionResult } from '../../../api/types';
import { AUTO_PAGE_SECONDS, type Paging } from './use-paging';

/** Always on screen, whatever the page: the outcome (a tie first of all), the page, the keys. */
export function PresentationFooter({ result, title, paging, onClose }: { result: ElectionResult; title: string; paging: Paging; onClose(): void }) {
  const statement = outcomeStatement(result, electionSubject({ title, office: result.office }));
  return (
    <footer className="presentation-foot">
      <p className={`presentation-outcome banner-${statement.kind}`} role="status" data-testid="presentation-outcome">
        <strong>{statement.headline}:</strong> {statement.text}
      </p>
      <div className="presentation-controls">
        {paging.pages > 1 && (
          <>
            <span className="presentation-page" data-testid="presentation-page" data-auto={paging.auto ? 'on' : 'off'}>
              Trang {paging.page + 1}/{paging.pages}
            </span>
            <span className="muted">
              <kbd>Page Down</kbd> <kbd>Page Up</kbd> hoặc phím mũi tên: sang trang{paging.auto ? ` · tự sang trang sau ${AUTO_PAGE_SECONDS} giây` : ''}
            </span>
            <button type="button" onClick={() => paging.setAuto(!paging.auto)}>
              {paging.auto ? 'Dừng tự sang trang' : 'Tự sang trang'}
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          Thoát trình chiếu (Esc)
        </button>
      </div>
    </footer>
  );
}
