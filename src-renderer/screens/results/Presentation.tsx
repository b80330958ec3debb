import { useEffect, useRef, useState } from 'react';
import { PROVISIONAL_RESULT_MARK } from '../../../shared/minutes/outcome';
import { PresentationView, type PresentationProps } from './presentation/PresentationView';

/**
 * For the hall: full screen, large type; Esc leaves. A locked result is shown at once; one not yet
 * locked only when the chair chooses, marked "KẾT QUẢ TẠM THỜI – CHƯA CHỐT" (issue 11, item 6).
 */
export function Presentation(props: PresentationProps) {
  const { result, title, words, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const locked = result.lock !== null;
  const [chosen, setChosen] = useState(locked);

  useEffect(() => {
    const element = ref.current;
    if (element?.requestFullscreen) void element.requestFullscreen().catch(() => undefined);
    // Leaving full screen (the browser's own Esc, F11) leaves the view in the window: Esc again closes it.
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (chosen) ref.current?.focus();
  }, [chosen]);

  return (
    <div className="presentation" ref={ref} tabIndex={-1} role="dialog" aria-label="Trình chiếu kết quả">
      {chosen ? <PresentationView {...props} provisional={!locked} /> : <ProvisionalChoice title={title} chair={words.chair} onShow={() => setChosen(true)} onClose={onClose} />}
    </div>
  );
}

/** Before the lock, nothing of the count reaches the hall unless the chair asks for it. */
function ProvisionalChoice({ title, chair, onShow, onClose }: { title: string; chair: string; onShow(): void; onClose(): void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="presentation-cover">
      <h1>{title}</h1>
      <p className="presentation-line">Kết quả kiểm phiếu chưa chốt.</p>
      <p className="muted">
        Chỉ trình chiếu kết quả tạm thời khi {chair} quyết định; màn hình sẽ ghi rõ “{PROVISIONAL_RESULT_MARK}”.
      </p>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onShow}>
          Trình chiếu kết quả tạm thời
        </button>
        <button type="button" onClick={onClose}>
          Thoát (Esc)
        </button>
      </div>
    </div>
  );
}
