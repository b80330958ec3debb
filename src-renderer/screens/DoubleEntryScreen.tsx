import { useEffect, useMemo, useRef, useState } from 'react';
import { createBatchInput } from '../../shared/api/teams-inputs';
import { ballotContext } from '../../shared/rules/tally';
import { judgeBallot } from '../../shared/rules/validity';
import type { MethodOutput } from '../api/client';
import { invoke } from '../api/client';
import type { ElectionView } from '../api/types';
import { TextField } from '../components/Field';
import { TeamSelect } from '../components/TeamSelect';
import { ConfirmDialog, Modal } from '../components/Modal';
import { ballotInputText, parseBallotInput } from '../entry/ballot-input';
import { downloadText } from '../files/files';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { fieldError, requiredWhole } from '../state/validate';
import { BallotOnScreen, verdictText } from './BallotEntryScreen';

type Batch = MethodOutput<'listBatches'>[number];
type Reading = MethodOutput<'batchPass'>['readings'][number];

/** What to type, as on the entry screen. */
function typingHint(election: ElectionView): string {
  return election.format === 'A' ? 'gõ số thứ tự những người BỊ GẠCH' : 'gõ một dấu cho mỗi người: 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống';
}

const STATUS = { open: 'đang nhập', reconciled: 'đã đối chiếu, đã tính', abandoned: 'đã bỏ' } as const;
const RESOLUTION = { pass1: 'theo lượt 1', pass2: 'theo lượt 2', reentered: 'đọc lại phiếu' } as const;

