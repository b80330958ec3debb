import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppError, Result } from '../../shared/result';
import { downloadFile, fileUrl, type ProducedFile } from './download';
import { Modal } from './Modal';
import { ERROR_CODES } from '../../shared/api/errors';

/**
 * A printed paper: built by the main process, previewed here, printed from the preview or saved
 * as a file, all from the same bytes. When the checks block an official printout, says what
 * fails and offers the rehearsal printout (marked as such on every page).
 */
export function DocumentDialog({ title, build, options, onClose, onRehearsal }: { title: string; build(): Promise<Result<ProducedFile>>; options?: ReactNode; onClose(): void; onRehearsal?: () => void }) {
  const [file, setFile] = useState<ProducedFile | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [building, setBuilding] = useState(true);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let cancelled = false;
    setBuilding(true);
    void build().then((result) => {
      if (cancelled) return;
      setBuilding(false);
      if (!result.ok) {
        setError(result.error);
        setFile(null);
        return;
      }
      setError(null);
      setFile(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [build]);

  useEffect(() => {
    if (!file) return;
    const objectUrl = fileUrl(file);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);

  const print = () => frame.current?.contentWindow?.print();
  const save = () => file && downloadFile(file);

  return (
    <Modal title={title} onClose={onClose} wide>
      <div
        className="document-dialog"
        onKeyDown={(e) => {
          if (e.ctrlKey && e.key.toLowerCase() === 's') (e.preventDefault(), save());
          if (e.ctrlKey && e.key.toLowerCase() === 'p') (e.preventDefault(), print());
        }}
      >
        {options && <div className="document-options">{options}</div>}
        {building && <p className="muted" role="status">Đang tạo tệp…</p>}
        {error && (
          <div className="notice" role="alert">
            <p>
              <strong>{error.code === ERROR_CODES.blockingProblems ? 'Chưa thể in: các kiểm tra sau chưa đạt' : 'Không tạo được tệp:'}</strong> {error.code === ERROR_CODES.blockingProblems ? '' : error.message}
            </p>
            {error.details && (
              <ul>
                {error.details.map((d, i) => (
                  <li key={i}>{d.message}</li>
                ))}
              </ul>
            )}
            {error.code === ERROR_CODES.blockingProblems && onRehearsal && (
              <button type="button" onClick={onRehearsal}>
                In bản chạy thử (ghi rõ trên mọi trang)
              </button>
            )}
          </div>
        )}
        {url && file && !building && <iframe ref={frame} className="pdf-preview" src={url} title={`Xem trước: ${file.fileName}`} />}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Đóng (Esc)
          </button>
          <button type="button" disabled={!file} onClick={print}>
            In (Ctrl+P)
          </button>
          <button type="button" className="primary" disabled={!file} onClick={save}>
            Lưu tệp PDF (Ctrl+S)
          </button>
        </div>
      </div>
    </Modal>
  );
}
