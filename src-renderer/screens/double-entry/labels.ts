import type { ElectionView } from '../../api/types';

/** What to type, as on the entry screen. */
export function typingHint(election: ElectionView): string {
  return election.format === 'A' ? 'gõ số thứ tự những người BỊ GẠCH' : 'gõ một dấu cho mỗi người: 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống';
}

export const STATUS = { open: 'đang nhập', reconciled: 'đã đối chiếu, đã tính', abandoned: 'đã bỏ' } as const;
export const RESOLUTION = { pass1: 'theo lượt 1', pass2: 'theo lượt 2', reentered: 'đọc lại phiếu' } as const;
