import { useEffect, useState } from 'react';
import { assemblyWords, titleWithRound } from '../../shared/minutes/wording';
import { ConfirmDialog } from '../components/Modal';
import { ProblemList } from '../components/ProblemList';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';
import { MinutesDialog, SummaryDialog } from './PrintDialogs';
import { ElectedList } from './results/ElectedList';
import { FinalResult, finalOfElection, finalToPresent } from './results/FinalResult';
import { LaterRound } from './results/LaterRound';
import { NextRoundDialog } from './results/NextRoundDialog';
import { OutcomeBanner } from './results/OutcomeBanner';
import { Presentation } from './results/Presentation';
import { ResultActions, type ResultsDialog, type ScanLook } from './results/ResultActions';
import { SecondLookDialog } from './results/SecondLookDialog';
import { SpotCheckDialog } from './results/SpotCheckDialog';
import { ResultFigures } from './results/ResultFigures';
import { ResultsTable } from './results/ResultsTable';
import { LockDialog } from './results/LockDialog';
import { UnlockDialog } from './results/UnlockDialog';

/** What the checks say when they all pass: a locked result is not offered to be locked again. */
function checksPassedText(view: { status: string; voided?: unknown }): string {
  if (view.voided) return 'Số liệu khớp; vòng bầu này đã bị hủy, phải bầu lại';
  return view.status === 'locked' ? 'Số liệu khớp; kết quả đã chốt' : 'Số liệu khớp; có thể chốt kết quả';
}

export function ResultsScreen() {
  const { electionId, run, station, selectElection } = useApp();
  const words = assemblyWords(useApp((s) => s.congress?.kind) ?? 'delegates');
  const results = useQuery('tally', electionId === null ? null : { electionId });
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const [dialog, setDialog] = useState<ResultsDialog | null>(null);
  const congressId = useApp((s) => s.congress?.id ?? null);
  const finals = useQuery('finalResults', congressId === null ? null : { congressId });
  const look = useQuery('secondLook', electionId === null ? null : { electionId });
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
  // The second look at the scanned papers is part of the lock: "Chốt kết quả" opens it first.
  const blocking = result.problems.filter((p) => p.severity === 'error' && p.code !== 'SCANS_MARGIN_UNCHECKED');
  const scanLook: ScanLook = { marginPending: result.problems.some((p) => p.code === 'SCANS_MARGIN_UNCHECKED'), hasClose: (look.data?.close.length ?? 0) > 0, scanned: (look.data?.scannedPapers.length ?? 0) > 0 };
  // The office's result across its rounds, once it has more than one.
  const final = finalOfElection(finals.data, view.id);
  const finalShown = final !== null && final.rounds.length > 1 ? final : null;
  // In the hall, once every round of the office is done.
  const finalPresented = finalToPresent(final, view.id);
  // A later round continues this one: this round is read in its light (issue 18, item 7).
  const later = view.continuations[0] ?? null;

  return (
    <div className="screen results">
      <h1>
        Kết quả: {titleWithRound(view)} <span className={`badge badge-${view.voided ? 'voided' : view.status}`}>{view.voided ? 'đã hủy' : view.status === 'locked' ? 'đã chốt' : view.status === 'paused' ? 'tạm dừng' : 'tạm thời'}</span>
      </h1>
      {view.voided && (
        <p className="notice" role="status">
          Vòng bầu này đã bị hủy, không tính: {view.voided.reason}. Phải bầu lại từ kết quả đã sửa của vòng trước.
        </p>
      )}
      {result.fingerprint && (
        <p className="fingerprint" title="Con dấu số của số liệu đã chốt: in đầy đủ, kèm mã QR, ở chân mỗi trang biên bản chính thức để đối chiếu (kiem-phieu verify)">
          Con dấu số: <code data-testid="fingerprint">{result.fingerprint}</code>
        </p>
      )}
      {later && <LaterRound later={later} onShow={() => selectElection(later.id)} />}
      <div className="columns">
        <div>
          <OutcomeBanner result={result} election={view} onNextRound={() => setDialog('next')} />
          {later && finalShown && <FinalResult final={finalShown} />}
          <ResultsTable result={result} />
          <ElectedList result={result} />
          {!later && finalShown && <FinalResult final={finalShown} />}
        </div>
        <div>
          <ResultFigures result={result} />
          <section className="card" aria-label="Kiểm tra">
            <h2>Kiểm tra</h2>
            <ProblemList problems={result.problems} empty={checksPassedText(view)} />
          </section>
          <ResultActions view={view} blocked={blocking.length > 0} look={scanLook} onOpen={setDialog} />
        </div>
      </div>
      {dialog === 'lock' && <LockDialog election={view} onClose={() => setDialog(null)} />}
      {dialog === 'second-look' && <SecondLookDialog electionId={view.id} onClose={() => setDialog(null)} onChecked={() => void results.reload().then(() => setDialog(blocking.length === 0 ? 'lock' : null))} />}
      {dialog === 'spot-check' && <SpotCheckDialog election={view} onClose={() => setDialog(null)} />}
      {dialog === 'unlock' && <UnlockDialog election={view} onClose={() => setDialog(null)} />}
      {dialog === 'next' && <NextRoundDialog result={result} election={view} onClose={() => setDialog(null)} />}
      {dialog === 'present' && <Presentation result={result} title={titleWithRound(view)} words={words} later={later} onClose={() => setDialog(null)} final={finalPresented} />}
      {dialog === 'minutes' && <MinutesDialog electionId={view.id} locked={result.lock !== null} onClose={() => setDialog(null)} />}
      {dialog === 'summary' && congressId !== null && <SummaryDialog congressId={congressId} onClose={() => setDialog(null)} />}
    </div>
  );
}
