import { useState } from 'react';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { ConfirmDialog } from './Modal';

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

/** The backups beside the open file: made by the program (after a lock or a merge, and every few minutes), restored from here. */
export function BackupsPanel() {
  const { run, load, station } = useApp();
  const backups = useQuery('listBackups', {});
  const [restoring, setRestoring] = useState<{ name: string; at: string } | null>(null);
  const data = backups.data;
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
                <td>{new Date(b.at).toLocaleString('vi-VN')}</td>
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
          message={`Hồ sơ sẽ trở về trạng thái lúc ${new Date(restoring.at).toLocaleString('vi-VN')}. Trạng thái hiện tại được lưu thành một bản sao lưu trước, nên có thể quay lại.`}
          confirmLabel="Khôi phục"
          danger
          onCancel={() => setRestoring(null)}
          onConfirm={async () => {
            const target = restoring;
            setRestoring(null);
            const done = await run('restoreBackup', { name: target.name, operator: station.operator });
            if (!done.ok) return;
            await load();
            useApp.getState().go('home'); // stay here, with the list that now holds the saved state
            useApp.getState().notify('ok', `Đã khôi phục bản lúc ${new Date(done.value.restored.at).toLocaleString('vi-VN')}; trạng thái trước đó lưu thành "${done.value.saved.name}". Nhật ký ${done.value.auditIntact ? 'nguyên vẹn' : 'BỊ HỎNG'} (${done.value.events} sự kiện).`);
            await backups.reload();
          }}
        />
      )}
    </section>
  );
}
