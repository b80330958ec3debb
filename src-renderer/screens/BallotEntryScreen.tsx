import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { INVALID_REASON_LABELS } from '../../shared/domain';
import { ballotContext } from '../../shared/rules/tally';
import { judgeBallot, type Verdict } from '../../shared/rules/validity';
import { invoke } from '../api/client';
import type { BallotView, ElectionResult, ElectionView } from '../api/types';
import { ConfirmDialog, Modal } from '../components/Modal';
import { TextField } from '../components/Field';
import { TeamSelect } from '../components/TeamSelect';
import { ballotInputText, parseBallotInput, type EntryMode, type ParsedBallot } from '../entry/ballot-input';
import { useApp } from '../state/app-store';
import { useDraft } from '../state/use-draft';
import { useQuery } from '../state/use-query';

export function verdictText(verdict: Verdict): string {
  return verdict.valid ? 'HỢP LỆ' : `KHÔNG HỢP LỆ: ${INVALID_REASON_LABELS[verdict.reason]}`;
}

/** Who enters and for which team, chosen once for this station. */
function StationBar({ election }: { election: ElectionView }) {
  const { station, setStation } = useApp();
  return (
    <div className="station-bar">
      <TextField label="Người nhập" value={station.operator} onChange={(operator) => setStation({ operator })} onBlur={() => setStation({ operator: station.operator.trim() })} onKeyDown={(e) => e.key === 'Enter' && document.getElementById('ballot-input')?.focus()} placeholder="Họ tên người nhập phiếu" autoFocus={station.operator === ''} />
      <TeamSelect label="Tổ kiểm phiếu" teams={election.teams} value={station.teamId} onChange={(teamId) => setStation({ teamId })} />
    </div>
  );
}

export function BallotOnScreen({ election, parsed, mode }: { election: ElectionView; parsed: ParsedBallot; mode: EntryMode }) {
  const listed = election.candidates.filter((c) => !c.withdrawn);
  if (election.format === 'B') {
    return (
      <ol className="paper paper-b" aria-label="Phiếu trên màn hình">
        {listed.map((c, i) => {
          const mark = parsed.marks[i];
          return (
            <li key={c.id}>
              <span className="name">{c.name}</span>
              <span className={`box${mark === 'agree' || mark === 'both' ? ' marked' : ''}`}>Đồng ý</span>
              <span className={`box${mark === 'disagree' || mark === 'both' ? ' marked' : ''}`}>Không đồng ý</span>
            </li>
          );
        })}
      </ol>
    );
  }
  const struck = new Set('struck' in parsed.content ? parsed.content.struck : 'kept' in parsed.content ? listed.map((c) => c.key).filter((k) => !('kept' in parsed.content && parsed.content.kept.includes(k))) : []);
  return (
    <ol className="paper paper-a" aria-label="Phiếu trên màn hình">
      {listed.map((c) => (
        <li key={c.id} className={struck.has(c.key) ? 'struck' : ''} aria-label={`${c.number}. ${c.name}${struck.has(c.key) ? ' (bị gạch)' : ''}`}>
          <span className="num">{c.number}.</span> <span className="name">{c.name}</span>
        </li>
      ))}
      {mode === 'kept' && <li className="muted">(đang gõ số người được giữ lại)</li>}
    </ol>
  );
}

function Counters({ result, election, teamName }: { result: ElectionResult | null; election: ElectionView; teamName: string | null }) {
  if (!result) return null;
  const team = teamName === null ? null : result.teams.find((t) => t.team === teamName);
  return (
    <section className="counters" aria-label="Số phiếu đã nhập" data-testid="counters">
      {teamName !== null && (
        <div>
          <h3>{teamName}</h3>
          <p>
            Đã nhập <strong data-testid="team-entered">{team?.entered ?? 0}</strong> · hợp lệ {team?.valid ?? 0} · không hợp lệ {team?.invalid ?? 0}
          </p>
        </div>
      )}
      <div>
        <h3>Toàn cuộc bầu</h3>
        <p>
          Đã nhập <strong data-testid="election-entered">{result.ballots.counted}</strong>
          {election.ballotsReturned !== null ? ` / ${election.ballotsReturned} phiếu thu vào` : ' phiếu'} · hợp lệ <strong data-testid="election-valid">{result.ballots.valid}</strong> · không hợp lệ <strong data-testid="election-invalid">{result.ballots.invalid}</strong>
        </p>
      </div>
    </section>
  );
}

