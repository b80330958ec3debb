import { useEffect, useState } from 'react';
import { OFFICE_LABELS, OFFICES, type Office } from '../../shared/domain';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { checkList } from '../../shared/rules/surplus';
import type { CandidateView, ElectionView } from '../api/types';
import { Field, SelectField, TextField } from '../components/Field';
import { ConfirmDialog } from '../components/Modal';
import { ProblemList } from '../components/ProblemList';
import { parseCandidateLines } from '../setup/parse-candidate-lines';
import { BallotPaperDialog } from './PrintDialogs';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { useQuery } from '../state/use-query';
import { parseWhole, requiredWhole } from '../state/validate';

const OFFICE_OPTIONS: { value: Office; label: string }[] = OFFICES.map((o) => ({ value: o, label: OFFICE_LABELS[o] }));
const STATUS_LABELS = { open: 'đang nhập', locked: 'đã chốt', paused: 'tạm dừng' } as const;

function NewElection({ congressId }: { congressId: number }) {
  const { run, selectElection } = useApp();
  const [office, setOffice] = useState<Office>('cap_uy');
  const [seats, setSeats] = useState('');
  const [title, setTitle] = useState('');
  const parsed = requiredWhole(seats, 1);
  return (
    <form
      className="card"
      aria-label="Thêm cuộc bầu"
      onSubmit={async (e) => {
        e.preventDefault();
        if (parsed.value === null) return;
        const result = await run('createElection', { congressId, office, seats: parsed.value, ...(title.trim() ? { title } : {}) }, 'Đã thêm cuộc bầu');
        if (result.ok) {
          selectElection(result.value.electionId);
          setSeats('');
          setTitle('');
        }
      }}
    >
      <h2>Thêm cuộc bầu</h2>
      <SelectField<Office> label="Bầu" value={office} options={OFFICE_OPTIONS} onChange={setOffice} />
      <TextField label="Số lượng cần bầu" value={seats} inputMode="numeric" onChange={setSeats} error={seats === '' ? null : parsed.error} />
      <TextField label="Tiêu đề (không bắt buộc)" value={title} onChange={setTitle} placeholder={`Bầu ${OFFICE_LABELS[office]} khóa …`} />
      <button type="submit" className="primary" disabled={parsed.value === null}>
        Thêm
      </button>
    </form>
  );
}

interface SettingsDraft {
  title: string;
  seats: string;
  ballotsIssued: string;
  ballotsReturned: string;
  ownBase: boolean;
  baseOverride: string;
  allBothOrNoneInvalid: boolean;
  requireMajority: boolean;
}

function settingsOf(e: ElectionView): SettingsDraft {
  return {
    title: e.title, seats: String(e.seats), ballotsIssued: e.ballotsIssued === null ? '' : String(e.ballotsIssued), ballotsReturned: e.ballotsReturned === null ? '' : String(e.ballotsReturned),
    ownBase: e.baseOverride !== null, baseOverride: e.baseOverride === null ? '' : String(e.baseOverride), allBothOrNoneInvalid: e.allBothOrNoneInvalid, requireMajority: e.requireMajority,
  };
}

