import { useState } from 'react';
import type { CandidateView, ElectionView } from '../../api/types';
import { Field } from '../../components/Field';
import { parseCandidateLines } from '../../setup/parse-candidate-lines';
import { useApp } from '../../state/app-store';
import { useDraft } from '../../state/use-draft';
import { shownMoment } from '../../../shared/format/date';
import { BallotPaperDialog } from '../PrintDialogs';
import { namesOnPaper } from '../paper-list';
import { ReprintDialog } from './ReprintDialog';
import { CandidateRow } from './CandidateRow';
import { EditCandidate } from './EditCandidate';

export function CandidateList({ election }: { election: ElectionView }) {
  const { run, workspace } = useApp();
  const [printing, setPrinting] = useState(false);
  const [reprinting, setReprinting] = useState(false);
  const [text, setText, discardText] = useDraft(`${workspace?.path}:paste:${election.id}`, () => '');
  const [editing, setEditing] = useState<CandidateView | null>(null);
  // The election closed (locked, paused, voided, a finished round): nothing on the list changes but a misspelt name.
  const closed = election.status !== 'open' || election.continuations.length > 0 || election.voided !== null;
  const entered = election.ballotEntries > 0;
  // RULES R1: once printed or a paper entered, the order, the numbers and the seats are as on the papers; a withdrawal stays possible.
  const frozen = closed || entered || election.printing !== null;
  const struckOnPaper = election.candidates.filter((c) => c.withdrawn && c.onPaper);
  const lines = parseCandidateLines(text);
  const errors = lines.filter((l) => l.error).map((l) => l.error as string);
  const body = useApp((s) => (s.congress?.kind === 'committee' ? 'hội nghị' : 'đại hội'));

  const add = async () => {
    const candidates = lines.flatMap((l) => (l.candidate ? [l.candidate] : []));
    if (candidates.length === 0 || errors.length > 0) return;
    const result = await run('addCandidates', { electionId: election.id, candidates }, `Đã thêm ${candidates.length} người vào danh sách`);
    if (result.ok) discardText();
  };
  const move = async (from: number, to: number) => {
    const ids = election.candidates.map((c) => c.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved as number);
    await run('reorderCandidates', { electionId: election.id, candidateIds: ids });
    requestAnimationFrame(() => document.querySelectorAll<HTMLTableRowElement>('.candidates tbody tr')[to]?.focus());
  };

  return (
    <section className="card" aria-label="Danh sách bầu cử">
      <h2>
        Danh sách bầu cử ({namesOnPaper(election).length} người trên phiếu{struckOnPaper.length > 0 ? `, ${struckOnPaper.length} đã rút sau khi in` : ''}, bầu {election.seats})
      </h2>
      {printing && <BallotPaperDialog election={election} onClose={() => setPrinting(false)} />}
      {reprinting && <ReprintDialog election={election} onClose={() => setReprinting(false)} />}
      {closed && <p className="notice">Cuộc bầu đã chốt, tạm dừng hoặc vòng bầu đã kết thúc: danh sách và thứ tự trên phiếu không thay đổi được nữa (vẫn sửa được lỗi chính tả của tên).</p>}
      {!closed && frozen && (
        <div className="notice" role="note" data-testid="printed-notice">
          <p>
            <strong>{election.printing !== null ? `Phiếu bầu đã in (lần in ${election.printing.number}, lúc ${shownMoment(election.printing.printedAt)}).` : 'Đã có phiếu được nhập.'}</strong> Danh sách, thứ tự, số thứ tự và số lượng cần bầu giữ nguyên như trên phiếu (vẫn sửa được lỗi chính tả của tên). Nếu {body} đồng ý cho một đồng chí rút tên, tên vẫn còn trên phiếu ở số thứ tự cũ, luôn bị gạch khi nhập phiếu và không được tính phiếu
            {entered ? ', kể cả ở các phiếu đã nhập.' : '.'}
          </p>
          {election.printing !== null && !entered && (
            <div className="actions">
              <button type="button" onClick={() => setPrinting(true)}>
                In thêm phiếu lần in {election.printing.number} (PDF)
              </button>
              <button type="button" onClick={() => setReprinting(true)}>
                In lại phiếu: lần in mới…
              </button>
            </div>
          )}
        </div>
      )}
      {editing && <EditCandidate candidate={editing} onDone={() => setEditing(null)} />}
      <table className="candidates">
        <thead>
          <tr>
            <th className="num">TT</th>
            <th>Họ và tên</th>
            <th className="num">Năm sinh</th>
            <th>Giới tính</th>
            <th>Chức vụ, đơn vị</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {election.candidates.map((c, i) => (
            <CandidateRow key={c.id} candidate={c} index={i} count={election.candidates.length} frozen={frozen} canWithdraw={!closed} papers={election.printing !== null ? `Phiếu bầu đã in (lần in ${election.printing.number})` : entered ? 'Đã có phiếu được nhập' : null} entered={election.ballotEntries} onMove={(a, b) => void move(a, b)} onEdit={setEditing} />
          ))}
        </tbody>
      </table>
      {!frozen && (
        <>
          <div className="actions">
            <button type="button" disabled={election.candidates.every((c) => c.withdrawn)} onClick={() => setPrinting(true)}>
              In phiếu bầu (PDF)
            </button>
            <button type="button" disabled={election.candidates.length < 2} onClick={() => void run('sortCandidatesAbc', { electionId: election.id }, 'Đã xếp theo vần A, B, C (tên, họ, tên đệm, năm sinh)')}>
              Xếp theo vần A, B, C
            </button>
            <span className="muted">Chọn một dòng rồi Alt+↑ / Alt+↓ để đổi thứ tự.</span>
          </div>
          <Field label="Thêm người: gõ hoặc dán danh sách, mỗi dòng một người (có thể kèm năm sinh, giới tính, chức vụ)" error={errors[0] ?? null} hint={lines.length > 0 ? `${lines.length} người sẽ được thêm. Ctrl+Enter để thêm.` : undefined}>
            {(props) => (
              <textarea
                {...props}
                rows={5}
                value={text}
                placeholder={'Nguyễn Văn An, 1970, nam\nLê Thị Cúc, 1975, nữ'}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.ctrlKey && e.key === 'Enter') {
                    e.preventDefault();
                    void add();
                  }
                }}
              />
            )}
          </Field>
          <button type="button" className="primary" disabled={lines.length === 0 || errors.length > 0} onClick={() => void add()}>
            Thêm vào danh sách
          </button>
        </>
      )}
    </section>
  );
}