function useLayout(election: ElectionView) {
  return useMemo(() => {
    const listed = election.candidates.filter((c) => !c.withdrawn);
    const context = ballotContext({ candidates: listed.map((c) => ({ id: c.key, name: c.name, withdrawn: false })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid });
    return { context, options: { format: election.format, listIds: context.listIds, mode: 'struck' as const } };
  }, [election]);
}

/**
 * The keyboard field of the entry screen, for one paper of a stack: the same keys (numbers struck,
 * letters for rulings), the paper on screen and the verdict before Enter; no `*N` (each paper is
 * compared on its own).
 */
function ReadingField({ election, label, initial, onSubmit, onKeyDown }: { election: ElectionView; label: string; initial: string; onSubmit(content: Record<string, unknown>): Promise<boolean>; onKeyDown?(e: React.KeyboardEvent): void }) {
  const { context, options } = useLayout(election);
  const [text, setText] = useState(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const parsed = parseBallotInput(text, options);
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  const submit = async () => {
    if (parsed.empty) return;
    if (parsed.errors.length > 0) return setError(parsed.errors[0] as string);
    if (parsed.count > 1) return setError('Nhập đối chứng: mỗi phiếu nhập riêng, không dùng *N');
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') return setError('Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ');
    const saved = await onSubmit({ ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}) });
    if (saved) {
      setText('');
      setNote('');
      setError(null);
    }
  };
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && !e.ctrlKey) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      setText('');
      setError(null);
    }
    onKeyDown?.(e);
  };
  return (
    <div className="entry-field">
      <label htmlFor="reading-input">{label}</label>
      <input id="reading-input" ref={ref} value={text} autoComplete="off" spellCheck={false} onChange={(e) => setText(e.target.value)} onKeyDown={keys} autoFocus />
      {parsed.ruling === 'COMMITTEE_RULED' && <input className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => setNote(e.target.value)} onKeyDown={keys} />}
      <div className={`verdict ${error || parsed.errors.length > 0 ? 'verdict-error' : verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} aria-live="polite">
        {error ?? (parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? verdictText(verdict) : ' ')}
      </div>
      <BallotOnScreen election={election} parsed={parsed} mode="struck" />
    </div>
  );
}

/** One operator's pass over the stack: paper by paper, PageUp / PageDown to go back and type one again. */
function PassEntry({ batch, election, pass, operator }: { batch: Batch; election: ElectionView; pass: 1 | 2; operator: string }) {
  const { run, notify } = useApp();
  const { options } = useLayout(election);
  const query = useQuery('batchPass', { batchId: batch.id, pass, operator });
  const readings = query.data?.readings ?? [];
  const byPosition = new Map<number, Reading>(readings.map((r) => [r.position, r]));
  const firstMissing = Array.from({ length: batch.size }, (_, i) => i + 1).find((p) => !byPosition.has(p)) ?? null;
  const [position, setPosition] = useState<number | null>(null);
  // Chosen with PageUp / PageDown, else the first paper not typed yet; none once all are typed.
  const current = position ?? firstMissing;
  const existing = current === null ? undefined : byPosition.get(current);
  if (query.error) return <p className="notice">{query.error.message}</p>;

  const move = (to: number) => setPosition(Math.min(batch.size, Math.max(1, to)));
  const finish = async () => {
    const done = await run('finishPass', { batchId: batch.id, pass, operator }, `Đã kết thúc lượt ${pass} của chồng "${batch.label}"`);
    if (done.ok) await query.reload();
  };
  return (
    <div className="pass-entry">
      <h3>
        Lượt {pass} · {operator} · {current === null ? 'đã nhập đủ' : `phiếu thứ ${current}/${batch.size}`} · đã nhập {readings.length}
      </h3>
      <ReadingField
        key={`${current}-${existing?.enteredAt ?? ''}`}
        election={election}
        label={current === null ? `Đã nhập đủ ${batch.size} phiếu: Ctrl+Enter kết thúc lượt; PageUp chọn một phiếu để gõ lại` : `Phiếu thứ ${current}${existing ? ` (đã nhập: ${existing.text}, gõ lại để thay)` : ''}: ${typingHint(election)}`}
        initial={existing ? ballotInputText(existing, options) : ''}
        onKeyDown={(e) => {
          if (e.key === 'PageUp') (e.preventDefault(), move((current ?? batch.size + 1) - 1));
          if (e.key === 'PageDown') (e.preventDefault(), move((current ?? batch.size) + 1));
          if (e.key === 'Enter' && e.ctrlKey) (e.preventDefault(), void finish());
        }}
        onSubmit={async (content) => {
          if (current === null) {
            notify('info', 'Đã nhập đủ phiếu: dùng PageUp để chọn phiếu cần gõ lại, hoặc Ctrl+Enter để kết thúc lượt');
            return false;
          }
          const saved = await invoke('enterReading', { batchId: batch.id, pass, position: current, operator, ...content });
          if (!saved.ok) {
            notify('error', saved.error.message);
            return false;
          }
          await query.reload();
          setPosition(null); // on to the first paper not typed yet
          return true;
        }}
      />
      <p className="keys">
        <kbd>Enter</kbd> lưu phiếu này · <kbd>PageUp</kbd> <kbd>PageDown</kbd> phiếu trước / sau · <kbd>Ctrl+Enter</kbd> kết thúc lượt · cùng các phím như màn hình Nhập phiếu (<kbd>g</kbd> <kbd>k</kbd> <kbd>p</kbd> <kbd>b</kbd>, <kbd>0</kbd>, <kbd>/</kbd>)
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={readings.length < batch.size} onClick={() => void finish()}>
          Kết thúc lượt {pass} (Ctrl+Enter)
        </button>
      </div>
      <ol className="readings" aria-label={`Lượt ${pass} đã nhập`}>
        {Array.from({ length: batch.size }, (_, i) => i + 1).map((p) => (
          <li key={p} className={p === current ? 'current' : ''}>
            <button type="button" className="link" onClick={() => move(p)}>
              {p}.
            </button>{' '}
            {byPosition.get(p)?.text ?? <span className="muted">chưa nhập</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Both passes side by side, paper by paper; each difference settled by key: 1, 2, or N to read the paper again. */
function CompareView({ batch, election }: { batch: Batch; election: ElectionView }) {
  const { run, station } = useApp();
  const query = useQuery('compareBatch', { batchId: batch.id });
  const rows = query.data?.rows ?? [];
  const differences = rows.filter((r) => !r.same);
  const [selected, setSelected] = useState(0);
  const [reentering, setReentering] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const chosen = differences[Math.min(selected, differences.length - 1)];
  const resolver = station.operator.trim();
  const open = batch.status === 'open';

  const resolve = async (position: number, choice: 'pass1' | 'pass2' | 'reentered', content: Record<string, unknown> = {}): Promise<boolean> => {
    if (resolver === '') {
      useApp.getState().notify('error', 'Ghi tên người đối chiếu trước');
      return false;
    }
    const done = await run('resolveDifference', { batchId: batch.id, position, choice, operator: resolver, ...content });
    if (done.ok) {
      setReentering(null);
      setSelected((s) => Math.min(s + 1, differences.length - 1));
      tableRef.current?.focus();
    }
    return done.ok;
  };

  return (
    <div className="compare">
      <h3>
        So sánh hai lượt: {differences.length === 0 ? 'hai lượt khớp hoàn toàn' : `${differences.length} phiếu khác nhau, còn ${query.data?.batch.unresolved ?? '…'} chưa đối chiếu`}
      </h3>
      <table
        ref={tableRef}
        className="compare-table"
        tabIndex={0}
        aria-label="Hai lượt nhập đặt cạnh nhau"
        autoFocus
        onKeyDown={(e) => {
          if (!open || !chosen) return;
          if (e.key === 'ArrowDown') (e.preventDefault(), setSelected((s) => Math.min(s + 1, differences.length - 1)));
          if (e.key === 'ArrowUp') (e.preventDefault(), setSelected((s) => Math.max(s - 1, 0)));
          if (e.key === '1') (e.preventDefault(), void resolve(chosen.position, 'pass1'));
          if (e.key === '2') (e.preventDefault(), void resolve(chosen.position, 'pass2'));
          if (e.key.toLowerCase() === 'n') (e.preventDefault(), setReentering(chosen.position));
        }}
      >
        <thead>
          <tr>
            <th className="num">Phiếu</th>
            <th>Lượt 1 ({batch.pass1Operator})</th>
            <th>Lượt 2 ({batch.pass2Operator})</th>
            <th>Kết luận</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.position} className={`${r.same ? 'same' : 'differs'}${chosen?.position === r.position ? ' selected' : ''}`}>
              <td className="num">{r.position}</td>
              <td>{r.first?.text}</td>
              <td>{r.second?.text}</td>
              <td>{r.same ? '✓ khớp' : r.resolved ? `${RESOLUTION[r.resolved.resolution as keyof typeof RESOLUTION]}: ${r.resolved.text} (${r.resolved.operator})` : '✗ chưa đối chiếu'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && differences.length > 0 && (
        <p className="keys">
          <kbd>↑</kbd> <kbd>↓</kbd> chọn phiếu khác nhau · <kbd>1</kbd> lấy theo lượt 1 · <kbd>2</kbd> lấy theo lượt 2 · <kbd>N</kbd> đọc lại phiếu và nhập
        </p>
      )}
      {reentering !== null && (
        <ReadingField election={election} label={`Đọc lại phiếu thứ ${reentering} và nhập nội dung đúng: ${typingHint(election)}`} initial="" onSubmit={(content) => resolve(reentering, 'reentered', content)} onKeyDown={(e) => e.key === 'Escape' && setReentering(null)} />
      )}
      {open && (
        <div className="actions">
          <button type="button" className="primary" disabled={(query.data?.batch.unresolved ?? 1) > 0} onClick={() => setConfirming(true)}>
            Đối chiếu xong: tính {batch.size} phiếu
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Tính chồng phiếu "${batch.label}"`}
          message={`${batch.size} phiếu của chồng này sẽ được tính vào kết quả${batch.teamName ? ` (${batch.teamName})` : ''}. Sau đó chồng phiếu không sửa được nữa; sửa từng phiếu như phiếu nhập thường.`}
          confirmLabel="Tính các phiếu (Enter)"
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            if (resolver === '') return useApp.getState().notify('error', 'Ghi tên người đối chiếu trước');
            const done = await run('reconcileBatch', { batchId: batch.id, operator: resolver });
            if (done.ok) useApp.getState().notify('ok', `Đã tính ${done.value.ballots} phiếu (số ${done.value.numbers[0]}–${done.value.numbers[1]}) của chồng "${batch.label}"`);
          }}
        />
      )}
    </div>
  );
}

