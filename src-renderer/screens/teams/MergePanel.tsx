import { useState } from 'react';
import type { PackagesPreview } from '../../../shared/api/station-views';
import { invoke } from '../../api/client';
import { FileChooser } from '../../components/FileChooser';
import { ConfirmDialog } from '../../components/Modal';
import { readChosenFiles } from '../../files/files';
import { useApp } from '../../state/app-store';
import { PackagePreviewItem } from './PackagePreviewItem';

/** The chair merges the stations' packages: read, checked and shown first; merged in one step after a confirmation. */
export function MergePanel() {
  const { congress, run, station } = useApp();
  const [files, setFiles] = useState<{ label: string; content: string }[]>([]);
  const [accept, setAccept] = useState(false);
  const [preview, setPreview] = useState<PackagesPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!congress) return null;

  const check = async (chosen: typeof files, acceptCorrections: boolean) => {
    setPreview(null);
    if (chosen.length === 0) return;
    setBusy(`Đang đọc và kiểm tra chữ ký ${chosen.length} gói…`);
    const result = await invoke('previewPackages', { congressId: congress.id, packages: chosen, acceptCorrections });
    setBusy(null);
    if (result.ok) setPreview(result.value);
    else useApp.getState().notify('error', result.error.message);
  };

  const merge = async () => {
    setConfirming(false);
    setBusy(`Đang gộp ${files.length} gói…`);
    const result = await run('mergePackages', { congressId: congress.id, packages: files, acceptCorrections: accept, operator: station.operator });
    setBusy(null);
    if (!result.ok) return;
    const added = result.value.packages.reduce((n, p) => n + p.elections.reduce((m, e) => m + e.added, 0), 0);
    useApp.getState().notify('ok', `Đã gộp ${result.value.packages.length} gói: ${added} phiếu mới. Đã sao lưu hồ sơ.`);
    setFiles([]);
    setPreview(null);
  };

  const newBallots = preview?.packages.reduce((n, p) => n + (p.ok ? p.counts.add : 0), 0) ?? 0;
  return (
    <section className="card" aria-label="Gộp gói của các máy trạm">
      <h2>Gộp gói của các máy trạm</h2>
      <FileChooser
        label="Các gói của máy trạm (.json, chọn được nhiều tệp)"
        accept=".json,application/json"
        multiple
        chosen={files.map((f) => f.label)}
        onChoose={async (chosenFiles) => {
          const chosen = await readChosenFiles(chosenFiles);
          setFiles(chosen);
          await check(chosen, accept);
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={accept}
          onChange={async (e) => {
            setAccept(e.target.checked);
            await check(files, e.target.checked);
          }}
        />{' '}
        Nhận các sửa đổi của máy trạm (phiếu máy trạm đã sửa hoặc hủy sau lần gộp trước)
      </label>
      {busy && (
        <p className="progress" role="status" aria-busy="true">
          {busy}
        </p>
      )}
      {preview && (
        <>
          <h3>Xem trước: chưa có gì được gộp</h3>
          <ul className="package-list">
            {preview.packages.map((p) => (
              <PackagePreviewItem key={p.label} p={p} />
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="primary" disabled={!preview.canMerge || busy !== null} onClick={() => setConfirming(true)}>
              Gộp {files.length} gói ({newBallots} phiếu mới)
            </button>
            {!preview.canMerge && <span className="problem-error">Có gói không gộp được: bỏ gói đó ra hoặc xử lý các lỗi trên rồi chọn lại.</span>}
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title="Gộp các gói vào hồ sơ"
          message={`${newBallots} phiếu mới từ ${files.length} gói sẽ được tính vào kết quả. Việc gộp được ghi vào nhật ký và hồ sơ được sao lưu ngay sau đó.`}
          confirmLabel={`Gộp ${files.length} gói vào hồ sơ`}
          cancelLabel="Chưa gộp"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void merge()}
        />
      )}
    </section>
  );
}
