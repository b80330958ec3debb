import { useEffect, useRef, useState } from 'react';
import type { ScanImage, ScanView } from '../../../shared/api/scan-views';
import { SAME_PAPER_KEYS, SAME_PAPER_QUESTION, type SamePaperAnswer } from '../../../shared/scan/resemblance';
import { printableName } from '../../../shared/text/printable';
import { invoke } from '../../api/client';
import { ReviewPicture, type PictureZoom } from './ReviewPicture';

/**
 * "Cùng một tờ phiếu?" (issue 17, item 2): a paper whose marks are near-identical to those of an
 * earlier one waits here, the earlier image on the left and this one on the right, both
 * straightened; `c` says it is the same paper (it is not counted again, the reason kept), `k` that
 * it is another paper (it counts as the machine read it, or goes on to the rest of the decision).
 */
export function SamePaperQuestion({ scan, onAnswer }: { scan: ScanView; onAnswer(answer: SamePaperAnswer): void }) {
  const earlier = scan.sameAs;
  const [images, setImages] = useState<{ earlier: ScanImage | null; current: ScanImage | null }>({ earlier: null, current: null });
  const [error, setError] = useState<string | null>(null);
  const zoomEarlier = useRef<PictureZoom>(null);
  const zoomCurrent = useRef<PictureZoom>(null);
  useEffect(() => {
    let alive = true;
    const load = async (id: number, which: 'earlier' | 'current') => {
      const r = await invoke('scanImage', { scanId: id });
      if (!alive) return;
      if (r.ok) setImages((i) => ({ ...i, [which]: r.value }));
      else setError(r.error.message);
    };
    if (earlier) void load(earlier.id, 'earlier');
    void load(scan.id, 'current');
    return () => {
      alive = false;
    };
  }, [scan.id, earlier]);
  if (!earlier) return null;
  const earlierTitle = `Ảnh trước: ${printableName(earlier.image)}${earlier.ballotNumber !== null ? ` (phiếu số ${earlier.ballotNumber})` : ''}`;
  return (
    <div className="same-paper">
      <div className="same-paper-pictures">
        <div>
          <h3>{earlierTitle}</h3>
          {images.earlier ? <ReviewPicture image={images.earlier} title={earlierTitle} current={null} zoomRef={zoomEarlier} /> : <p className="muted">Đang tải ảnh…</p>}
        </div>
        <div>
          <h3>Ảnh này: {printableName(scan.image)}</h3>
          {images.current ? <ReviewPicture image={images.current} title={`Ảnh phiếu ${printableName(scan.image)}`} current={null} zoomRef={zoomCurrent} /> : <p className="muted">Đang tải ảnh…</p>}
        </div>
      </div>
      <div
        className="same-paper-question"
        role="group"
        aria-label={SAME_PAPER_QUESTION}
        tabIndex={0}
        data-autofocus
        data-testid="same-paper-question"
        onKeyDown={(e) => {
          if (e.ctrlKey || e.altKey || e.metaKey) return;
          const answer = SAME_PAPER_KEYS[e.key.toLowerCase()];
          if (answer) {
            e.preventDefault();
            onAnswer(answer);
          }
        }}
      >
        <p className="same-paper-reason">{scan.reason}</p>
        <p className="same-paper-ask">
          <strong>{SAME_PAPER_QUESTION}</strong> So hai ảnh: cùng những nét gạch, cùng chỗ, cùng độ nghiêng là cùng một tờ quét lại.
        </p>
        <div className="modal-actions same-paper-actions">
          <button type="button" onClick={() => onAnswer('same')}>
            <kbd>c</kbd> Cùng một tờ: không tính ảnh này
          </button>
          <button type="button" onClick={() => onAnswer('another')}>
            <kbd>k</kbd> Hai tờ khác nhau: tính ảnh này
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
