import { useState } from 'react';
import { shownMoment } from '../../shared/format/date';
import { invoke } from '../api/client';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { TextField } from './Field';
import { ConfirmDialog, DialogActions, Modal } from './Modal';
import { useAssemblyWords } from '../state/assembly-words';
import { ERROR_CODES } from '../../shared/api/errors';

interface Authority {
  pin: string;
  reason: string;
}

/** A backup taken before a lock reopens it: asked like an unlock, with the chair's PIN and a reason. */
function RestorePinDialog({ message, onRestore, onClose }: { message: string; onRestore(authority: Authority): void; onClose(): void }) {
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const { chair } = useAssemblyWords();
  return (
    <Modal title="Khôi phục bản có từ trước khi chốt kết quả" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onRestore({ pin, reason });
        }}
      >
        <p>{message}</p>
        <TextField label={`Mã PIN của ${chair}`} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={setPin} autoFocus />
        <TextField label="Lý do khôi phục" value={reason} onChange={setReason} error={reason.trim() === '' ? 'phải ghi lý do' : null} />
        <DialogActions cancelLabel="Không khôi phục" onCancel={onClose}>
          <button type="submit" className="danger" disabled={pin === '' || reason.trim() === ''}>
            Khôi phục bản sao lưu
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

/** The backups beside the open file: made by the program (after a lock or a merge, and every few minutes), restored from here. */
export function BackupsPanel() {
  const { run, load, station } = useApp();
  const backups = useQuery('listBackups', {});
  const [restoring, setRestoring] = useState<{ name: string; at: string } | null>(null);
  const [needsPin, setNeedsPin] = useState<{ name: string; message: string } | null>(null);
  const data = backups.data;

  const restore = async (name: string, authority?: Authority) => {
    const done = await invoke('restoreBackup', { name, operator: station.operator, ...authority });
    if (!done.ok) {
      if (done.error.code === ERROR_CODES.pinRequired) setNeedsPin({ name, message: done.error.message });
      else useApp.getState().notify('error', done.error.message);
      return;
    }
    setNeedsPin(null);
    await load();
    useApp.getState().go('home'); // stay here, with the list that now holds the saved state
    useApp.getState().notify('ok', `Đã khôi phục bản lúc ${shownMoment(done.value.restored.at)}; trạng thái trước đó lưu thành "${done.value.saved.name}". Nhật ký ${done.value.auditIntact ? 'nguyên vẹn' : 'BỊ HỎNG'} (${done.value.events} sự kiện).`);
    await backups.reload();
  };
  if (!data) return null;
  return (
    <section className="card" aria-label="Sao lưu">
      <h2>Sao lưu</h2>
      <p className="muted">
        Chương trình tự sao lưu sau mỗi lần chốt kết quả và gộp gói, và {data.intervalMinutes} phút một lần khi có thay đổi; giữ {data.keep} bản gần nhất trong thư mục {data.dir}.
      </p>
      {data.lastError && <p className="notice">{data.lastError}</p>}
      <div className="actions">
        <button type="button" onClick={async () => (await run('backupNow', {}, 'Đã sao lưu'), await backups.reload())}>
          Sao lưu ngay
        </button>
      </div>
      {data.backups.length === 0 ? (
        <p className="muted">Chưa có bản sao lưu nào.</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th>Thời điểm</th>
              <th>Lý do</th>
              <th className="num">Dung lượng</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.backups.map((b) => (
              <tr key={b.name}>
                <td>{shownMoment(b.at)}</td>
                <td>{b.label}</td>
                <td className="num">{size(b.bytes)}</td>
                <td className="row-actions">
                  <button type="button" className="link" onClick={() => setRestoring(b)}>
                    Khôi phục…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title="Khôi phục từ bản sao lưu"
          message={`Hồ sơ sẽ trở về trạng thái lúc ${shownMoment(restoring.at)}. Trạng thái hiện tại được lưu thành một bản sao lưu trước, nên có thể quay lại.`}
          confirmLabel={`Khôi phục bản lúc ${shownMoment(restoring.at)}`}
          cancelLabel="Không khôi phục"
          danger
          onCancel={() => setRestoring(null)}
          onConfirm={async () => {
            const target = restoring;
            setRestoring(null);
            await restore(target.name);
          }}
        />
      )}
      {needsPin && <RestorePinDialog message={needsPin.message} onRestore={(authority) => void restore(needsPin.name, authority)} onClose={() => setNeedsPin(null)} />}
    </section>
  );
}
