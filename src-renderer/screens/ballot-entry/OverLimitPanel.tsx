import { overLimitFigures } from '../../../shared/rules/paper-limits';
import type { OverLimitRefusal } from './entry-saves';

/**
 * A paper refused because it would be one too many (RULES R4.3): the figures, and the two
 * ways out: a paper entered twice (find it and void it) or a wrong returned figure (the chair
 * corrects it). The typed ballot stays in the box meanwhile.
 */
export function OverLimitPanel({ refusal, onFind, onCorrect }: { refusal: OverLimitRefusal; onFind(): void; onCorrect(): void }) {
  const { over } = refusal;
  if (over === null) return null;
  const figure = over.kind === 'returned' ? 'Số phiếu thu vào' : `Số phiếu giao cho ${over.team}`;
  return (
    <div className="notice over-limit" role="alert" aria-label="Phiếu chưa được lưu">
      <p>
        <strong>{overLimitFigures(over)}</strong>: {over.adding > 1 ? `chồng ${over.adding} phiếu` : 'phiếu'} đang gõ sẽ thành {over.counted + over.adding} phiếu, nên chưa được lưu. Có hai khả năng:
      </p>
      <ol>
        <li>
          Có phiếu bị nhập hai lần: tìm phiếu đó và hủy nó, rồi Enter để lưu phiếu đang gõ.{' '}
          <button type="button" onClick={onFind}>
            Tìm phiếu nhập hai lần (Ctrl+F)
          </button>
        </li>
        <li>
          {figure} ghi sai: chủ tịch đoàn sửa lại (ghi vào nhật ký, kèm lý do).{' '}
          <button type="button" onClick={onCorrect}>
            {over.kind === 'returned' ? 'Sửa số phiếu thu vào…' : `Sửa số phiếu giao cho ${over.team}…`}
          </button>
        </li>
      </ol>
    </div>
  );
}
