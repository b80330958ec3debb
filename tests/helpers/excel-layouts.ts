import { BALLOTS, NAMES, SEATS, SUMMONED, struckCounts } from './excel-reference';
import { marksAt, type CellSpec } from './workbooks';

const n = NAMES.length;

/** Layout A as many committees typed it: merged title rows, a hint row, two header rows (numbers
 *  above names), a label row per team, a note column, a count column, totals rows at the bottom. */
export function layoutA(options: { wrongTotal?: boolean; /** How every text is written: in a legacy encoding, a font. */ text?: (text: string) => CellSpec } = {}): CellSpec[][] {
  const rows: CellSpec[][] = [
    ['ĐẢNG BỘ XÃ AN PHÚ'],
    ['BẢNG KIỂM PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA V, NHIỆM KỲ 2025 - 2030'],
    [`Tổng số đại biểu được triệu tập: ${SUMMONED}. Số lượng cần bầu: ${SEATS} đồng chí. Đánh dấu x vào tên đồng chí bị gạch.`],
    ['STT', ...NAMES.map((_, i) => i + 1), 'Số người được bầu', 'Ghi chú'],
    [null, ...NAMES, null, null],
  ];
  let number = 0;
  for (const team of ['Tổ 1', 'Tổ 2']) {
    rows.push([team]);
    for (const b of BALLOTS.filter((x) => x.team === team)) {
      number++;
      rows.push([number, ...marksAt(n, b.struck), n - b.struck.length, b.note ?? null]);
    }
  }
  const first = 6;
  const last = rows.length;
  const counts = struckCounts();
  rows.push(['Số lần bị gạch', ...counts.map((c, i) => ({ formula: `COUNTIF(${String.fromCharCode(66 + i)}${first}:${String.fromCharCode(66 + i)}${last},"x")`, result: options.wrongTotal && i === 2 ? c + 1 : c }))]);
  rows.push(['Tỷ lệ %', ...counts.map(() => ({ formula: 'B1*0' }))]);
  rows.push(['Trúng cử', 'x']);
  const text = options.text;
  return text ? rows.map((row) => row.map((cell) => (typeof cell === 'string' ? text(cell) : cell))) : rows;
}