function ElectionSettings({ election }: { election: ElectionView }) {
  const { run, workspace } = useApp();
  const [draft, setDraft, discard] = useDraft<SettingsDraft>(`${workspace?.path}:election:${election.id}`, () => settingsOf(election));
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => setDraft({ ...draft, [key]: value });
  const seats = requiredWhole(draft.seats, 1);
  const issued = parseWhole(draft.ballotsIssued);
  const returned = parseWhole(draft.ballotsReturned);
  const base = draft.ownBase ? requiredWhole(draft.baseOverride, 1) : { value: null, error: null };
  const locked = election.status !== 'open';
  const changed = JSON.stringify(draft) !== JSON.stringify(settingsOf(election));
  const valid = draft.title.trim() !== '' && !seats.error && !issued.error && !returned.error && !base.error;
  const listSize = election.candidates.filter((c) => !c.withdrawn).length;
  const liveProblems = seats.value === null ? election.listProblems : checkList({ office: election.office, seats: seats.value, listSize, committeeListSize: null, round: election.round });

  return (
    <form
      className="card"
      aria-label="Thiết lập cuộc bầu"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid || seats.value === null) return;
        const result = await run('updateElection', { electionId: election.id, title: draft.title, seats: seats.value, ballotsIssued: issued.value, ballotsReturned: returned.value, baseOverride: draft.ownBase ? base.value : null, allBothOrNoneInvalid: draft.allBothOrNoneInvalid, requireMajority: draft.requireMajority }, 'Đã lưu cuộc bầu');
        if (result.ok) discard();
      }}
    >
      <h2>
        {election.officeLabel} <span className={`badge badge-${election.status}`}>{STATUS_LABELS[election.status]}</span>
        {election.round > 1 && <span className="badge">vòng {election.round}</span>}
      </h2>
      <fieldset disabled={locked}>
        <TextField label="Tiêu đề" value={draft.title} onChange={(v) => set('title', v)} error={draft.title.trim() === '' ? 'không được để trống' : null} />
        <div className="row">
          <TextField label="Số lượng cần bầu" value={draft.seats} inputMode="numeric" onChange={(v) => set('seats', v)} error={seats.error} hint={`Mẫu phiếu: ${ballotFormat(listSize, seats.value ?? election.seats) === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'}`} />
          <TextField label="Số phiếu phát ra" value={draft.ballotsIssued} inputMode="numeric" onChange={(v) => set('ballotsIssued', v)} error={issued.error} />
          <TextField label="Số phiếu thu vào" value={draft.ballotsReturned} inputMode="numeric" onChange={(v) => set('ballotsReturned', v)} error={returned.error} hint="Khi đã nhập, số phiếu nhập phải khớp" />
        </div>
        <div className="row">
          <label className="check">
            <input type="checkbox" checked={draft.ownBase} onChange={(e) => set('ownBase', e.target.checked)} /> Cơ sở tính kết quả riêng cho cuộc bầu này (hội nghị cấp ủy)
          </label>
          {draft.ownBase ? <TextField label="Số cơ sở riêng" value={draft.baseOverride} inputMode="numeric" onChange={(v) => set('baseOverride', v)} error={base.error} /> : <p className="muted">Theo đại hội: {election.base} (cần {election.votesNeeded} phiếu)</p>}
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.allBothOrNoneInvalid} onChange={(e) => set('allBothOrNoneInvalid', e.target.checked)} /> Phiếu đồng ý/không đồng ý nhiều người mà mọi người đều đánh cả hai ô hoặc bỏ trống là phiếu không hợp lệ (RULES R3, mặc định)
        </label>
        {election.round > 1 && (
          <label className="check">
            <input type="checkbox" checked={draft.requireMajority} onChange={(e) => set('requireMajority', e.target.checked)} /> Vòng này vẫn phải đạt quá một nửa
          </label>
        )}
      </fieldset>
      <ProblemList problems={liveProblems} empty="Danh sách bầu cử hợp lệ về số dư" />
      {!locked && (
        <div className="actions">
          {changed && <span className="unsaved">Chưa lưu</span>}
          <button type="button" disabled={!changed} onClick={discard}>
            Bỏ thay đổi
          </button>
          <button type="submit" className="primary" disabled={!valid || !changed}>
            Lưu
          </button>
        </div>
      )}
    </form>
  );
}

