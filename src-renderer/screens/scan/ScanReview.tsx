import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScanImage, ScanView } from '../../../shared/api/scan-views';
import { invoke } from '../../api/client';
import type { ElectionView } from '../../api/types';
import { Modal } from '../../components/Modal';
import { parseBallotInput } from '../../../shared/entry/ballot-input';
import { machineReadingText, reviewPrefill, reviewPrompt } from '../../../shared/scan/review-text';
import { useApp } from '../../state/app-store';
import { judgeBallot } from '../../../shared/rules/validity';
import { paperContext } from '../paper-list';
import { verdictText } from '../../../shared/entry/verdict';

/** The data URL of the picture the server sends. */
function dataUrl(image: ScanImage): string {
  let binary = '';
  for (let i = 0; i < image.data.length; i += 0x8000) binary += String.fromCharCode(...image.data.subarray(i, i + 0x8000));
  return `data:${image.mimeType};base64,${btoa(binary)}`;
}

/**
 * A person decides a scanned ballot (issue 12, item 3): the ballot straightened, the doubtful rows
 * marked; the machine's confident reading typed in already with the entry screen's keys; the
 * person types the ballot as they read it and Enter counts it, or sets the image aside with a reason.
 */
export function ScanReview({ scan, election, onClose, onDone }: { scan: ScanView; election: ElectionView; onClose(): void; onDone(): void }) {
  const { station, notify } = useApp();
  const context = useMemo(() => paperContext(election), [election]);
  const [text, setText] = useState(() => reviewPrefill(election.format, context.listIds, scan));
  const [note, setNote] = useState('');
  const [aside, setAside] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [image, setImage] = useState<ScanImage | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let current = true;
    void invoke('scanImage', { scanId: scan.id }).then((r) => current && (r.ok ? setImage(r.value) : setError(r.error.message)));
    return () => {
      current = false;
    };
  }, [scan.id]);

  const parsed = parseBallotInput(text, { format: election.format, listIds: context.listIds, mode: 'struck' });
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  const confirm = async () => {
    if (parsed.empty) return setError('Gõ phiếu như màn hình Nhập phiếu rồi Enter');
    if (parsed.errors.length > 0) return setError(parsed.errors[0] as string);
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') return setError('Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ, rồi Enter');
    const result = await invoke('confirmScan', { scanId: scan.id, ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}), teamId: station.teamId, operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    notify('ok', `Đã tính ảnh ${scan.image}: phiếu số ${result.value.number}, ${verdictText(result.value.verdict).toLocaleLowerCase('vi')}`);
    onDone();
  };
  const setAsideNow = async () => {
    const result = await invoke('setAsideScan', { scanId: scan.id, reason: aside, operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    notify('info', `Ảnh ${scan.image} không được tính: ${aside.trim()}`);
    onDone();
  };

  return (
    <Modal title={`Xác nhận phiếu quét: ${scan.image}`} onClose={onClose} wide>
      <div className="scan-review">
        <figure className="scan-picture">
          {image ? (
            <svg viewBox={`0 0 ${image.width} ${image.height}`} role="img" aria-label={`Ảnh phiếu ${scan.image}`}>
              <image href={dataUrl(image)} width={image.width} height={image.height} />
              {image.rows.map((r, i) => (
                <g key={r.id}>
                  <rect x={r.row.x} y={r.row.y} width={r.row.width} height={r.row.height} className={r.doubtful ? 'row-doubtful' : 'row-read'} />
                  {r.doubtful && <text x={r.row.x + r.row.width - 8} y={r.row.y + r.row.height * 0.68} textAnchor="end" fontSize={r.row.height * 0.45} className="row-doubtful-label">chưa chắc ({i + 1})</text>}
                </g>
              ))}
            </svg>
          ) : (
            <p className="muted">Đang tải ảnh…</p>
          )}
          {image && !image.straightened && <figcaption>Không định vị được phiếu trên ảnh: ảnh hiện nguyên như khi quét.</figcaption>}
        </figure>
        <div className="scan-decide">
          <p><strong>Máy đọc:</strong> {machineReadingText(context.listIds, scan)}</p>
          <label htmlFor="scan-ballot-input">{reviewPrompt(election.format)}</label>
          <input
            id="scan-ballot-input"
            ref={inputRef}
            data-autofocus
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void confirm();
              }
            }}
          />
          {parsed.ruling === 'COMMITTEE_RULED' && <input className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => setNote(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void confirm()} />}
          <div className={`verdict ${verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} aria-live="polite" data-testid="scan-verdict">
            {parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? verdictText(verdict) : ' '}
          </div>
          {error && <p className="error" role="alert">{error}</p>}
          <p className="keys">
            <kbd>Enter</kbd> xác nhận và tính · <kbd>Esc</kbd> đóng, để sau · <kbd>g</kbd> ghi thêm tên · <kbd>k</kbd> ký tên, đánh dấu · <kbd>p</kbd> không do Ban phát ra · <kbd>b</kbd> Ban kiểm phiếu kết luận
            {election.format === 'A' && (
              <>
                {' '}
                · <kbd>0</kbd> không gạch ai · <kbd>/</kbd> gạch hết
              </>
            )}
          </p>
          <details className="scan-aside">
            <summary>Không tính ảnh này…</summary>
            <input value={aside} onChange={(e) => setAside(e.target.value)} placeholder="Lý do (ví dụ: phiếu đã quét ở tổ khác)" aria-label="Lý do không tính" />
            <button type="button" disabled={aside.trim() === ''} onClick={() => void setAsideNow()}>Không tính ảnh này</button>
          </details>
        </div>
      </div>
    </Modal>
  );
}