function BatchPanel({ batch, election }: { batch: Batch; election: ElectionView }) {
  const { station, run } = useApp();
  // The pass begun with its button, by the operator named then: typing another name ends it.
  const [started, setStarted] = useState<{ pass: 1 | 2; operator: string } | null>(null);
  const [abandoning, setAbandoning] = useState(false);
  const [reason, setReason] = useState('');
  const operator = station.operator.trim();
  const pass = started !== null && started.operator === operator ? started.pass : null;
  const passes = ([1, 2] as const).map((p) => ({ pass: p, operator: p === 1 ? batch.pass1Operator : batch.pass2Operator, entered: p === 1 ? batch.pass1Entered : batch.pass2Entered, finished: (p === 1 ? batch.pass1FinishedAt : batch.pass2FinishedAt) !== null }));
  return (
    <section className="card" aria-label={`Chồng phiếu ${batch.label}`}>
      <h2>
        Chồng "{batch.label}" · {batch.size} phiếu{batch.teamName ? ` · ${batch.teamName}` : ''} · {STATUS[batch.status]}
      </h2>
      <ul className="plain-list">
        {passes.map((p) => (
          <li key={p.pass}>
            Lượt {p.pass}: {p.operator ?? 'chưa ai nhập'} · {p.entered}/{batch.size} phiếu{p.finished ? ' · đã kết thúc' : ''}
          </li>
        ))}
      </ul>
      {batch.status === 'open' && !batch.compared && (
        <>
          {operator === '' && <p className="notice">Ghi tên người nhập ở trên trước.</p>}
          <div className="actions">
            {passes
              .filter((p) => !p.finished)
              .map((p) => (
                <button key={p.pass} type="button" className={pass === p.pass ? 'primary' : ''} disabled={operator === ''} onClick={() => setStarted({ pass: p.pass, operator })}>
                  Nhập lượt {p.pass}
                </button>
              ))}
          </div>
          {pass !== null && operator !== '' && !passes[pass - 1]?.finished && <PassEntry key={`${batch.id}-${pass}-${operator}`} batch={batch} election={election} pass={pass} operator={operator} />}
        </>
      )}
      {batch.compared && <CompareView batch={batch} election={election} />}
      {batch.status === 'open' && (
        <div className="actions">
          <button type="button" className="link danger" onClick={() => setAbandoning(true)}>
            Bỏ chồng phiếu này…
          </button>
        </div>
      )}
      {abandoning && (
        <ConfirmDialog
          title={`Bỏ chồng phiếu "${batch.label}"`}
          message="Các lượt đã nhập vẫn ghi trong nhật ký nhưng không bao giờ được tính. Ghi lý do:"
          confirmLabel="Bỏ chồng phiếu"
          danger
          onCancel={() => setAbandoning(false)}
          onConfirm={async () => {
            if (reason.trim() === '' || operator === '') return useApp.getState().notify('error', 'Cần lý do và tên người thực hiện');
            setAbandoning(false);
            await run('abandonBatch', { batchId: batch.id, reason, operator }, `Đã bỏ chồng phiếu "${batch.label}"`);
          }}
        >
          <TextField label="Lý do" value={reason} onChange={setReason} data-autofocus />
        </ConfirmDialog>
      )}
    </section>
  );
}

