import { useState } from 'react';
import { BackupsPanel } from '../components/BackupsPanel';
import { StationFromSetup } from '../components/StationFromSetup';
import { useApp } from '../state/app-store';
import { CongressFileLoad } from './home/CongressFileLoad';
import { CurrentFile } from './home/CurrentFile';
import { NewCongressForm } from './home/NewCongressForm';
import { OpenFiles } from './home/OpenFiles';
import { ExcelImport } from './ImportScreen';

export function HomeScreen() {
  const workspace = useApp((s) => s.workspace);
  const [importing, setImporting] = useState(false);
  if (importing) {
    return (
      <div className="screen home">
        <h1>Nhập từ bảng tính Excel</h1>
        <ExcelImport onDone={() => setImporting(false)} />
      </div>
    );
  }
  return (
    <div className="screen home">
      <h1>Hồ sơ đại hội</h1>
      <p className="muted">Mỗi đại hội là một tệp hồ sơ. Dữ liệu chỉ nằm trong tệp đó, trên máy này; chương trình không cần mạng. Thư mục hồ sơ: {workspace?.documentsDir}</p>
      <div className="columns">
        <div>
          <CurrentFile />
          <NewCongressForm />
          <StationFromSetup />
        </div>
        <div>
          <OpenFiles />
          {workspace?.path && <BackupsPanel />}
          <section className="card">
            <h2>Từ bảng tính có sẵn</h2>
            <p className="muted">Bảng kiểm phiếu cũ, bảng tổng hợp theo tổ, danh sách ứng cử viên, hoặc bảng tính chương trình này đã xuất.</p>
            <button type="button" onClick={() => setImporting(true)}>
              Nhập từ bảng tính Excel…
            </button>
          </section>
          <CongressFileLoad />
        </div>
      </div>
    </div>
  );
}