function LiveResults({ result }: { result: ElectionResult | null }) {
  if (!result) return null;
  return (
    <section className="live-results" aria-label="Kết quả tạm thời">
      <h3>
        Kết quả tạm thời <span className="muted">(cần {result.votesNeeded} phiếu)</span>
      </h3>
      <table>
        <tbody>
          {result.candidates.map((c, i) => (
            <tr key={c.id} className={`status-${c.status}`}>
              <td className="num">{i + 1}</td>
              <td>{c.name}</td>
              <td className="num" data-testid={`votes-${c.id}`}>
                {c.votes}
              </td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${Math.min(100, (c.votes / Math.max(1, result.base)) * 100)}%` }} />
                <span className="majority-line" style={{ left: `${(result.votesNeeded / Math.max(1, result.base)) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FindBallot({ election, onEdit, onClose }: { election: ElectionView; onEdit(b: BallotView): void; onClose(): void }) {
  const run = useApp((s) => s.run);
  const [number, setNumber] = useState('');
  const [selected, setSelected] = useState(0);
  const [voiding, setVoiding] = useState<BallotView | null>(null);
  const [history, setHistory] = useState<BallotView[] | null>(null);
  const query = useQuery('listBallots', { electionId: election.id, newestFirst: true, limit: 200, ...(/^\d+$/.test(number) ? { number: Number(number) } : {}) });
  const ballots = query.data?.ballots ?? [];
  const listIds = election.candidates.filter((c) => !c.withdrawn).map((c) => c.key);
  const describe = (b: BallotView) => ballotInputText(b, { format: election.format, listIds, mode: 'struck' }) || '(không ghi nội dung)';
  const current = ballots[Math.min(selected, ballots.length - 1)];

  return (
    <Modal title="Tìm phiếu đã nhập để sửa hoặc hủy" onClose={onClose} wide>
      <div
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') (e.preventDefault(), setSelected((s) => Math.min(s + 1, ballots.length - 1)));
          if (e.key === 'ArrowUp') (e.preventDefault(), setSelected((s) => Math.max(s - 1, 0)));
          if (e.key === 'Enter' && current && !voiding) (e.preventDefault(), onEdit(current));
          if (e.key === 'Delete' && current) (e.preventDefault(), setVoiding(current));
        }}
      >
        <TextField label="Phiếu số" value={number} inputMode="numeric" onChange={(v) => (setNumber(v), setSelected(0))} autoFocus hint="↑ ↓ chọn · Enter sửa · Delete hủy phiếu · Esc đóng" />
        <table className="ballot-table">
          <thead>
            <tr>
              <th className="num">Số</th>
              <th>Nội dung (số bị gạch)</th>
              <th>Kết luận</th>
              <th>Tổ</th>
              <th>Người nhập</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ballots.map((b, i) => (
              <tr key={b.ballotId} className={i === selected ? 'selected' : ''} onClick={() => setSelected(i)} onDoubleClick={() => onEdit(b)}>
                <td className="num">
                  {b.number}
                  {b.version > 1 ? ` (sửa ${b.version - 1})` : ''}
                </td>
                <td>{describe(b)}</td>
                <td>{b.verdict ? verdictText(b.verdict) : ''}</td>
                <td>{b.team ?? ''}</td>
                <td>{b.operator}</td>
                <td className="row-actions">
                  <button type="button" className="link" onClick={() => onEdit(b)}>
                    sửa
                  </button>
                  <button type="button" className="link danger" onClick={() => setVoiding(b)}>
                    hủy
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={async () => {
                      const h = await invoke('ballotHistory', { ballotId: b.ballotId });
                      if (h.ok) setHistory(h.value);
                    }}
                  >
                    lịch sử
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {query.data && query.data.total > ballots.length && <p className="muted">Hiện {ballots.length} phiếu mới nhất trên {query.data.total}; gõ số phiếu để tìm phiếu cũ hơn.</p>}
        {history && (
          <div className="card">
            <h3>Lịch sử phiếu số {history[0]?.number}</h3>
            <ol>
              {history.map((v) => (
                <li key={v.ballotId}>
                  {v.kind === 'void' ? `Hủy${v.note ? `: ${v.note}` : ''}` : `${describe(v)} — ${v.verdict ? verdictText(v.verdict) : ''}`} · {v.operator || 'không ghi tên'} · {new Date(v.enteredAt).toLocaleString('vi-VN')}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      {voiding && (
        <ConfirmDialog
          title={`Hủy phiếu số ${voiding.number}`}
          message="Phiếu này sẽ không được tính nữa. Bản đã nhập vẫn được giữ trong nhật ký."
          confirmLabel="Hủy phiếu"
          danger
          onCancel={() => setVoiding(null)}
          onConfirm={async () => {
            const target = voiding;
            setVoiding(null);
            const operator = useApp.getState().station.operator;
            await run('voidBallot', { ballotId: target.ballotId, reason: 'Hủy khi rà soát', operator }, `Đã hủy phiếu số ${target.number}`);
          }}
        />
      )}
    </Modal>
  );
}

function EntryPanel({ election }: { election: ElectionView }) {
  const { station, workspace, notify } = useApp();
  const [mode, setMode] = useDraft<EntryMode>(`${workspace?.path}:entry-mode`, () => 'struck');
  const [text, setText] = useState(() => localStorage.getItem(`kiem-phieu.entry:${workspace?.path}:${election.id}`) ?? '');
  useEffect(() => {
    // What is typed and not yet entered survives a restart.
    const key = `kiem-phieu.entry:${workspace?.path}:${election.id}`;
    if (text === '') localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  }, [text, workspace?.path, election.id]);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<ElectionResult | null>(null);
  const [editing, setEditing] = useState<BallotView | null>(null);
  const [finding, setFinding] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [entered, setEntered] = useState<{ ballotId: number; number: number; verdict: Verdict }[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const enteredRef = useRef(entered);
  enteredRef.current = entered;

  const listed = useMemo(() => election.candidates.filter((c) => !c.withdrawn), [election]);
  const context = useMemo(() => ballotContext({ candidates: listed.map((c) => ({ id: c.key, name: c.name, withdrawn: false })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid }), [listed, election]);
  const parsed = parseBallotInput(text, { format: election.format, listIds: context.listIds, mode });
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  const listError = election.listProblems.find((p) => p.severity === 'error');
  const blocked =
    election.status !== 'open' ? (election.status === 'locked' ? 'Cuộc bầu đã chốt kết quả: không nhập thêm được.' : 'Cuộc bầu đang tạm dừng.')
    : election.continuations.length > 0 ? 'Vòng bầu này đã kết thúc (đã có vòng bầu tiếp theo).'
    : listError && election.ballotEntries === 0 ? `Danh sách bầu cử chưa hợp lệ (${listError.message}): sửa ở màn hình Cuộc bầu trước khi nhập phiếu.`
    : station.operator.trim() === '' ? 'Ghi tên người nhập phiếu trước khi nhập.'
    : null;
  const teamName = election.teams.find((t) => t.id === station.teamId)?.name ?? null;

  const refreshResult = useCallback(async () => {
    const r = await invoke('tally', { electionId: election.id });
    if (r.ok) setResult(r.value);
  }, [election.id]);

  useEffect(() => {
    void refreshResult();
  }, [refreshResult, election]);

  const clear = () => {
    setText('');
    setNote('');
    setEditing(null);
    inputRef.current?.focus();
  };

  /**
   * Enter takes the ballot off the field at once, so that the operator can type the next one while
   * this one is being stored; saves run one after another in the order of the Enter keys. A
   * refused ballot comes back into the field (if it is empty) with the reason.
   */
  const submit = () => {
    if (blocked || parsed.empty) return;
    if (parsed.errors.length > 0) {
      setStatus({ kind: 'error', text: parsed.errors[0] as string });
      return;
    }
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') {
      setStatus({ kind: 'error', text: 'Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ, rồi Enter' });
      noteRef.current?.focus();
      return;
    }
    const typed = text;
    const count = parsed.count;
    const correcting = editing;
    const payload = { ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}), count, teamId: station.teamId, operator: station.operator.trim() };
    clear();
    saving.current = saving.current.then(async () => {
      const saved = correcting ? await invoke('correctBallot', { ballotId: correcting.ballotId, ...payload }) : await invoke('enterBallot', { electionId: election.id, ...payload });
      if (!saved.ok) {
        setStatus({ kind: 'error', text: `Chưa lưu "${typed}": ${saved.error.message}` });
        setText((current) => (current === '' ? typed : current));
        return;
      }
      setStatus({ kind: 'ok', text: `${correcting ? 'Đã sửa' : 'Đã lưu'} phiếu số ${saved.value.number}${count > 1 ? ` (${count} phiếu giống nhau)` : ''}: ${verdictText(saved.value.verdict)}` });
      if (!correcting) setEntered((list) => [{ ballotId: saved.value.ballotId, number: saved.value.number, verdict: saved.value.verdict }, ...list].slice(0, 50));
      await refreshResult();
    });
  };

  const undo = () => {
    saving.current = saving.current.then(async () => {
      const last = enteredRef.current[0];
      if (!last) return;
      const voided = await invoke('voidBallot', { ballotId: last.ballotId, reason: 'Hoàn tác ngay sau khi nhập', operator: station.operator.trim() });
      if (!voided.ok) return notify('error', voided.error.message);
      setEntered((list) => list.filter((b) => b.ballotId !== last.ballotId));
      setStatus({ kind: 'ok', text: `Đã hoàn tác phiếu số ${last.number} (vẫn ghi trong nhật ký)` });
      await refreshResult();
    });
  };

  const startEdit = (ballot: BallotView) => {
    setFinding(false);
    setEditing(ballot);
    setText(ballotInputText(ballot, { format: election.format, listIds: context.listIds, mode }));
    setNote(ballot.note ?? '');
    setStatus({ kind: 'ok', text: `Đang sửa phiếu số ${ballot.number}: sửa nội dung rồi Enter; Esc để thôi` });
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clear();
      setStatus(null);
    } else if (e.ctrlKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undo();
    } else if ((e.ctrlKey && e.key.toLowerCase() === 'f') || e.key === 'F3') {
      e.preventDefault();
      setFinding(true);
    } else if (e.altKey && e.key.toLowerCase() === 'm' && election.format === 'A') {
      e.preventDefault();
      setMode(mode === 'struck' ? 'kept' : 'struck');
    }
  };

  return (
    <div className="entry-layout">
      <section className="entry-main" aria-label="Nhập phiếu">
        {blocked && <p className="notice">{blocked}</p>}
        <div className={`entry-field${editing ? ' editing' : ''}`}>
          <label htmlFor="ballot-input">
            {editing ? `Sửa phiếu số ${editing.number}` : 'Phiếu tiếp theo'}:{' '}
            {election.format === 'A' ? (mode === 'struck' ? 'gõ số thứ tự những người BỊ GẠCH' : 'gõ số thứ tự những người ĐƯỢC GIỮ LẠI') : 'gõ một dấu cho mỗi người: 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống'}
          </label>
          <input id="ballot-input" ref={inputRef} value={text} disabled={blocked !== null} autoComplete="off" spellCheck={false} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} autoFocus aria-describedby="ballot-verdict" />
          {parsed.ruling === 'COMMITTEE_RULED' && (
            <input ref={noteRef} className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => setNote(e.target.value)} onKeyDown={onKeyDown} />
          )}
          <div id="ballot-verdict" className={`verdict ${parsed.errors.length > 0 ? 'verdict-error' : verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} aria-live="polite">
            {parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? `${verdictText(verdict)}${parsed.count > 1 ? ` · ${parsed.count} phiếu giống nhau` : ''}` : ' '}
          </div>
        </div>
        <div className={`entry-status${status?.kind === 'error' ? ' error' : ''}`} role="status" data-testid="entry-status">
          {status?.text ?? ''}
        </div>
        <BallotOnScreen election={election} parsed={parsed} mode={mode} />
        <p className="keys">
          <kbd>Enter</kbd> lưu · <kbd>Esc</kbd> xóa · <kbd>*12</kbd> 12 phiếu giống nhau · <kbd>g</kbd> ghi thêm tên · <kbd>k</kbd> ký tên, đánh dấu · <kbd>p</kbd> không do Ban phát ra · <kbd>b</kbd> Ban kiểm phiếu kết luận · <kbd>Ctrl+Z</kbd> hoàn tác phiếu vừa nhập · <kbd>Ctrl+F</kbd> tìm, sửa, hủy phiếu
          {election.format === 'A' && (
            <>
              {' '}
              · <kbd>0</kbd> không gạch ai · <kbd>/</kbd> gạch hết · <kbd>Alt+M</kbd> đổi cách gõ (bị gạch / được giữ)
            </>
          )}
        </p>
      </section>
      <aside className="entry-side">
        <Counters result={result} election={election} teamName={teamName} />
        <LiveResults result={result} />
        {entered.length > 0 && (
          <section aria-label="Phiếu vừa nhập">
            <h3>Phiếu vừa nhập</h3>
            <ul className="recent">
              {entered.slice(0, 8).map((b) => (
                <li key={b.ballotId}>
                  Số {b.number}: {verdictText(b.verdict)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
      {finding && <FindBallot election={election} onEdit={startEdit} onClose={() => (setFinding(false), inputRef.current?.focus())} />}
    </div>
  );
}

export function BallotEntryScreen() {
  const electionId = useApp((s) => s.electionId);
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const view = election.data && election.data.id === electionId ? election.data : null;
  if (electionId === null) return <div className="screen muted">Chưa có cuộc bầu nào: thêm ở màn hình Cuộc bầu.</div>;
  if (!view) return <div className="screen muted">Đang tải…</div>;
  return (
    <div className="screen entry">
      <h1>
        Nhập phiếu: {view.title}
        {view.round > 1 ? ` (vòng ${view.round})` : ''}
      </h1>
      <p className="muted">
        Bầu {view.seats} trong {view.candidates.filter((c) => !c.withdrawn).length} người · phiếu {view.format === 'A' ? 'gạch tên' : 'đồng ý / không đồng ý'} · cơ sở {view.base}, trúng cử cần ít nhất {view.votesNeeded} phiếu
      </p>
      <StationBar election={view} />
      <EntryPanel key={view.id} election={view} />
    </div>
  );
}

