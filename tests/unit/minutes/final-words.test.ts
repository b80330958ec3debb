import { describe, expect, it } from 'vitest';
import { finalResultWords } from '../../../shared/minutes/final';
import type { FinalResult } from '../../../shared/rules/final-result';

const TITLE = 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III';
const names = Array.from({ length: 14 }, (_, i) => `Người ${i + 1}`);
const elected = (count: number, secondRound = 0) =>
  names.slice(0, count).map((name, i) => ({ id: `c${i + 1}`, name, votes: 95 - i, round: i >= count - secondRound ? 'bch-2' : 'bch', roundNumber: i >= count - secondRound ? 2 : 1 }));

function final(overrides: Partial<FinalResult>): FinalResult {
  return { office: 'cap_uy', first: 'bch', rounds: ['bch', 'bch-2'], roundNumbers: [1, 2], seats: 14, elected: elected(14, 1), tie: null, unfilledSeats: 0, openRounds: [], final: true, ...overrides };
}

describe('the final result in words (shared/minutes/final.ts)', () => {
  it('all 14 elected over two rounds: one sentence, a row each with the round that elected them, no provisional mark', () => {
    const words = finalResultWords(final({}), TITLE);
    expect(words.title).toBe(TITLE);
    expect(words.provisional).toBeNull();
    expect(words.sentences).toEqual(['Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.']);
    expect(words.columns.map((c) => c.header)).toEqual(['TT', 'Họ và tên', 'Số phiếu', 'Trúng cử ở']);
    expect(words.rows[0]).toEqual(['1', 'Người 1', '95', 'vòng 1']);
    expect(words.rows[13]).toEqual(['14', 'Người 14', '82', 'vòng 2']);
  });

  it('a tie-break that elected nobody: 13 of 14 and one short', () => {
    const words = finalResultWords(final({ elected: elected(13), unfilledSeats: 1 }), TITLE);
    expect(words.sentences).toEqual(['Đã bầu được 13 trong số 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.', 'Còn thiếu 1 đồng chí so với số lượng cần bầu.']);
    expect(words.rows).toHaveLength(13);
  });

  it('a tie still to break: the tied named, "bằng phiếu", provisional', () => {
    const tie = { seats: 1, candidates: [{ id: 'c14', name: 'Mai Thị Quyên', votes: 70 }, { id: 'c15', name: 'Trịnh Văn Sơn', votes: 70 }] };
    const words = finalResultWords(final({ rounds: ['bch'], roundNumbers: [1], elected: elected(13), tie, final: false }), TITLE);
    expect(words.sentences).toEqual([
      'Đã bầu được 13 trong số 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III.',
      'Còn 1 chỗ chưa có kết quả: các đồng chí Mai Thị Quyên, Trịnh Văn Sơn cùng được 70 phiếu (bằng phiếu), phải bầu lại giữa các đồng chí này để chọn 1 người.',
    ]);
    expect(words.provisional).toBe('KẾT QUẢ TẠM THỜI: còn phải bầu lại do bằng phiếu.');
    expect(JSON.stringify(words)).not.toMatch(/hòa phiếu/i);
  });

  it('rounds not locked are named when there are several; a single round just "chưa chốt"', () => {
    expect(finalResultWords(final({ openRounds: ['bch-2'], final: false }), TITLE).provisional).toBe('KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả.');
    expect(finalResultWords(final({ rounds: ['a', 'b', 'c'], roundNumbers: [1, 2, 3], openRounds: ['b', 'c'], final: false }), TITLE).provisional).toBe('KẾT QUẢ TẠM THỜI: vòng 2 và vòng 3 chưa chốt kết quả.');
    expect(finalResultWords(final({ rounds: ['bch'], roundNumbers: [1], elected: elected(14), openRounds: ['bch'], final: false }), TITLE).provisional).toBe('KẾT QUẢ TẠM THỜI: chưa chốt kết quả.');
  });

  it('a term in the title is written whole, never broken across lines', () => {
    const words = finalResultWords(final({}), 'Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025 - 2030');
    expect(words.sentences[0]).toBe('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường khóa III, nhiệm\u00a0kỳ\u00a02025-2030, qua 2 vòng bầu.');
    expect(words.title).toBe('Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm\u00a0kỳ\u00a02025-2030');
  });

  it('one seat: the person named; nobody elected: said so; an untitled election named by its office', () => {
    const one = final({ office: 'bi_thu', seats: 1, rounds: ['bt'], roundNumbers: [1], elected: [{ id: 'c4', name: 'Phạm Minh Đức', votes: 6, round: 'bt', roundNumber: 1 }] });
    expect(finalResultWords(one, 'Bầu Bí thư Đảng ủy phường').sentences).toEqual(['Đồng chí Phạm Minh Đức trúng cử Bí thư Đảng ủy phường.']);
    const none = final({ seats: 3, rounds: ['x'], roundNumbers: [1], elected: [], unfilledSeats: 3 });
    expect(finalResultWords(none, '').sentences).toEqual(['Chưa bầu được đồng chí nào trong số 3 đồng chí Ban Chấp hành (cấp ủy).', 'Còn thiếu 3 đồng chí so với số lượng cần bầu.']);
    expect(finalResultWords(none, '').title).toBe('Bầu Ban Chấp hành (cấp ủy)');
  });
});
