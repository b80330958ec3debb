import { useState } from 'react';
import type { CandidateView, ElectionView } from '../../api/types';
import { Field } from '../../components/Field';
import { parseCandidateLines } from '../../setup/parse-candidate-lines';
import { useApp } from '../../state/app-store';
import { useDraft } from '../../state/use-draft';
import { BallotPaperDialog } from '../PrintDialogs';
import { CandidateRow } from './CandidateRow';
import { EditCandidate } from './EditCandidate';

export function CandidateList({ election }: { election: ElectionView }) {
  const { run, workspace } = useApp();
  const [printing, setPrinting] = useState(false);
  const [text, setText, discardText] = useDraft(`${workspace?.path}:paste:${election.id}`, () => '');
  const [editing, setEditing] = useState<CandidateView | null>(null);
  const frozen = election.ballotEntries > 0 || election.status !== 'open' || election.continuations.length > 0;
  const lines = parseCandidateLines(text);
  const errors = lines.filter((l) => l.error).map((l) => l.error as string);

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
        Danh sách bầu cử ({election.candidates.filter((c) => !c.withdrawn).length} người trên phiếu, bầu {election.seats})
      </h2>
      {printing && <BallotPaperDialog electionId={election.id} listProblems={election.listProblems} onClose={() => setPrinting(false)} />}
      {frozen && <p className="notice">Đã có phiếu được nhập hoặc cuộc bầu đã chốt: danh sách và thứ tự trên phiếu không thay đổi được nữa (vẫn sửa được lỗi chính tả của tên).</p>}
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
            <CandidateRow key={c.id} candidate={c} index={i} count={election.candidates.length} frozen={frozen} onMove={(a, b) => void move(a, b)} onEdit={setEditing} />
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
