import { useState } from 'react';
import type { BatchSummary } from '../../../shared/api/double-entry-views';
import type { ElectionView } from '../../api/types';
import { TextField } from '../../components/Field';
import { ConfirmDialog } from '../../components/Modal';
import { useApp } from '../../state/app-store';
import { CompareView } from './CompareView';
import { STATUS } from './labels';
import { PassEntry } from './PassEntry';

export function BatchPanel({ batch, election }: { batch: BatchSummary; election: ElectionView }) {
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
          confirmLabel={`Bỏ chồng phiếu "${batch.label}"`}
          cancelLabel="Không bỏ"
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
