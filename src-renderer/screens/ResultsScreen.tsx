import { useEffect, useRef, useState } from 'react';
import { INVALID_REASON_LABELS, type InvalidReason } from '../../shared/domain';
import { reachesMajority } from '../../shared/rules/threshold';
import type { ElectionResult, ElectionView } from '../api/types';
import { TextField } from '../components/Field';
import { ConfirmDialog, Modal } from '../components/Modal';
import { ProblemList } from '../components/ProblemList';
import { MinutesDialog, SummaryDialog } from './PrintDialogs';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';

const STATUS_LABELS = { elected: 'Trúng cử', not_elected: 'Không trúng cử', tied: 'Bằng phiếu' } as const;

function nameOf(result: ElectionResult, id: string): string {
  return result.candidates.find((c) => c.id === id)?.name ?? id;
}

function votesOf(result: ElectionResult, id: string): number {
  return result.candidates.find((c) => c.id === id)?.votes ?? 0;
}

function OutcomeBanner({ result, election, onNextRound }: { result: ElectionResult; election: ElectionView; onNextRound(): void }) {
  const canCreate = result.nextRound !== null && election.continuations.length === 0;
  if (result.outcome === 'tie' && result.tie) {
    const tied = result.tie.candidates.map((id) => nameOf(result, id));
    return (
      <div className="banner banner-tie" role="status">
        <strong>BẰNG PHIẾU.</strong> Các đồng chí {tied.join(', ')} cùng được {votesOf(result, result.tie.candidates[0] as string)} phiếu cho {result.tie.seats} chỗ còn lại. Phải bầu lại giữa các đồng chí này; không quyết định theo tuổi, vần hay thứ tự.
        {canCreate && (
          <button type="button" className="primary" onClick={onNextRound}>
            Tạo vòng bầu lại…
          </button>
        )}
      </div>
    );
  }
  if (result.outcome === 'short') {
    return (
      <div className="banner banner-short" role="status">
        <strong>CHƯA ĐỦ SỐ LƯỢNG.</strong> Trúng cử {result.elected.length}/{result.seats}; còn thiếu {result.unfilledSeats}. {result.nextRound?.recommended ? 'Theo quy chế, đề nghị bầu tiếp.' : 'Đoàn chủ tịch quyết định có bầu tiếp hay không.'}
        {canCreate && (
          <button type="button" className="primary" onClick={onNextRound}>
            Tạo vòng bầu bổ sung…
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="banner banner-complete" role="status">
      <strong>Bầu đủ số lượng.</strong> {result.elected.length} đồng chí trúng cử.
    </div>
  );
}

function ResultsTable({ result, large }: { result: ElectionResult; large?: boolean }) {
  // In the hall every name must fit on one screen: the type shrinks with the length of the list.
  const style = large ? { fontSize: `min(2rem, calc(60vh / ${result.candidates.length + 2}))` } : undefined;
  return (
    <table className={`results-table${large ? ' large' : ''}`} style={style}>
      <thead>
        <tr>
          <th className="num">TT</th>
          <th>Họ và tên</th>
          <th className="num">Số phiếu</th>
          <th className="num">Tỷ lệ %</th>
          <th>Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {result.candidates.map((c, i) => (
          <tr key={c.id} className={`status-${c.status}`}>
            <td className="num">{i + 1}</td>
            <td>{c.name}</td>
            <td className="num">{c.votes}</td>
            <td className="num">{c.percent}</td>
            <td>
              {STATUS_LABELS[c.status]}
              {reachesMajority(c.votes, result.base) ? '' : ' (chưa quá bán)'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** For the hall: full screen, large type; Esc leaves. */
function Presentation({ result, title, onClose }: { result: ElectionResult; title: string; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    element?.focus();
    if (element?.requestFullscreen) void element.requestFullscreen().catch(() => undefined);
    const onChange = () => !document.fullscreenElement && onClose();
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);
  return (
    <div className="presentation" ref={ref} tabIndex={-1} role="dialog" aria-label="Trình chiếu kết quả" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h1>{title}</h1>
      <p className="presentation-line">
        Số lượng cần bầu: {result.seats} · Phiếu hợp lệ: {result.ballots.valid} · Trúng cử cần ít nhất {result.votesNeeded} phiếu (quá một nửa của {result.base})
      </p>
      <ResultsTable result={result} large />
      <p className="presentation-line">
        {result.outcome === 'complete' && `Bầu đủ ${result.elected.length} đồng chí.`}
        {result.outcome === 'short' && `Trúng cử ${result.elected.length}/${result.seats}; còn thiếu ${result.unfilledSeats}.`}
        {result.outcome === 'tie' && result.tie && `Bằng phiếu: ${result.tie.candidates.map((id) => nameOf(result, id)).join(', ')} — bầu lại cho ${result.tie.seats} chỗ.`}
      </p>
      <button type="button" onClick={onClose}>
        Thoát trình chiếu (Esc)
      </button>
    </div>
  );
}

function NextRoundDialog({ result, election, onClose }: { result: ElectionResult; election: ElectionView; onClose(): void }) {
  const { run, selectElection, go } = useApp();
  const proposal = result.nextRound;
  const [requireMajority, setRequireMajority] = useState(proposal?.requireMajority ?? true);
  if (!proposal) return null;
  return (
    <ConfirmDialog
      title={proposal.kind === 'tie_break' ? 'Tạo vòng bầu lại giữa những người bằng phiếu' : 'Tạo vòng bầu bổ sung số còn thiếu'}
      message={
        <>
          <p>
            Vòng {election.round + 1}: bầu <strong>{proposal.seats}</strong> trong <strong>{proposal.candidateIds.length}</strong> người, cùng cơ sở tính {result.base}:
          </p>
          <ol>
            {proposal.candidateIds.map((id) => (
              <li key={id}>{nameOf(result, id)}</li>
            ))}
          </ol>
          <p>Kết quả vòng này sẽ được chốt; không nhập thêm phiếu vào vòng này được nữa.</p>
        </>
      }
      confirmLabel="Tạo vòng bầu"
      onCancel={onClose}
      onConfirm={async () => {
        const created = await run('createNextRound', { electionId: election.id, requireMajority, operator: useApp.getState().station.operator }, 'Đã tạo vòng bầu mới');
        onClose();
        if (created.ok) {
          selectElection(created.value.electionId);
          go('elections');
        }
      }}
    >
      {proposal.kind === 'tie_break' && (
        <label className="check">
          <input type="checkbox" checked={requireMajority} onChange={(e) => setRequireMajority(e.target.checked)} /> Vòng bầu lại vẫn phải đạt quá một nửa (mặc định; bỏ chọn nếu đại hội quyết định khác)
        </label>
      )}
    </ConfirmDialog>
  );
}

function UnlockDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const run = useApp((s) => s.run);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  return (
    <Modal title="Mở khóa kết quả đã chốt" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await run('unlockElection', { electionId: election.id, pin, reason, operator: useApp.getState().station.operator }, 'Đã mở khóa; việc mở khóa được ghi vào nhật ký');
          if (result.ok) onClose();
        }}
      >
        <TextField label="Mã PIN của chủ tịch đoàn" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={setPin} autoFocus />
        <TextField label="Lý do mở khóa" value={reason} onChange={setReason} error={reason.trim() === '' ? 'phải ghi lý do' : null} />
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Hủy (Esc)
          </button>
          <button type="submit" className="danger" disabled={pin === '' || reason.trim() === ''}>
            Mở khóa
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function ResultsScreen() {
  const { electionId, run, station } = useApp();
  const results = useQuery('tally', electionId === null ? null : { electionId });
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const [dialog, setDialog] = useState<'lock' | 'unlock' | 'next' | 'present' | 'minutes' | 'summary' | null>(null);
  const congressId = useApp((s) => s.congress?.id ?? null);
  const result = results.data && results.data.electionId === electionId ? results.data : null;
  const view = election.data && election.data.id === electionId ? election.data : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F11' || (e.altKey && e.key.toLowerCase() === 'p')) {
        e.preventDefault();
        setDialog('present');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (electionId === null) return <div className="screen muted">Chưa có cuộc bầu nào.</div>;
  if (!result || !view) return <div className="screen muted">Đang tính…</div>;
  const blocking = result.problems.filter((p) => p.severity === 'error');
  const invalidReasons = Object.entries(result.ballots.invalidByReason) as [InvalidReason, number][];

  return (
    <div className="screen results">
      <h1>
        Kết quả: {view.title} {view.round > 1 && <span className="badge">vòng {view.round}</span>} <span className={`badge badge-${view.status}`}>{view.status === 'locked' ? 'đã chốt' : view.status === 'paused' ? 'tạm dừng' : 'tạm thời'}</span>
      </h1>
      <p className="fingerprint" title="Dấu xác nhận của dữ liệu đã đếm: in ở chân mỗi trang biên bản để đối chiếu">
        Dấu dữ liệu: <code data-testid="fingerprint">{result.fingerprint}</code>
      </p>
      <div className="columns">
        <div>
          <OutcomeBanner result={result} election={view} onNextRound={() => setDialog('next')} />
          <ResultsTable result={result} />
          {result.elected.length > 0 && (
            <section className="card" aria-label="Những người trúng cử">
              <h2>Trúng cử, xếp theo số phiếu từ cao xuống thấp</h2>
              <ol>
                {result.elected.map((id) => (
                  <li key={id}>
                    {nameOf(result, id)}: {votesOf(result, id)} phiếu
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <div>
          <section className="card" aria-label="Số liệu">
            <h2>Số liệu</h2>
            <dl className="figures">
              <dt>Số lượng cần bầu</dt>
              <dd>{result.seats}</dd>
              <dt>Cơ sở tính kết quả</dt>
              <dd>{result.base}</dd>
              <dt>Trúng cử cần ít nhất</dt>
              <dd>{result.votesNeeded} phiếu</dd>
              <dt>Phiếu phát ra</dt>
              <dd>{result.ballots.issued ?? 'chưa nhập'}</dd>
              <dt>Phiếu thu vào</dt>
              <dd>{result.ballots.returned}</dd>
              <dt>Phiếu hợp lệ</dt>
              <dd data-testid="results-valid">{result.ballots.valid}</dd>
              <dt>Phiếu không hợp lệ</dt>
              <dd data-testid="results-invalid">{result.ballots.invalid}</dd>
            </dl>
            {invalidReasons.length > 0 && (
              <ul>
                {invalidReasons.map(([reason, n]) => (
                  <li key={reason}>
                    {INVALID_REASON_LABELS[reason]}: {n}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-label="Kiểm tra">
            <h2>Kiểm tra</h2>
            <ProblemList problems={result.problems} empty="Số liệu khớp; có thể chốt kết quả" />
          </section>
          <div className="actions">
            <button type="button" onClick={() => setDialog('minutes')}>
              Biên bản kiểm phiếu (PDF)
            </button>
            <button type="button" onClick={() => setDialog('summary')}>
              Tổng hợp đại hội (PDF)
            </button>
            <button type="button" onClick={() => setDialog('present')}>
              Trình chiếu (Alt+P)
            </button>
            {view.status === 'open' && (
              <button type="button" className="primary" disabled={blocking.length > 0} title={blocking.length > 0 ? 'Còn lỗi chặn việc chốt kết quả' : ''} onClick={() => setDialog('lock')}>
                Chốt kết quả
              </button>
            )}
            {view.status === 'locked' && view.continuations.length === 0 && (
              <button type="button" className="danger" onClick={() => setDialog('unlock')}>
                Mở khóa…
              </button>
            )}
            {view.status !== 'locked' && (
              <button type="button" onClick={() => void run('pauseElection', { electionId: view.id, paused: view.status !== 'paused', operator: station.operator }, view.status === 'paused' ? 'Đã tiếp tục cuộc bầu' : 'Đã tạm dừng cuộc bầu')}>
                {view.status === 'paused' ? 'Tiếp tục' : 'Tạm dừng (chờ ý kiến cấp trên)'}
              </button>
            )}
          </div>
        </div>
      </div>
      {dialog === 'lock' && (
        <ConfirmDialog
          title="Chốt kết quả"
          message={`Sau khi chốt, mọi thay đổi (nhập, sửa, hủy phiếu, sửa danh sách, số liệu) đều bị từ chối; chỉ chủ tịch đoàn mở khóa được, bằng mã PIN và lý do. Dấu dữ liệu: ${result.fingerprint}.`}
          confirmLabel="Chốt kết quả"
          onCancel={() => setDialog(null)}
          onConfirm={async () => {
            setDialog(null);
            await run('lockElection', { electionId: view.id, operator: station.operator }, 'Đã chốt kết quả');
          }}
        />
      )}
      {dialog === 'unlock' && <UnlockDialog election={view} onClose={() => setDialog(null)} />}
      {dialog === 'next' && <NextRoundDialog result={result} election={view} onClose={() => setDialog(null)} />}
      {dialog === 'present' && <Presentation result={result} title={view.title} onClose={() => setDialog(null)} />}
      {dialog === 'minutes' && <MinutesDialog electionId={view.id} onClose={() => setDialog(null)} />}
      {dialog === 'summary' && congressId !== null && <SummaryDialog congressId={congressId} onClose={() => setDialog(null)} />}
    </div>
  );
}
