import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScanImage, SpotCheckDraw } from '../../../shared/api/scan-views';
import { ballotWords } from '../../../shared/entry/ballot-words';
import { verdictText } from '../../../shared/entry/verdict';
import { ballotContext } from '../../../shared/rules/tally';
import { judgeBallot } from '../../../shared/rules/validity';
import { SPOT_CHECK_PAPERS } from '../../../shared/scan/second-look';
import { printableName } from '../../../shared/text/printable';
import { invoke } from '../../api/client';
import type { ElectionView } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { ReviewPicture, type PictureZoom } from '../scan/ReviewPicture';

type Paper = SpotCheckDraw['papers'][number];

/**
 * The spot check (issue 17, item 8): the chair types the number drawn in the hall; the program
 * draws papers from it (the same number draws the same papers anywhere) and shows each scanned
 * image beside what was counted for it; Enter says it agrees, `s` that it does not; the answers are
 * recorded, audited and printed in the annex of the minutes.
 */
export function SpotCheckDialog({ election, onClose }: { election: ElectionView; onClose(): void }) {
  const { station, notify, refresh } = useApp();
  const [seed, setSeed] = useState('');
  const [count, setCount] = useState(String(SPOT_CHECK_PAPERS));
  const [drawn, setDrawn] = useState<SpotCheckDraw | null>(null);
  const [answers, setAnswers] = useState<boolean[]>([]);
  const [image, setImage] = useState<ScanImage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zoom = useRef<PictureZoom>(null);
  const panel = useRef<HTMLDivElement>(null);
  const listed = useMemo(() => election.candidates.filter((c) => !c.withdrawn), [election]);
  const context = useMemo(() => ballotContext({ candidates: listed.map((c) => ({ id: c.key, name: c.name, withdrawn: false })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid }), [listed, election]);
  const names = useMemo(() => listed.map((c, i) => ({ key: c.key, number: i + 1, name: c.name })), [listed]);
  const current: Paper | undefined = drawn?.papers[answers.length];

  useEffect(() => {
    if (!current) return;
    setImage(null);
    let alive = true;
    void invoke('scanImage', { scanId: current.scanId }).then((r) => alive && (r.ok ? setImage(r.value) : setError(r.error.message)));
    requestAnimationFrame(() => panel.current?.focus());
    return () => {
      alive = false;
    };
  }, [current]);

  const draw = async () => {
    const result = await invoke('spotCheckDraw', { electionId: election.id, seed, count: Number(count) || SPOT_CHECK_PAPERS });
    if (!result.ok) return setError(result.error.message);
    if (result.value.papers.length === 0) return setError('Chưa có phiếu nào được tính từ ảnh quét: chưa có gì để kiểm tra');
    setError(null);
    setDrawn(result.value);
    setAnswers([]);
  };
  const answer = async (agrees: boolean) => {
    if (!drawn || !current) return;
    const next = [...answers, agrees];
    setAnswers(next);
    if (next.length < drawn.papers.length) return;
    const result = await invoke('recordSpotCheck', { electionId: election.id, seed: drawn.seed, count: drawn.papers.length, papers: drawn.papers.map((p, i) => ({ number: p.number, agrees: next[i] as boolean })), operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    const wrong = drawn.papers.filter((_, i) => !next[i]).map((p) => p.number);
    notify(wrong.length === 0 ? 'ok' : 'info', wrong.length === 0 ? `Kiểm tra ngẫu nhiên (số ${drawn.seed}): ${drawn.papers.length} phiếu đúng như đã tính` : `Kiểm tra ngẫu nhiên (số ${drawn.seed}): phiếu số ${wrong.join(', ')} không đúng như đã tính: sửa các phiếu đó`);
    await refresh();
    onClose();
  };
  const counted = (p: Paper) => {
    const content = p.choice.kind === 'struck' ? { struck: p.choice.ids } : p.choice.kind === 'kept' ? { kept: p.choice.ids } : p.choice.kind === 'marks' ? { marks: p.choice.marks } : {};
    const words = ballotWords(content, names);
    return `${words ? `${words} — ` : ''}${verdictText(judgeBallot(p.choice, p.ruling, context))}`;
  };

  return (
    <Modal title="Kiểm tra ngẫu nhiên phiếu quét" onClose={onClose} wide className="scan-review-modal">
      {!drawn ? (
        <form
          className="spot-check-start"
          onSubmit={(e) => {
            e.preventDefault();
            void draw();
          }}
        >
          <p>Chủ tịch đoàn bốc thăm một số tại hội trường rồi gõ vào đây: chương trình bốc ra các phiếu quét từ số đó (cùng số thì cùng các phiếu, ở máy nào cũng vậy), cho xem từng ảnh bên cạnh điều đã tính.</p>
          <label className="field">
            <span>Số bốc thăm tại hội trường</span>
            <input value={seed} onChange={(e) => setSeed(e.target.value)} inputMode="numeric" autoComplete="off" data-autofocus />
          </label>
          <label className="field">
            <span>Số phiếu bốc ra</span>
            <input value={count} onChange={(e) => setCount(e.target.value)} inputMode="numeric" autoComplete="off" />
          </label>
          <div className="modal-actions">
            <button type="button" onClick={onClose}>Đóng (Esc)</button>
            <button type="submit" className="primary">Bốc phiếu (Enter)</button>
          </div>
        </form>
      ) : current ? (
        <div className="scan-review">
          {image ? <ReviewPicture image={image} title={`Ảnh phiếu số ${current.number}`} current={null} zoomRef={zoom} /> : <p className="muted">Đang tải ảnh…</p>}
          <div
            className="scan-decide spot-check-paper"
            ref={panel}
            tabIndex={-1}
            onKeyDown={(e) => {
              if (e.ctrlKey || e.altKey) return;
              if (e.key === 'Enter' || e.key.toLowerCase() === 's') {
                e.preventDefault();
                void answer(e.key === 'Enter');
              }
            }}
          >
            <p>
              Số bốc thăm <strong>{drawn.seed}</strong>: phiếu {answers.length + 1}/{drawn.papers.length}
            </p>
            <p data-testid="spot-check-paper">
              <strong>Phiếu số {current.number}</strong> ({printableName(current.image)}) đã tính: {counted(current)}
            </p>
            <div className="modal-actions same-paper-actions">
              <button type="button" onClick={() => void answer(true)}>
                <kbd>Enter</kbd> Ảnh đúng như đã tính
              </button>
              <button type="button" onClick={() => void answer(false)}>
                <kbd>s</kbd> Không đúng
              </button>
            </div>
          </div>
        </div>
      ) : (
        <p className="muted">Đang ghi…</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
