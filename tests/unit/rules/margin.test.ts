import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeCandidates, closeText } from '../../../shared/rules/margin';
import { decideOutcome } from '../../../shared/rules/outcome';
import { checkScans } from '../../../shared/rules/scan-checks';
import { drawnNumber, drawPapers, marginChecked, type SecondLook } from '../../../shared/scan/second-look';

const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const list = (votes: readonly number[]) => votes.map((v, i) => ({ id: `c${i + 1}`, name: names[i] as string, votes: v }));

describe('a result decided by a few votes (issue 17, item 8)', () => {
  it('the threshold: base 100 needs 51; 52 and 49 are within 2 papers, 54 and 45 are not', () => {
    const close = closeCandidates({ candidates: list([52, 49, 54, 45]), seats: 4, base: 100, requireMajority: true, margin: 2 });
    expect(close.map((c) => [c.id, c.why, c.distance, c.inside])).toEqual([['c1', 'threshold', 2, true], ['c2', 'threshold', 2, false]]);
    expect(closeText(close[0]!)).toBe('Nguyễn Văn An (52 phiếu: 2 phiếu đọc khác là không còn quá bán)');
    expect(closeText(close[1]!)).toBe('Trần Thị Bình (49 phiếu: 2 phiếu đọc khác là đạt quá bán)');
  });

  it('the last seat: 2 seats, 80 · 61 · 60 · 58 (all pass): the last in and those within 2 below it; a tie is distance 0', () => {
    const close = closeCandidates({ candidates: list([80, 61, 60, 58]), seats: 2, base: 100, requireMajority: true, margin: 2 });
    expect(close.map((c) => [c.id, c.why, c.distance])).toEqual([['c2', 'seat', 1], ['c3', 'seat', 1]]);
    expect(closeText(close[0]!)).toBe('Trần Thị Bình (61 phiếu: 1 phiếu đọc khác là mất ghế cuối)');
    const tie = closeCandidates({ candidates: list([80, 60, 60, 40]), seats: 2, base: 100, requireMajority: true, margin: 0 });
    expect(tie.map((c) => [c.id, c.distance])).toEqual([['c2', 0], ['c3', 0]]);
    expect(closeText(tie[0]!)).toBe('Trần Thị Bình (60 phiếu: bằng phiếu với người tranh ghế cuối)');
  });

  it('a candidate far from both, or whose passing the threshold would change nothing, is not close', () => {
    // Three seats filled at 90: 50 of base 100 is one vote short of the threshold, yet reaching it wins nothing.
    expect(closeCandidates({ candidates: list([90, 90, 90, 50]), seats: 3, base: 100, requireMajority: true, margin: 2 })).toEqual([]);
  });

  it('the distance is exactly the fewest papers, read differently for that name, that change its result (against a simple search)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 100 }), fc.boolean(), fc.integer({ min: 0, max: 4 }), (votes, seats, base, requireMajority, margin) => {
        const candidates = list(votes);
        const input = { candidates, seats, base, requireMajority, margin };
        const status = decideOutcome(input).status;
        const expected = candidates.flatMap((c, i) => {
          if (status[c.id] === 'tied') return [[c.id, 0]];
          const step = status[c.id] === 'elected' ? -1 : 1;
          for (let k = 1; k <= margin && c.votes + step * k >= 0; k++) {
            const moved = candidates.map((o, j) => (j === i ? { ...o, votes: o.votes + step * k } : o));
            if (decideOutcome({ ...input, candidates: moved }).status[c.id] !== status[c.id]) return [[c.id, k]];
          }
          return [];
        });
        expect(closeCandidates(input).map((c) => [c.id, c.distance])).toEqual(expected);
      }),
    );
  });

  it('the lock waits for the margin check while it does not cover the close candidates as they stand', () => {
    const close = closeCandidates({ candidates: list([52, 49, 54, 45]), seats: 4, base: 100, requireMajority: true, margin: 2 });
    const check = (over: Partial<Extract<SecondLook, { kind: 'margin' }>> = {}): SecondLook => ({ kind: 'margin', at: '2025-06-20T10:00:00Z', operator: 'Trưởng ban', margin: 2, candidates: [{ id: 'c2', votes: 49 }, { id: 'c1', votes: 52 }], scanned: 100, wrong: [], ...over });
    expect(marginChecked([check()], close, 2, 100)).toBe(true);
    expect(marginChecked([check({ scanned: 99 })], close, 2, 100)).toBe(false);
    expect(marginChecked([check({ candidates: [{ id: 'c1', votes: 53 }, { id: 'c2', votes: 49 }] })], close, 2, 100)).toBe(false);
    expect(marginChecked([check({ wrong: [17] })], close, 2, 100)).toBe(false);
    const problems = checkScans({ total: 100, counted: 100, pending: 0, checks: [check({ wrong: [17, 40] })] }, null, close, 2);
    expect(problems).toEqual([
      {
        code: 'SCANS_MARGIN_UNCHECKED',
        severity: 'error',
        message:
          'Kết quả được quyết định bởi rất ít phiếu (từ 2 phiếu trở xuống): Nguyễn Văn An (52 phiếu: 2 phiếu đọc khác là không còn quá bán); Trần Thị Bình (49 phiếu: 2 phiếu đọc khác là đạt quá bán). Trước khi chốt, ban kiểm phiếu xem lại dòng tên của những người này trên mọi phiếu quét, trong một lượt (trong ứng dụng: nút Chốt kết quả; bằng dòng lệnh: kiem-phieu review --margin). Lần xem lại trước thấy phiếu số 17, 40 chưa đúng như đã tính: sửa các phiếu đó rồi xem lại.',
      },
    ]);
    expect(checkScans({ total: 100, counted: 100, pending: 0, checks: [check()] }, null, close, 2)).toEqual([]);
  });
});

describe('the spot check draws papers from the number drawn in the hall', () => {
  const papers = Array.from({ length: 348 }, (_, i) => i + 1);
  it('the same number draws the same papers, another number others; never more than there are', () => {
    const election = { id: 'bch', round: 1 };
    const first = drawPapers('4721', election, papers, 5);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    expect(drawPapers('4721', election, [...papers].reverse(), 5)).toEqual(first);
    expect(drawPapers(' 4721 ', election, papers, 5)).toEqual(first);
    expect(drawPapers('4722', election, papers, 5)).not.toEqual(first);
    expect(drawPapers('4721', { id: 'bch', round: 2 }, papers, 5)).not.toEqual(first);
    expect(drawPapers('1', election, [3, 9], 5)).toEqual([3, 9]);
    for (const n of first) expect(papers).toContain(n);
  });

  it('every paper can be drawn (no paper is out of reach of the draw)', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 400; seed++) for (const n of drawPapers(String(seed), { id: 'bch', round: 1 }, papers.slice(0, 40), 3)) seen.add(n);
    expect(seen.size).toBe(40);
  });

  it('the number is digits, as typed', () => {
    expect(drawnNumber(' 47 21 ')).toBe('4721');
    expect(drawnNumber('4.721')).toBe('4721');
    expect(drawnNumber('abc')).toBeNull();
    expect(drawnNumber('')).toBeNull();
  });
});
