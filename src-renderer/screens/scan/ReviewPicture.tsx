import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { ScanImage } from '../../../shared/api/scan-views';
import { marginLabels } from '../../../shared/scan/picture-labels';

/** The data URL of the picture the server sends. */
function dataUrl(image: ScanImage): string {
  let binary = '';
  for (let i = 0; i < image.data.length; i += 0x8000) binary += String.fromCharCode(...image.data.subarray(i, i + 0x8000));
  return `data:${image.mimeType};base64,${btoa(binary)}`;
}

/** Zoom steps, times the size that fits the pane. */
const STEPS = [1, 1.25, 1.6, 2, 2.5, 3.2, 4] as const;

export interface PictureZoom {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/** Whether a key is a zoom key: + (or =), − and 0 alone when `plain`, or with Ctrl anywhere. */
export function zoomKey(e: { key: string; ctrlKey: boolean; metaKey: boolean }, plain: boolean): 'in' | 'out' | 'fit' | null {
  if (!plain && !e.ctrlKey && !e.metaKey) return null;
  if (e.key === '+' || e.key === '=') return 'in';
  if (e.key === '-' || e.key === '−' || e.key === '_') return 'out';
  if (e.key === '0') return 'fit';
  return null;
}

/**
 * The straightened ballot a person decides on (issue 17, item 4): the rows the machine was unsure
 * of framed, each with its label and reason BESIDE it in a margin (never over a name), the row
 * being asked about marked; zoomed with the keyboard (+ and − on the picture, Ctrl with them
 * anywhere in the dialog; 0 fits it again), keeping that row in view.
 */
export function ReviewPicture({ image, title, current, zoomRef }: { image: ScanImage; title: string; current: string | null; zoomRef: Ref<PictureZoom> }) {
  const [step, setStep] = useState(0);
  const pane = useRef<HTMLDivElement>(null);
  const url = useMemo(() => dataUrl(image), [image]);
  const labelled = useMemo(() => marginLabels(image, image.rows.filter((r) => r.doubtful).map((r) => ({ id: r.id, number: r.number, row: r.row, reason: r.reason ?? '' }))), [image]);
  const width = labelled.left + image.width + labelled.right;
  const zoom = STEPS[step] as number;
  useImperativeHandle(zoomRef, () => ({ zoomIn: () => setStep((s) => Math.min(STEPS.length - 1, s + 1)), zoomOut: () => setStep((s) => Math.max(0, s - 1)), fit: () => setStep(0) }), []);

  // The row asked about stays in view as the picture grows or the question moves on.
  useEffect(() => {
    const row = current ? image.rows.find((r) => r.id === current) : undefined;
    const box = pane.current;
    if (!row || !box || zoom === 1) return;
    const svg = box.querySelector('svg');
    if (!svg) return;
    const k = svg.clientWidth / width;
    box.scrollTo({ left: Math.max(0, (labelled.left + row.row.x + row.row.width / 2) * k - box.clientWidth / 2), top: Math.max(0, (row.row.y + row.row.height / 2) * k - box.clientHeight / 2) });
  }, [current, zoom, image, width, labelled.left]);

  const action = (kind: 'in' | 'out' | 'fit') => (kind === 'in' ? setStep((s) => Math.min(STEPS.length - 1, s + 1)) : kind === 'out' ? setStep((s) => Math.max(0, s - 1)) : setStep(0));
  return (
    <figure className="scan-picture">
      <div className="scan-zoom" role="toolbar" aria-label="Phóng to, thu nhỏ ảnh">
        <button type="button" onClick={() => action('out')} disabled={step === 0} aria-label="Thu nhỏ ảnh (phím −)">−</button>
        <span aria-live="polite" data-testid="scan-zoom" title="Cỡ ảnh, so với cỡ vừa khung">{Math.round(zoom * 100)} %</span>
        <button type="button" onClick={() => action('in')} disabled={step === STEPS.length - 1} aria-label="Phóng to ảnh (phím +)">+</button>
        <button type="button" onClick={() => action('fit')} disabled={step === 0}>Vừa khung (0)</button>
        <span className="muted">phím + − trên ảnh, hoặc Ctrl + − 0</span>
      </div>
      <div
        ref={pane}
        className={`scan-picture-pane${zoom > 1 ? ' zoomed' : ''}`}
        tabIndex={0}
        aria-label="Ảnh phiếu: + phóng to, − thu nhỏ, 0 vừa khung, mũi tên để di chuyển"
        onKeyDown={(e) => {
          const kind = zoomKey(e, true);
          if (kind) {
            e.preventDefault();
            action(kind);
          }
        }}
      >
        <svg viewBox={`${-labelled.left} 0 ${width} ${image.height}`} role="img" aria-label={title} style={zoom > 1 ? { width: `${zoom * 100}%`, maxHeight: 'none' } : undefined} data-zoom={zoom}>
          {labelled.left > 0 && <rect x={-labelled.left} y={0} width={labelled.left} height={image.height} className="scan-margin" />}
          {labelled.right > 0 && <rect x={image.width} y={0} width={labelled.right} height={image.height} className="scan-margin" />}
          <image href={url} width={image.width} height={image.height} />
          {image.rows.map((r) => (
            <rect key={r.id} x={r.row.x} y={r.row.y} width={r.row.width} height={r.row.height} className={r.doubtful ? `row-doubtful${r.id === current ? ' row-current' : ''}` : 'row-read'} data-row={r.id} />
          ))}
          {labelled.labels.map((l) => (
            <g key={l.id} className={`row-label${l.id === current ? ' row-current' : ''}`} data-label={l.id}>
              <line x1={l.from.x} y1={l.from.y} x2={l.to.x} y2={l.to.y} />
              {l.lines.map((line, i) => (
                <text key={i} x={l.x} y={l.y + i * l.lineHeight + l.fontSize} fontSize={i === 0 ? l.fontSize : l.fontSize * 0.9} className={i === 0 ? 'row-label-title' : 'row-label-reason'}>
                  {line}
                </text>
              ))}
            </g>
          ))}
        </svg>
      </div>
      {!image.straightened && <figcaption>Không định vị được phiếu trên ảnh: ảnh hiện nguyên như khi quét, không đóng khung được các dòng.</figcaption>}
    </figure>
  );
}