function CandidateRow({ candidate, index, count, frozen, onMove, onEdit }: { candidate: CandidateView; index: number; count: number; frozen: boolean; onMove(from: number, to: number): void; onEdit(c: CandidateView): void }) {
  const run = useApp((s) => s.run);
  const [confirming, setConfirming] = useState(false);
  return (
    <tr
      className={candidate.withdrawn ? 'withdrawn' : ''}
      tabIndex={0}
      onKeyDown={(e) => {
        if (frozen) return;
        if (e.altKey && e.key === 'ArrowUp' && index > 0) {
          e.preventDefault();
          onMove(index, index - 1);
        }
        if (e.altKey && e.key === 'ArrowDown' && index < count - 1) {
          e.preventDefault();
          onMove(index, index + 1);
        }
      }}
    >
      <td className="num">{candidate.number ?? '—'}</td>
      <td>
        {candidate.name}
        {candidate.withdrawn && <span className="badge">đã rút</span>}
      </td>
      <td className="num">{candidate.birthYear ?? ''}</td>
      <td>{candidate.gender ?? ''}</td>
      <td>{candidate.position ?? ''}</td>
      <td className="row-actions">
        <button type="button" className="link" onClick={() => onEdit(candidate)}>
          sửa
        </button>
        {!frozen && (
          <>
            <button type="button" className="link" aria-label={`Đưa ${candidate.name} lên`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              ↑
            </button>
            <button type="button" className="link" aria-label={`Đưa ${candidate.name} xuống`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
              ↓
            </button>
            <button type="button" className="link" onClick={() => setConfirming(true)}>
              {candidate.withdrawn ? 'bỏ rút' : 'rút tên'}
            </button>
            <button type="button" className="link danger" onClick={() => void run('removeCandidate', { candidateId: candidate.id }, `Đã xóa ${candidate.name} khỏi danh sách`)}>
              xóa
            </button>
          </>
        )}
        {confirming && (
          <ConfirmDialog
            title={candidate.withdrawn ? 'Đưa lại vào danh sách' : 'Rút tên khỏi danh sách bầu cử'}
            message={candidate.withdrawn ? `Đưa ${candidate.name} trở lại phiếu bầu?` : `Đại hội đã đồng ý cho đồng chí ${candidate.name} rút khỏi danh sách? Tên vẫn được ghi nhận trong hồ sơ, nhưng không có trên phiếu bầu.`}
            confirmLabel={candidate.withdrawn ? 'Đưa lại' : 'Rút tên'}
            onCancel={() => setConfirming(false)}
            onConfirm={async () => {
              setConfirming(false);
              await run('withdrawCandidate', { candidateId: candidate.id, withdrawn: !candidate.withdrawn }, candidate.withdrawn ? 'Đã đưa lại vào danh sách' : 'Đã rút tên');
            }}
          />
        )}
      </td>
    </tr>
  );
}

function EditCandidate({ candidate, onDone }: { candidate: CandidateView; onDone(): void }) {
  const run = useApp((s) => s.run);
  const [name, setName] = useState(candidate.name);
  const [year, setYear] = useState(candidate.birthYear === null ? '' : String(candidate.birthYear));
  const [position, setPosition] = useState(candidate.position ?? '');
  const birth = parseWhole(year);
  return (
    <form
      className="card inline-edit"
      aria-label={`Sửa ${candidate.name}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (birth.error || name.trim() === '') return;
        const result = await run('updateCandidate', { candidateId: candidate.id, name, birthYear: birth.value, position: position || null }, 'Đã sửa');
        if (result.ok) onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <div className="row">
        <TextField label="Họ và tên" value={name} onChange={setName} autoFocus error={name.trim() === '' ? 'không được để trống' : null} />
        <TextField label="Năm sinh" value={year} inputMode="numeric" onChange={setYear} error={birth.error} />
        <TextField label="Chức vụ, đơn vị" value={position} onChange={setPosition} />
      </div>
      <div className="actions">
        <button type="button" onClick={onDone}>
          Hủy (Esc)
        </button>
        <button type="submit" className="primary">
          Lưu
        </button>
      </div>
    </form>
  );
}

function CandidateList({ election }: { election: ElectionView }) {
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
      {printing && <BallotPaperDialog electionId={election.id} onClose={() => setPrinting(false)} />}
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

export function ElectionsScreen() {
  const { congress, electionId, selectElection, go } = useApp();
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  useEffect(() => {
    if (electionId === null && congress && congress.elections[0]) selectElection(congress.elections[0].id);
  }, [congress, electionId, selectElection]);
  if (!congress) return null;
  const view = election.data && election.data.id === electionId ? election.data : null;
  return (
    <div className="screen elections">
      <h1>Các cuộc bầu</h1>
      <div className="columns columns-narrow-left">
        <div>
          <nav className="card election-list" aria-label="Danh sách các cuộc bầu">
            {congress.elections.length === 0 && <p className="muted">Chưa có cuộc bầu nào.</p>}
            {congress.elections.map((e) => (
              <button key={e.id} type="button" className={e.id === electionId ? 'active' : ''} aria-current={e.id === electionId ? 'true' : undefined} onClick={() => selectElection(e.id)}>
                <strong>{e.title}</strong>
                <span className="muted">
                  {OFFICE_LABELS[e.office]} · bầu {e.seats} · {STATUS_LABELS[e.status]}
                  {e.round > 1 ? ` · vòng ${e.round}` : ''}
                </span>
              </button>
            ))}
          </nav>
          <NewElection congressId={congress.id} />
        </div>
        {view ? (
          <div>
            <ElectionSettings key={`settings-${view.id}`} election={view} />
            <CandidateList key={`list-${view.id}`} election={view} />
            <div className="actions">
              <button type="button" className="primary" onClick={() => go('entry')}>
                Nhập phiếu cho cuộc bầu này (Alt+3)
              </button>
            </div>
          </div>
        ) : (
          <div className="card muted">Chọn hoặc thêm một cuộc bầu.</div>
        )}
      </div>
    </div>
  );
}
