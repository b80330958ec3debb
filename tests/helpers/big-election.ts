import type { CongressFile } from '../../shared/congress-file/schema';
import { sortByVietnameseName } from '../../shared/text/vietnamese-collation';
import { randomInt, sample, seededRandom } from './random';

const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Thanh', 'Ngọc', 'Đức', 'Thùy', 'Xuân'];
const GIVENS = ['An', 'Bảy', 'Cúc', 'Dũng', 'Đức', 'Giao', 'Hạnh', 'Hoa', 'Khải', 'Loan', 'Lực', 'Mỹ', 'Nhân', 'Oanh', 'Phúc', 'Quyết', 'Sương', 'Tâm', 'Thủy', 'Tuấn', 'Ước', 'Vĩnh', 'Xoan', 'Yến', 'Ỷ'];

/** Distinct Vietnamese names (up to 3,000) with every kind of diacritic, in ABC order (RULES R8). */
export function vietnameseNames(count: number): string[] {
  const names = Array.from({ length: count }, (_, i) => `${FAMILIES[Math.floor(i / 25) % 12]} ${MIDDLES[(i + Math.floor(i / 300)) % 10]} ${GIVENS[i % 25]}`);
  return sortByVietnameseName(names.map((name) => ({ name }))).map((p) => p.name);
}

/**
 * A congress of one Ban Chấp hành election with `candidates` names (a list of 300 by default) and
 * format-A ballots striking random names; the checks all pass, so official minutes can be printed.
 */
export function bigCongressFile(candidates = 300, ballots = 400, seed = 5): CongressFile {
  const random = seededRandom(seed);
  const ids = Array.from({ length: candidates }, (_, i) => `c${String(i + 1).padStart(3, '0')}`);
  const seats = Math.ceil(candidates * 0.8);
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: 'Đại hội đại biểu Đảng bộ tỉnh Thừa Thiên lần thứ XVII', organization: 'Đảng bộ tỉnh Thừa Thiên', term: '2025-2030', place: 'Huế', date: '2025-10-14',
      kind: 'delegates', summoned: ballots + 20, exclusions: [{ reason: 'Đại biểu vắng mặt suốt thời gian đại hội', count: 5 }], present: ballots + 10,
      countingCommittee: [{ name: 'Trương Thị Ánh Nguyệt', role: 'Trưởng ban' }, { name: 'Lưu Văn Ước' }],
    },
    elections: [{
      id: 'bch', office: 'cap_uy', title: 'Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVII', seats, round: 1, continues: null, requireMajority: true, base: null,
      ballotsIssued: ballots + 10, ballotsReturned: ballots, allBothOrNoneInvalid: true, status: 'open',
      candidates: vietnameseNames(candidates).map((name, i) => ({ id: ids[i] as string, name, withdrawn: false, birthYear: null, birthDate: null, gender: null })),
      ballots: Array.from({ length: ballots }, (_, i) => ({ id: `p${i + 1}`, struck: sample(random, ids, randomInt(random, candidates - seats - 5, candidates / 2)), count: 1 })),
      teamTotals: [],
    }],
  };
}