function NewBatchForm({ election, onCreated }: { election: ElectionView; onCreated(id: number): void }) {
  const { run, station } = useApp();
  const [label, setLabel] = useState('');
  const [size, setSize] = useState('');
  const [teamId, setTeamId] = useState<number | null>(station.teamId);
  const [touched, setTouched] = useState(false);
  const sizeParsed = requiredWhole(size, 1);
  const errors = { label: fieldError(createBatchInput.shape.label, label), size: sizeParsed.error ?? (sizeParsed.value !== null ? fieldError(createBatchInput.shape.size, sizeParsed.value) : null) };
  return (
    <form
      className="card"
      aria-label="Tạo chồng phiếu"
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (errors.label || errors.size || sizeParsed.value === null) return;
        const created = await run('createBatch', { electionId: election.id, teamId, label, size: sizeParsed.value, operator: station.operator }, `Đã tạo chồng phiếu "${label}"`);
        if (created.ok) {
          onCreated(created.value.batchId);
          setLabel('');
          setSize('');
          setTouched(false);
        }
      }}
    >
      <h2>Tạo chồng phiếu nhập đối chứng</h2>
      <TextField label="Tên chồng phiếu" value={label} onChange={setLabel} error={touched || label ? errors.label : null} placeholder="Tổ 1 - chồng 1" />
      <TextField label="Số phiếu trong chồng" value={size} inputMode="numeric" onChange={setSize} error={touched || size ? errors.size : null} />
      <TeamSelect label="Tổ" teams={election.teams} value={teamId} onChange={setTeamId} />
      <button type="submit" className="primary">
        Tạo chồng phiếu
      </button>
    </form>
  );
}

/** The discrepancy report for the minutes' file: printable, and as CSV. */
function ReportDialog({ electionId, onClose }: { electionId: number; onClose(): void }) {
  const report = useQuery('doubleEntryReport', { electionId });
  const data = report.data;
  return (
    <Modal title="Báo cáo chênh lệch nhập đối chứng" onClose={onClose} wide>
      {data && (
        <div className="printable" data-testid="discrepancy-report">
          <h3>{data.title}</h3>
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
        <button type="button" disabled={!data} onClick={() => data && downloadText(`chenh-lech-nhap-doi-chung-${data.electionId}.csv`, data.csv, 'text/csv')}>
          Tải CSV
        </button>
        <button type="button" className="primary" onClick={() => window.print()} data-autofocus>
          In báo cáo
        </button>
      </div>
    </Modal>
  );
}

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
      {reporting && <ReportDialog electionId={view.id} onClose={() => setReporting(false)} />}
    </div>
  );
}
