import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import { checkScans } from '../../../shared/rules/scan-checks';
import { resemblingPaper, undecidedPairs, type PairedScan } from '../../../shared/scan/resemblance';
import { formatMarksDescriptor } from '../../../shared/scan/same-paper';

/** A paper's marks: one straight stroke through row `row`, its height `top`…`top + 4` (quarter points), from column `from` to `to`. */
const stroke = (row: number, top: number, from = 10, to = 60) => formatMarksDescriptor({ perSheet: 4, rows: [{ row, first: from, columns: Array.from({ length: to - from }, () => ({ top, bottom: top + 4 })) }] });

describe('a new paper is compared with the papers that count or wait (issue 17, item 2)', () => {
  const paper = stroke(2, 30);
  it('the same marks wait for a person; a paper set aside or refused is never compared; a counted paper is preferred to a waiting one', () => {
    expect(resemblingPaper(paper, [{ key: 1, descriptor: stroke(2, 30), decision: 'counted' }])).toMatchObject({ key: 1 });
    expect(resemblingPaper(paper, [{ key: 1, descriptor: stroke(2, 30), decision: 'set_aside' }, { key: 2, descriptor: stroke(2, 30), decision: 'refused' }])).toBeNull();
    expect(resemblingPaper(paper, [{ key: 1, descriptor: stroke(2, 30), decision: 'pending' }, { key: 2, descriptor: stroke(2, 31), decision: 'confirmed' }])).toMatchObject({ key: 2 });
    // Another row, or the stroke a few points higher: another paper.
    expect(resemblingPaper(paper, [{ key: 1, descriptor: stroke(3, 30), decision: 'counted' }, { key: 2, descriptor: stroke(2, 50), decision: 'counted' }])).toBeNull();
    expect(resemblingPaper(undefined, [{ key: 1, descriptor: stroke(2, 30), decision: 'counted' }])).toBeNull();
  });

  it('the lock lists every pair nobody decided, while both still count or wait, by image', () => {
    const scans: PairedScan<string>[] = [
      { key: 'a', image: 'a.png', decision: 'counted', number: 1, sameAs: null, samePaper: null },
      { key: 'b', image: 'b.png', decision: 'pending', number: null, sameAs: 'a', samePaper: null },
      { key: 'c', image: 'c.png', decision: 'confirmed', number: 3, sameAs: 'a', samePaper: 'another' },
      { key: 'd', image: 'd.png', decision: 'set_aside', number: null, sameAs: 'a', samePaper: 'same' },
      { key: 'e', image: 'e.png', decision: 'set_aside', number: null, sameAs: null, samePaper: null },
      { key: 'f', image: 'f.png', decision: 'counted', number: 6, sameAs: 'e', samePaper: null },
    ];
    const pairs = undecidedPairs(scans);
    expect(pairs).toEqual([{ image: 'b.png', earlier: { image: 'a.png', number: 1 } }]);
    expect(checkScans({ total: 6, counted: 3, pending: 1, samePaper: pairs }, null)).toContainEqual({
      code: 'SCANS_SAME_PAPER',
      severity: 'error',
      message: 'Có 1 ảnh có thể là cùng một tờ phiếu quét hai lần, chưa ai trả lời "cùng một tờ phiếu?": ảnh "b.png" gần như trùng với ảnh "a.png" (phiếu số 1) (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)',
    });
  });

  it('a congress file names only images of the election as the earlier paper, and answers only for a paper that has one', () => {
    const sha = (n: number) => n.toString(16).padStart(64, '0');
    const file = (scans: unknown[]) =>
      readCongressFile(JSON.stringify({ format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 3 }, elections: [{ id: 'bch', office: 'cap_uy', seats: 1, candidates: [{ id: 'a', name: 'Nguyễn Văn An' }, { id: 'b', name: 'Trần Thị Bình' }], scans }] }));
    const scan = (n: number, extra: Record<string, unknown> = {}) => ({ image: `${n}.png`, sha256: sha(n), status: 'review', uncertain: [], decision: 'pending', ...extra });
    expect(file([scan(1), scan(2, { sameAs: sha(1), samePaper: 'same', descriptor: stroke(1, 20) })]).ok).toBe(true);
    const refused = file([scan(1, { sameAs: sha(1) }), scan(2, { sameAs: sha(9) }), scan(3, { samePaper: 'another' })]);
    expect(refused.ok ? [] : (refused.error.details ?? []).map((d) => d.path)).toEqual(['elections[0].scans[0].sameAs', 'elections[0].scans[1].sameAs', 'elections[0].scans[2].samePaper']);
    const garbled = file([scan(1, { descriptor: 'không phải' })]);
    expect(garbled.ok ? [] : (garbled.error.details ?? []).map((d) => d.path)).toEqual(['elections[0].scans[0].descriptor']);
  });
});
