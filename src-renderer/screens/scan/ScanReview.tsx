import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScanImage, ScanView } from '../../../shared/api/scan-views';
import { invoke } from '../../api/client';
import type { ElectionView } from '../../api/types';
import { Modal } from '../../components/Modal';
import { parseBallotInput } from '../../../shared/entry/ballot-input';
import { reviewText, undecidedRows, UNDECIDED, type RowAnswer } from '../../../shared/scan/review-rows';
import { machineReadingText, reviewPrompt } from '../../../shared/scan/review-text';
import { useApp } from '../../state/app-store';
import { judgeBallot } from '../../../shared/rules/validity';
import { namesOnPaper, paperContext } from '../paper-list';
import { verdictText } from '../../../shared/entry/verdict';
import { printableName } from '../../../shared/text/printable';
import { DoubtedRows, type DoubtedRow } from './DoubtedRows';
import { SamePaperQuestion } from './SamePaperQuestion';
import type { SamePaperAnswer } from '../../../shared/scan/resemblance';
import { ReviewPicture, zoomKey, type PictureZoom } from './ReviewPicture';

/**
 * A person decides a scanned ballot (issues 12 and 17): the ballot straightened, the rows the
 * machine was unsure of framed with their reasons beside them; those rows asked one after the
 * other, one key each (the machine's confident reading stands, a row it was unsure of is never
 * typed in beforehand); Enter counts the ballot. The whole ballot may be typed instead, with the
 * entry screen's keys (a ruling, a correction of a confident name), or the image set aside with a reason.
 */
export function ScanReview({ scan: first, election, onClose, onDone }: { scan: ScanView; election: ElectionView; onClose(): void; onDone(): void }) {
  const { station, notify } = useApp();
  const [scan, setScan] = useState(first);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const title = `Xác nhận phiếu quét: ${printableName(scan.image)}`;
  if (scan.sameAs !== null && scan.samePaper === null) {
    const answer = async (value: SamePaperAnswer) => {
      const result = await invoke('decideSamePaper', { scanId: scan.id, answer: value, teamId: station.teamId, operator: station.operator.trim() });
      if (!result.ok) return setAnswerError(result.error.message);
      if (value === 'same') {
        notify('info', `Ảnh ${printableName(scan.image)} không được tính: ${result.value.scan.note ?? ''}`);
        return onDone();
      }
      if (result.value.number !== null) {
        notify('ok', `Đã tính ảnh ${printableName(scan.image)} (hai tờ khác nhau): phiếu số ${result.value.number}${result.value.verdict ? `, ${verdictText(result.value.verdict).toLocaleLowerCase('vi')}` : ''}`);
        return onDone();
      }
      setScan(result.value.scan);
    };
    return (
      <Modal title={title} onClose={onClose} wide className="scan-review-modal">
        <SamePaperQuestion scan={scan} onAnswer={(value) => void answer(value)} />
        {answerError && (
          <p className="error" role="alert">
            {answerError}
          </p>
        )}
      </Modal>
    );
  }
  return <DecideBallot key={`${scan.id}:${scan.samePaper ?? ''}`} scan={scan} election={election} title={title} onClose={onClose} onDone={onDone} />;
}

