/**
 * The congress of issue 18 as a congress file: a chi bộ's members' congress of 30 (28 present) in
 * a place with a long name, its chi ủy of 3 short after round 1 (2 elected) and completed by a
 * further round, and its bí thư elected directly on a đồng ý / không đồng ý paper.
 */

type Json = Record<string, unknown>;

export const CHI_BO_NAMES = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường', 'Phạm Thị Dung'] as const;
const ids = ['c01', 'c02', 'c03', 'c04'];

/** Round 1: Trần Thị Bích 20, Lê Văn Cường 18, the two others 12 (the base is 30, 16 needed). */
function roundOneBallots(): Json[] {
  return Array.from({ length: 28 }, (_, i) => ({ kept: [i < 12 ? 'c01' : null, i < 20 ? 'c02' : null, i < 18 ? 'c03' : null, i >= 16 ? 'c04' : null].filter((id) => id !== null) }));
}

export interface ChiBoOptions {
  /** The further round locked (default) or still open. */
  furtherLocked?: boolean;
  /** Every round locked (default), or none. */
  locked?: boolean;
  /** The further round last, after the bí thư, as the app creates it (it takes the next position). */
  furtherLast?: boolean;
}

export function chiBoCongress(options: ChiBoOptions = {}): Json {
  const locked = options.locked ?? true;
  const status = locked ? 'locked' : 'open';
  const title = 'Bầu Chi ủy Chi bộ Khu phố 3';
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: 'Đại hội Chi bộ Khu phố 3 lần thứ XV',
      organization: 'Đảng bộ phường Hòa An, thành phố Cao Bằng',
      term: '2025-2027',
      place: 'Phường Hòa An, thành phố Cao Bằng',
      date: '2025-06-05',
      kind: 'members',
      summoned: 30,
      exclusions: [],
      present: 28,
    },
    elections: ordered(options, [
      { id: 'cap_uy', office: 'cap_uy', title, seats: 3, ballotsIssued: 28, ballotsReturned: 28, status, candidates: ids.map((id, i) => ({ id, name: CHI_BO_NAMES[i] })), ballots: roundOneBallots() },
      {
        id: 'cap_uy-v2', office: 'cap_uy', title: `${title} (vòng 2: bầu bổ sung số còn thiếu)`, seats: 1, round: 2, continues: 'cap_uy', ballotsIssued: 28, ballotsReturned: 28,
        status: locked && options.furtherLocked !== false ? 'locked' : 'open',
        candidates: [{ id: 'c01', name: CHI_BO_NAMES[0] }, { id: 'c04', name: CHI_BO_NAMES[3] }],
        ballots: Array.from({ length: 28 }, (_, i) => ({ kept: [i < 19 ? 'c01' : 'c04'] })),
      },
      {
        id: 'bi_thu', office: 'bi_thu', title: 'Bầu Bí thư Chi bộ', seats: 1, ballotsIssued: 28, ballotsReturned: 28, status,
        candidates: [{ id: 'b1', name: CHI_BO_NAMES[1] }],
        ballots: Array.from({ length: 28 }, (_, i) => ({ marks: { b1: i < 25 ? 'agree' : 'disagree' } })),
      },
    ]),
  };
}

function ordered(options: ChiBoOptions, elections: Json[]): Json[] {
  const [first, further, biThu] = elections as [Json, Json, Json];
  return options.furtherLast ? [first, biThu, further] : elections;
}
