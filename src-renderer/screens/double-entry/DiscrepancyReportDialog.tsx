import { Modal } from '../../components/Modal';
import { downloadText } from '../../files/files';
import { useQuery } from '../../state/use-query';
import { RESOLUTION, STATUS } from './labels';
import { useApp } from '../../state/app-store';

/** The discrepancy report for the minutes' file: printable, and as CSV. */
export function DiscrepancyReportDialog({ electionId, onClose }: { electionId: number; onClose(): void }) {
  const report = useQuery('doubleEntryReport', { electionId });
  const data = report.data;
  const locked = useApp((s) => s.congress?.elections.find((e) => e.id === electionId)?.status === 'locked');
  return (
    <Modal title="Báo cáo chênh lệch nhập đối chứng" onClose={onClose} wide>
      {data && (
        <div className="printable" data-testid="discrepancy-report">
          <h3 className="print-only">BÁO CÁO CHÊNH LỆCH NHẬP ĐỐI CHỨNG</h3>
          <h3>{data.title}</h3>
          {/* What the paper is, on the paper and before it is printed (issue 18, item 4). */}
          <p className="notice" role="note">
            {locked ? 'Kết quả cuộc bầu đã chốt: báo cáo này kèm hồ sơ biên bản kiểm phiếu.' : 'Bản tạm: cuộc bầu chưa chốt kết quả, các chồng phiếu còn có thể thay đổi.'}
          </p>
          {data.batches.length === 0 && <p>Chưa có chồng phiếu nào.</p>}
          {data.batches.map((b) => (
            <div key={b.id}>
              <h4>
                Chồng "{b.label}" · {b.size} phiếu{b.teamName ? ` · ${b.teamName}` : ''} · {STATUS[b.status]} · lượt 1: {b.pass1Operator ?? '—'}, lượt 2: {b.pass2Operator ?? '—'}
              </h4>
              {b.differences.length === 0 ? (
                <p>{b.compared ? 'Hai lượt nhập khớp nhau hoàn toàn.' : 'Chưa nhập xong hai lượt.'}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th className="num">Phiếu</th>
                      <th>Lượt 1</th>
                      <th>Lượt 2</th>
                      <th>Kết luận</th>
                      <th>Người đối chiếu</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.differences.map((d) => (
                      <tr key={d.position}>
                        <td className="num">{d.position}</td>
                        <td>{d.first.text}</td>
                        <td>{d.second.text}</td>
                        <td>{d.resolved ? `${RESOLUTION[d.resolved.resolution as keyof typeof RESOLUTION]}: ${d.resolved.text}` : 'chưa đối chiếu'}</td>
                        <td>{d.resolved?.operator ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </div>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Đóng (Esc)
        </button>
        <button type="button" disabled={!data} onClick={() => data && downloadText(data.fileName, data.csv, 'text/csv')}>
          Tải CSV
        </button>
        <button type="button" className="primary" onClick={() => window.print()} data-autofocus>
          In báo cáo
        </button>
      </div>
    </Modal>
  );
}
