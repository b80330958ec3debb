/**
 * The congress of issue 11 as a congress file: 120 summoned, 2 excluded (base 118), 16 names for
 * 14 seats, 100 ballots with a tie at the 14th seat (c14 and c15, 70 votes each), then the
 * tie-break round `bch-2` among the two. Format A ballots that keep exactly the votes asked for.
 */

type Json = Record<string, unknown>;

const ids = Array.from({ length: 16 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
const NAMES = [
  'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đặng Văn Hải', 'Bùi Thị Hoa',
  'Đỗ Văn Khánh', 'Hồ Thị Lan', 'Ngô Văn Minh', 'Dương Thị Nga', 'Lý Văn Phúc', 'Mai Thị Quyên', 'Trịnh Văn Sơn', 'Tạ Thị Thu',
];

/** `count` ballots keeping names so that each of `votes` (id → votes) is reached exactly, round-robin. */
function ballotsKeeping(votes: Record<string, number>, count: number): Json[] {
  const kept: string[][] = Array.from({ length: count }, () => []);
  let next = 0;
  for (const [id, v] of Object.entries(votes)) {
    for (let k = 0; k < v; k++) {
      (kept[next] as string[]).push(id);
      next = (next + 1) % count;
    }
  }
  return kept.map((names, i) => ({ id: `p${i + 1}`, kept: names }));
}

export const ROUND1_VOTES: Record<string, number> = Object.fromEntries(ids.map((id, i) => [id, i < 13 ? 95 - i : i < 15 ? 70 : 40]));

export interface TieCongressOptions {
  /** The tie-break's votes for c14 and c15; null: no tie-break round in the file. */
  tieBreak?: { c14: number; c15: number } | null;
  tieBreakLocked?: boolean;
  tieBreakVoided?: boolean;
}

export function tieCongress(options: TieCongressOptions = {}): Json {
  const tieBreak = options.tieBreak === undefined ? { c14: 80, c15: 20 } : options.tieBreak;
  const title = 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III';
  const elections: Json[] = [
    {
      id: 'bch', office: 'cap_uy', title, seats: 14, ballotsIssued: 100, ballotsReturned: 100, status: 'locked',
      candidates: ids.map((id, i) => ({ id, name: NAMES[i] })),
      ballots: ballotsKeeping(ROUND1_VOTES, 100),
    },
  ];
  if (tieBreak) {
    elections.push({
      id: 'bch-2', office: 'cap_uy', title: `${title} (vòng 2: bầu lại do bằng phiếu)`, seats: 1, round: 2, continues: 'bch', ballotsIssued: 100, ballotsReturned: 100,
      status: options.tieBreakLocked === false ? 'open' : 'locked',
      ...(options.tieBreakVoided ? { status: 'open', voided: { at: '2025-06-20T11:30:00+07:00', reason: 'Sửa phiếu số 12 của vòng 1 làm thay đổi kết quả vòng 1' } } : {}),
      candidates: [{ id: 'c14', name: NAMES[13] }, { id: 'c15', name: NAMES[14] }],
      ballots: ballotsKeeping(tieBreak, 100).map((b) => ((b.kept as string[]).length === 0 ? { ...b, kept: undefined, struck: ['c14', 'c15'] } : b)),
    });
  }
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ III, nhiệm kỳ 2025-2030', organization: 'Đảng bộ phường Hòa An', term: '2025-2030', place: 'Hòa An', date: '2025-06-20',
      kind: 'delegates', summoned: 120, present: 100, exclusions: [{ reason: 'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế', count: 2 }],
    },
    elections,
  };
}

export const TIE_NAMES = NAMES;
