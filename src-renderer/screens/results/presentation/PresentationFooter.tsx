import type { OutcomeStatement } from '../../../../shared/minutes/outcome';
import { AUTO_PAGE_SECONDS, type Paging } from './use-paging';

/** What the banner of a page says: a round's outcome, or the final result's sentences (no headline). */
export interface Banner {
  kind: OutcomeStatement['kind'];
  headline: string | null;
  text: string;
}

/** Always on screen, whatever the page: the page's banner (a tie first of all), the page, the keys. */
export function PresentationFooter({ banner, paging, onClose }: { banner: Banner; paging: Paging; onClose(): void }) {
  return (
    <footer className="presentation-foot">
      <p className={`presentation-outcome banner-${banner.kind}`} role="status" data-testid="presentation-outcome">
        {banner.headline !== null && (
          <>
            <strong>{banner.headline}:</strong>{' '}
          </>
        )}
        {banner.text}
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