/** The ballot decided: the rows the machine was unsure of, one key each, or the whole ballot typed; Enter counts it. */
function DecideBallot({ scan, election, title, onClose, onDone }: { scan: ScanView; election: ElectionView; title: string; onClose(): void; onDone(): void }) {
  const { station, notify } = useApp();
  const container = useRef<HTMLDivElement>(null);
  // Shown after "cùng một tờ phiếu?" in the same dialog: the keyboard goes to the rows (or the ballot) at once.
  useEffect(() => container.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  const listed = useMemo(() => namesOnPaper(election), [election]);
  const context = useMemo(() => paperContext(election), [election]);
  const format = election.format;
  const read = scan.struck !== null || scan.marks !== null;
  const rows: DoubtedRow[] = useMemo(() => {
    if (!read) return [];
    return undecidedRows(context.listIds, scan, {}).map((id) => ({
      id,
      number: context.listIds.indexOf(id) + 1,
      name: listed.find((c) => c.key === id)?.name ?? id,
      reason: scan.doubts.find((d) => d.id === id)?.reason ?? 'máy chưa đọc chắc chắn dòng này',
    }));
  }, [context, scan, listed, read]);
  const [answers, setAnswers] = useState<Record<string, RowAnswer>>({});
  const [handTyped, setHandTyped] = useState<string | null>(null);
  const text = handTyped ?? reviewText(format, context.listIds, scan, answers);
  const undecided = handTyped === null ? rows.filter((r) => answers[r.id] === undefined) : [];
  const current = undecided[0]?.id ?? null;
  const [note, setNote] = useState('');
  const [aside, setAside] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [image, setImage] = useState<ScanImage | null>(null);
  const zoom = useRef<PictureZoom>(null);
  useEffect(() => {
    let alive = true;
    void invoke('scanImage', { scanId: scan.id }).then((r) => alive && (r.ok ? setImage(r.value) : setError(r.error.message)));
    return () => {
      alive = false;
    };
  }, [scan.id]);

  const parsed = parseBallotInput(text.replaceAll(UNDECIDED, ''), { format, listIds: context.listIds, mode: 'struck' });
  const complete = undecided.length === 0 && !text.includes(UNDECIDED);
  const verdict = !complete || parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  const confirm = async () => {
    const waiting = undecided[0] ?? rows.find((r) => text.includes(UNDECIDED) && answers[r.id] === undefined);
    if (!complete && waiting) return setError(`Dòng ${waiting.number} (${waiting.name}) chưa quyết: nhìn ảnh rồi gõ một phím`);
    if (parsed.empty) return setError('Gõ phiếu như màn hình Nhập phiếu rồi Enter');
    if (parsed.errors.length > 0) return setError(parsed.errors[0] as string);
    if (parsed.ruling === 'COMMITTEE_RULED' && note.trim() === '') return setError('Ghi lý do Ban kiểm phiếu kết luận phiếu không hợp lệ, rồi Enter');
    const result = await invoke('confirmScan', { scanId: scan.id, ...parsed.content, ...(parsed.ruling ? { invalid: parsed.ruling } : {}), ...(note.trim() ? { note } : {}), teamId: station.teamId, operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    notify('ok', `Đã tính ảnh ${printableName(scan.image)}: phiếu số ${result.value.number}, ${verdictText(result.value.verdict).toLocaleLowerCase('vi')}`);
    onDone();
  };
  const setAsideNow = async () => {
    const result = await invoke('setAsideScan', { scanId: scan.id, reason: aside, operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    notify('info', `Ảnh ${printableName(scan.image)} không được tính: ${aside.trim()}`);
    onDone();
  };
  const answer = (id: string, value: RowAnswer) => {
    setError(null);
    setAnswers((a) => ({ ...a, [id]: value }));
  };
  const back = () => {
    const last = [...rows].reverse().find((r) => answers[r.id] !== undefined);
    if (last) setAnswers(({ [last.id]: _, ...rest }) => rest);
  };

  return (
    <Modal title={title} onClose={onClose} wide className="scan-review-modal">
      <div
        ref={container}
        className="scan-review"
        onKeyDown={(e) => {
          const kind = zoomKey(e, false);
          if (!kind) return;
          e.preventDefault();
          if (kind === 'in') zoom.current?.zoomIn();
          else if (kind === 'out') zoom.current?.zoomOut();
          else zoom.current?.fit();
        }}
      >
        {image ? <ReviewPicture image={image} title={`Ảnh phiếu ${printableName(scan.image)}`} current={current} zoomRef={zoom} /> : <p className="muted">Đang tải ảnh…</p>}
        <div className="scan-decide">
          <p>
            <strong>Máy đọc:</strong> {machineReadingText(context.listIds, scan)}
          </p>
          {rows.length > 0 && handTyped === null && (
            <DoubtedRows format={format} rows={rows} answers={answers} current={current} onAnswer={answer} onBack={back} onEnter={() => void confirm()} onZoom={(k) => (k === 'in' ? zoom.current?.zoomIn() : zoom.current?.zoomOut())} />
          )}
          <label htmlFor="scan-ballot-input">{rows.length > 0 && handTyped === null ? 'Hoặc gõ cả phiếu' : reviewPrompt(format)}</label>
          <input
            id="scan-ballot-input"
            {...(rows.length === 0 || handTyped !== null ? { 'data-autofocus': true } : {})}
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setError(null);
              setHandTyped(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void confirm();
              }
            }}
          />
          {rows.length > 0 && <p className="muted">{reviewPrompt(format)}</p>}
          {parsed.ruling === 'COMMITTEE_RULED' && <input className="note-input" value={note} placeholder="Lý do Ban kiểm phiếu kết luận không hợp lệ" aria-label="Lý do" onChange={(e) => setNote(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void confirm()} />}
          <div className={`verdict ${verdict === null ? '' : verdict.valid ? 'verdict-valid' : 'verdict-invalid'}`} aria-live="polite" data-testid="scan-verdict">
            {!complete ? `Còn ${undecided.length || 1} dòng chưa quyết` : parsed.errors.length > 0 ? parsed.errors.join('; ') : verdict ? verdictText(verdict) : ' '}
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <p className="keys">
            <kbd>Enter</kbd> xác nhận và tính · <kbd>Esc</kbd> đóng, để sau · <kbd>g</kbd> ghi thêm tên · <kbd>k</kbd> ký tên, đánh dấu · <kbd>p</kbd> không do Ban phát ra · <kbd>b</kbd> Ban kiểm phiếu kết luận
            {format === 'A' && (
              <>
                {' '}
                · <kbd>0</kbd> không gạch ai · <kbd>/</kbd> gạch hết
              </>
            )}{' '}
            · <kbd>Ctrl</kbd>+<kbd>+</kbd> / <kbd>−</kbd> / <kbd>0</kbd> phóng to, thu nhỏ, vừa khung
          </p>
          <details className="scan-aside">
            <summary>Không tính ảnh này…</summary>
            <input value={aside} onChange={(e) => setAside(e.target.value)} placeholder="Lý do (ví dụ: phiếu đã quét ở tổ khác)" aria-label="Lý do không tính" />
            <button type="button" disabled={aside.trim() === ''} onClick={() => void setAsideNow()}>
              Không tính ảnh này
            </button>
          </details>
        </div>
      </div>
    </Modal>
  );
}
