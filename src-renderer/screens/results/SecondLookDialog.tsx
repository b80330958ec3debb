import { useEffect, useMemo, useState } from 'react';
import type { SecondLookCrops, SecondLookView } from '../../../shared/api/scan-views';
import { closeText } from '../../../shared/rules/margin';
import { COUNTED_WORDS } from '../../../shared/scan/second-look';
import { printableName } from '../../../shared/text/printable';
import { invoke } from '../../api/client';
import { Modal } from '../../components/Modal';
import { useApp } from '../../state/app-store';

/** Papers fetched a call: the rows are straightened on the machine, a page at a time, while the first ones are looked at. */
const PAGE = 24;

function dataUrl(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

/**
 * A second look where it matters (issue 17, item 8): for each candidate whose result a few papers
 * read differently would change, the row of their name on every scanned paper, in a grid, with
 * what the paper was counted as, so that the committee confirms them in one pass. A tile that does
 * not agree is marked (click, or Space); Enter records the look: all as counted, or the papers
 * marked (to correct, then look again). Opened before the lock, which waits for it.
 */
export function SecondLookDialog({ electionId, onClose, onChecked }: { electionId: number; onClose(): void; onChecked(): void }) {
  const { station, notify } = useApp();
  const [look, setLook] = useState<SecondLookView | null>(null);
  const [papers, setPapers] = useState<SecondLookCrops['papers']>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [wrong, setWrong] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const ids = useMemo(() => look?.close.map((c) => c.id) ?? [], [look]);

  useEffect(() => {
    void invoke('secondLook', { electionId }).then((r) => (r.ok ? setLook(r.value) : setError(r.error.message)));
  }, [electionId]);
  useEffect(() => {
    if (ids.length === 0) return;
    let alive = true;
    void (async () => {
      for (let offset = 0; alive; offset += PAGE) {
        const r = await invoke('secondLookCrops', { electionId, candidateIds: ids, offset, limit: PAGE });
        if (!alive) return;
        if (!r.ok) return setError(r.error.message);
        setTotal(r.value.total);
        setPapers((before) => [...before, ...r.value.papers]);
        if (offset + PAGE >= r.value.total) return;
      }
    })();
    return () => {
      alive = false;
    };
  }, [electionId, ids]);

  const loaded = total !== null && papers.length >= total;
  const toggle = (number: number) => setWrong((w) => (w.has(number) ? new Set([...w].filter((n) => n !== number)) : new Set([...w, number])));
  const record = async () => {
    if (!loaded) return setError('Chờ tải xong mọi phiếu rồi mới xác nhận');
    const result = await invoke('recordMarginCheck', { electionId, wrong: [...wrong].sort((a, b) => a - b), operator: station.operator.trim() });
    if (!result.ok) return setError(result.error.message);
    if (wrong.size > 0) {
      notify('info', `Đã ghi: phiếu số ${[...wrong].sort((a, b) => a - b).join(', ')} chưa đúng như đã tính. Sửa các phiếu đó (màn hình Nhập phiếu), rồi xem lại trước khi chốt.`);
      return onClose();
    }
    notify('ok', 'Đã xem lại: mọi phiếu đúng như đã tính');
    onChecked();
  };

  return (
    <Modal title="Xem lại các phiếu có cách biệt nhỏ" onClose={onClose} wide className="second-look-modal">
      <div
        className="second-look"
        tabIndex={-1}
        data-autofocus
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && !e.altKey) {
            e.preventDefault();
            void record();
          }
        }}
      >
        {look && (
          <p>
            Kết quả được quyết định bởi rất ít phiếu (từ {look.margin} phiếu trở xuống). Nhìn dòng tên của {look.close.length > 1 ? 'những người này' : 'người này'} trên mọi phiếu quét ({look.scannedPapers.length} phiếu
            {look.typedPapers > 0 ? `; ${look.typedPapers} phiếu nhập bằng bàn phím không có ảnh` : ''}), so với điều đã tính ghi dưới mỗi ảnh. Ô nào không đúng: bấm vào (hoặc phím Cách) để đánh dấu.
          </p>
        )}
        {total !== null && (
          <p className="muted" role="status" data-testid="second-look-progress">
            {loaded ? `Đủ ${total} phiếu.` : `Đang tải ${papers.length}/${total} phiếu…`}
          </p>
        )}
        {look?.close.map((c) => (
          <section key={c.id} className="second-look-candidate" aria-label={c.name}>
            <h3>{closeText(c)}</h3>
            <div className="crop-grid">
              {papers.map((p) => {
                const crop = p.crops?.find((x) => x.id === c.id);
                const marked = wrong.has(p.number);
                return (
                  <button type="button" key={p.scanId} className={`crop${marked ? ' crop-wrong' : ''}`} aria-pressed={marked} onClick={() => toggle(p.number)} title={printableName(p.image)} data-testid={`crop-${c.id}-${p.number}`}>
                    {crop ? <img src={dataUrl(crop.data)} alt={`Dòng ${c.name} trên phiếu số ${p.number}`} width={crop.width} height={crop.height} /> : <span className="muted">Không có ảnh nắn thẳng được</span>}
                    <span className="crop-caption">
                      Phiếu số {p.number}: <strong>{crop ? COUNTED_WORDS[crop.counted] : '—'}</strong>
                      {p.invalid ? ' (phiếu không hợp lệ)' : ''}
                      {marked ? ' · CHƯA ĐÚNG' : ''}
                    </span>
                  </button>
                );
              })}
            </div>
          </section>
        ))}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Để sau (Esc)
          </button>
          <button type="button" className="primary" disabled={!loaded} onClick={() => void record()}>
            {wrong.size === 0 ? 'Mọi phiếu đúng như đã tính (Enter)' : `Ghi ${wrong.size} phiếu chưa đúng: ${[...wrong].sort((a, b) => a - b).join(', ')} (Enter)`}
          </button>
        </div>
      </div>
    </Modal>
  );
}
