import { useEffect, useRef, useState } from 'react';
import type { FolderListing } from '../../../shared/api/scan-views';
import { invoke } from '../../api/client';
import { Modal } from '../../components/Modal';

/**
 * "Chọn thư mục…" for the scanner's folder, in Vietnamese in both shells: the folders are listed
 * by the program (a browser cannot tell a folder's path). Enter on a folder opens it, Backspace
 * goes up, and "Dùng thư mục này" takes the folder open, saying how many images it holds.
 */
export function FolderPicker({ start, onChoose, onClose }: { start: string; onChoose(path: string): void; onClose(): void }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const use = useRef<HTMLButtonElement>(null);
  const open = async (path?: string) => {
    const result = await invoke('browseFolders', path ? { path } : {});
    if (result.ok) {
      setListing(result.value);
      setError(null);
      // The folder just opened is the likely choice: Enter takes it.
      requestAnimationFrame(() => use.current?.focus());
    } else setError(result.error.message);
  };
  useEffect(() => {
    void open(start || undefined).then(() => undefined);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const separator = listing?.path.includes('\\') ? '\\' : '/';
  const child = (name: string) => (listing ? `${listing.path.replace(/[\\/]$/, '')}${separator}${name}` : name);
  return (
    <Modal title="Chọn thư mục máy quét lưu ảnh" onClose={onClose} wide>
      <div
        className="folder-picker"
        onKeyDown={(e) => {
          if (e.key === 'Backspace' && listing?.parent && !(e.target instanceof HTMLInputElement)) {
            e.preventDefault();
            void open(listing.parent);
          }
        }}
      >
        <p className="folder-path" data-testid="folder-path">{listing?.path ?? 'Đang mở…'}</p>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="folder-actions">
          <button type="button" ref={use} data-autofocus disabled={!listing} onClick={() => listing && onChoose(listing.path)}>
            Dùng thư mục này{listing ? ` (${listing.images} ảnh)` : ''}
          </button>
          <button type="button" disabled={!listing?.parent} onClick={() => listing?.parent && void open(listing.parent)}>
            Lên thư mục trên (Backspace)
          </button>
          {listing && <span className="muted">Bắt đầu từ:</span>}
          {listing?.roots.map((root) => (
            <button type="button" key={root} onClick={() => void open(root)}>
              {root}
            </button>
          ))}
        </div>
        <ul className="folder-list" aria-label="Các thư mục con">
          {listing?.folders.length === 0 && <li className="muted folder-none">Không có thư mục con</li>}
          {listing?.folders.map((name) => (
            <li key={name}>
              <button type="button" onClick={() => void open(child(name))}>
                {name}
              </button>
            </li>
          ))}
        </ul>
        <p className="keys">
          <kbd>Enter</kbd> mở thư mục · <kbd>Backspace</kbd> lên trên · <kbd>Esc</kbd> đóng
        </p>
      </div>
    </Modal>
  );
}
