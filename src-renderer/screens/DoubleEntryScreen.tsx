import { useState } from 'react';
import { TextField } from '../components/Field';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { BatchPanel } from './double-entry/BatchPanel';
import { DiscrepancyReportDialog } from './double-entry/DiscrepancyReportDialog';
import { STATUS } from './double-entry/labels';
import { NewBatchForm } from './double-entry/NewBatchForm';

export function DoubleEntryScreen() {
  const { electionId, station, setStation } = useApp();
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const batches = useQuery('listBatches', electionId === null ? null : { electionId });
  const [selected, setSelected] = useState<number | null>(null);
  const [reporting, setReporting] = useState(false);
  const view = election.data && election.data.id === electionId ? election.data : null;
  if (electionId === null) return <div className="screen muted">Chưa có cuộc bầu nào.</div>;
  if (!view) return <div className="screen muted">Đang tải…</div>;
  const list = batches.data ?? [];
  const batch = list.find((b) => b.id === selected) ?? list.find((b) => b.status === 'open') ?? list.at(-1) ?? null;
  return (
    <div className="screen double-entry">
      <h1>Nhập đối chứng: {view.title}</h1>
      <p className="muted">Một chồng phiếu được hai người nhập độc lập; chương trình so từng phiếu, chỗ khác nhau được đối chiếu với phiếu giấy; chỉ chồng đã đối chiếu mới được tính.</p>
      <div className="station-bar">
        <TextField label="Người nhập / người đối chiếu" value={station.operator} onChange={(operator) => setStation({ operator })} onBlur={() => setStation({ operator: station.operator.trim() })} placeholder="Họ tên" />
        <div className="actions">
          <button type="button" onClick={() => setReporting(true)}>
            Báo cáo chênh lệch
          </button>
        </div>
      </div>
      <div className="columns columns-narrow-left">
        <div>
          <section className="card" aria-label="Các chồng phiếu">
            <h2>Các chồng phiếu ({list.length})</h2>
            <div className="election-list">
              {list.map((b) => (
                <button key={b.id} type="button" className={batch?.id === b.id ? 'active' : ''} onClick={() => setSelected(b.id)}>
                  <strong>{b.label}</strong>
                  <span className="muted">
                    {b.size} phiếu · {STATUS[b.status]} · lượt 1: {b.pass1Entered}/{b.size} · lượt 2: {b.pass2Entered}/{b.size}
                    {b.differences !== null ? ` · ${b.differences} khác nhau` : ''}
                  </span>
                </button>
              ))}
            </div>
          </section>
          {view.status === 'open' && <NewBatchForm election={view} onCreated={setSelected} />}
        </div>
        <div>{batch ? <BatchPanel key={batch.id} batch={batch} election={view} /> : <p className="muted">Tạo một chồng phiếu để bắt đầu.</p>}</div>
      </div>
      {reporting && <DiscrepancyReportDialog electionId={view.id} onClose={() => setReporting(false)} />}
    </div>
  );
}
