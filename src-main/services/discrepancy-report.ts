import { toCsv } from '../../shared/format/csv';

interface ReadingLike {
  text: string;
  operator: string;
  enteredAt: string;
  resolution?: string | null;
}

interface BatchLike {
  label: string;
  teamName: string | null;
  size: number;
  status: string;
  pass1Operator: string | null;
  pass2Operator: string | null;
  differences: { position: number; first: ReadingLike; second: ReadingLike; resolved: ReadingLike | null }[];
}

const RESOLUTIONS: Record<string, string> = { pass1: 'theo lượt 1', pass2: 'theo lượt 2', reentered: 'đọc lại phiếu' };
const STATUSES: Record<string, string> = { open: 'đang nhập', reconciled: 'đã đối chiếu', abandoned: 'đã bỏ' };

/** The discrepancy report of double entry as CSV, one line per difference (a stack without any has one line saying so). */
export function discrepancyCsv(title: string, batches: readonly BatchLike[]): string {
  const rows: (string | number)[][] = [
    ['Cuộc bầu', 'Chồng phiếu', 'Tổ', 'Số phiếu', 'Trạng thái', 'Phiếu thứ', 'Lượt 1: người nhập', 'Lượt 1: nội dung', 'Lượt 2: người nhập', 'Lượt 2: nội dung', 'Kết luận', 'Nội dung được tính', 'Người đối chiếu', 'Thời điểm'],
  ];
  for (const b of batches) {
    const head = [title, b.label, b.teamName ?? '', b.size, STATUSES[b.status] ?? b.status];
    if (b.differences.length === 0) rows.push([...head, '', b.pass1Operator ?? '', '', b.pass2Operator ?? '', '', 'hai lượt khớp nhau', '', '', '']);
    for (const d of b.differences) {
      rows.push([...head, d.position, d.first.operator, d.first.text, d.second.operator, d.second.text, d.resolved ? (RESOLUTIONS[d.resolved.resolution ?? ''] ?? '') : 'chưa đối chiếu', d.resolved?.text ?? '', d.resolved?.operator ?? '', d.resolved?.enteredAt ?? '']);
    }
  }
  return toCsv(rows);
}
