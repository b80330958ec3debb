import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CHAIR_PIN, failure, openTestApp, tempDir, unwrap } from '../helpers/api';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';

/**
 * A chi bộ of 5 members electing 2 of 3 names: base 5, 3 votes pass. Three papers scanned: names
 * 3, 3 and 2 struck, so An has 3 (one paper from falling under the threshold), Bình 2 and Cường 1
 * (within two papers of passing). Every result here is decided by a paper or two.
 */
async function closeCount() {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội Chi bộ thôn Hòa Tiến', kind: 'members', summoned: 5, exclusions: [], chairPin: CHAIR_PIN, operator: 'Thư ký' }));
  const { electionId } = unwrap(app.api.createElection({ congressId, office: 'cap_uy', seats: 2, title: 'Bầu Chi ủy' }));
  unwrap(app.api.addCandidates({ electionId, candidates: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((name) => ({ name })) }));
  const layout = appLayout(app.store, electionId);
  const folder = tempDir();
  writeScans(folder, { '1.png': await scannedBallot(layout, [3], { seed: 1 }), '2.png': await scannedBallot(layout, [3], { seed: 2 }), '3.png': await scannedBallot(layout, [2], { seed: 3 }) });
  const { taken } = unwrap(await app.api.scanFolder({ electionId, folder, operator: 'Nguyễn Văn Quét' }));
  expect(taken.map((t) => t.decision)).toEqual(['counted', 'counted', 'counted']);
  return { app, congressId, electionId, layout, folder };
}

/** The darkest horizontal line across a crop's name (0 … 1): a strike runs the whole way, letters do not. */
async function strongestLine(png: Uint8Array): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let best = 0;
  for (let y = Math.floor(info.height * 0.3); y < Math.ceil(info.height * 0.8); y++) {
    let sum = 0;
    const [x0, x1] = [Math.floor(info.width * 0.15), Math.floor(info.width * 0.4)];
    for (let x = x0; x < x1; x++) sum += 1 - (data[y * info.width + x] as number) / 255;
    best = Math.max(best, sum / (x1 - x0));
  }
  return best;
}

describe('api: a second look where it matters (issue 17, item 8)', () => {
  it('a result decided by a paper or two waits for the committee to look at those rows on every scanned paper; then it locks', async () => {
    const s = await closeCount();
    const problems = () => unwrap(s.app.api.tally({ electionId: s.electionId })).problems;
    expect(problems()).toContainEqual(expect.objectContaining({ code: 'SCANS_MARGIN_UNCHECKED', severity: 'error', message: expect.stringContaining('Nguyễn Văn An (3 phiếu: 1 phiếu đọc khác là không còn quá bán)') }));
    expect(failure(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId })).code).toBe('BLOCKING_PROBLEMS');

    const look = unwrap(s.app.api.secondLook({ electionId: s.electionId }));
    expect(look).toMatchObject({ margin: 2, checked: false, scannedPapers: [1, 2, 3], typedPapers: 0, scanned: 3 });
    expect(look.close.map((c) => [c.name, c.votes, c.why, c.distance])).toEqual([['Nguyễn Văn An', 3, 'threshold', 1], ['Trần Thị Bình', 2, 'threshold', 1], ['Lê Văn Cường', 1, 'threshold', 2]]);

    // The rows of the close candidates, straightened, on every scanned paper, with what each was counted as.
    const crops = unwrap(await s.app.api.secondLookCrops({ electionId: s.electionId, candidateIds: ['c01', 'c03'], offset: 0, limit: 10 }));
    expect(crops.total).toBe(3);
    expect(crops.papers.map((p) => [p.number, p.image, p.crops?.map((c) => [c.id, c.counted])])).toEqual([
      [1, '1.png', [['c01', 'kept'], ['c03', 'struck']]],
      [2, '2.png', [['c01', 'kept'], ['c03', 'struck']]],
      [3, '3.png', [['c01', 'kept'], ['c03', 'kept']]],
    ]);
    const [kept, struck] = crops.papers[0]!.crops!;
    expect(kept!.width).toBeGreaterThan(kept!.height * 5);
    expect(await strongestLine(struck!.data)).toBeGreaterThan(0.6);
    expect(await strongestLine(kept!.data)).toBeLessThan(0.45);
    expect(unwrap(await s.app.api.secondLookCrops({ electionId: s.electionId, candidateIds: ['c01'], offset: 2, limit: 10 })).papers.map((p) => p.number)).toEqual([3]);

    // Paper 2 looked wrong: recorded, the lock still waits and says which paper.
    expect(unwrap(s.app.api.recordMarginCheck({ electionId: s.electionId, wrong: [2], operator: 'Trưởng ban' })).checked).toBe(false);
    expect(problems().find((p) => p.code === 'SCANS_MARGIN_UNCHECKED')?.message).toContain('Lần xem lại trước thấy phiếu số 2 chưa đúng như đã tính');
    expect(failure(s.app.api.recordMarginCheck({ electionId: s.electionId, wrong: [9] })).message).toContain('Không có phiếu quét số 9');
    // All as counted: the check covers the result as it stands, and the lock goes through.
    expect(unwrap(s.app.api.recordMarginCheck({ electionId: s.electionId, wrong: [], operator: 'Trưởng ban' })).checked).toBe(true);
    expect(problems().filter((p) => p.code === 'SCANS_MARGIN_UNCHECKED')).toEqual([]);

    // A spot check: the number drawn in the hall draws the same papers each time; the answers must be for those.
    const drawn = unwrap(s.app.api.spotCheckDraw({ electionId: s.electionId, seed: '47 21', count: 2 }));
    expect(drawn.papers).toHaveLength(2);
    expect(unwrap(s.app.api.spotCheckDraw({ electionId: s.electionId, seed: '4721', count: 2 })).papers.map((p) => p.number)).toEqual(drawn.papers.map((p) => p.number));
    expect(drawn.papers[0]).toMatchObject({ choice: { kind: 'struck' } });
    const other = [1, 2, 3].find((n) => !drawn.papers.some((p) => p.number === n)) as number;
    expect(failure(s.app.api.recordSpotCheck({ electionId: s.electionId, seed: '4721', count: 2, papers: [{ number: other, agrees: true }, { number: drawn.papers[0]!.number, agrees: true }] })).code).toBe('INVALID_INPUT');
    unwrap(s.app.api.recordSpotCheck({ electionId: s.electionId, seed: '4721', count: 2, papers: drawn.papers.map((p) => ({ number: p.number, agrees: true })), operator: 'Chủ tịch đoàn' }));
    expect(unwrap(s.app.api.secondLook({ electionId: s.electionId })).checks.map((c) => c.kind)).toEqual(['margin', 'margin', 'spot']);

    unwrap(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId, operator: 'Thư ký' }));
    // The minutes' annex says what was looked at again, by whom, and what was found.
    const pdf = unwrap(await s.app.api.minutesPdf({ electionId: s.electionId })).data;
    const pages = pdfPages(pdf);
    renderArtifacts(pdf, 'bien-ban-xem-lai', { first: pages.length, last: pages.length });
    const annex = flatText(pages.slice(pages.findIndex((p) => p.includes('PHỤ LỤC'))));
    expect(annex).toContain('XEM LẠI CÁC PHIẾU CÓ CÁCH BIỆT NHỎ');
    expect(annex).toContain('Trưởng ban: xem lại dòng tên của Nguyễn Văn An (3 phiếu), Trần Thị Bình (2 phiếu), Lê Văn Cường (1 phiếu) trên 3 phiếu quét (kết quả cách biệt từ 2 phiếu trở xuống): thấy phiếu số 2 chưa đúng như đã tính.');
    expect(annex).toContain('(kết quả cách biệt từ 2 phiếu trở xuống): mọi phiếu đúng như đã tính.');
    expect(annex).toContain('KIỂM TRA NGẪU NHIÊN');
    expect(annex).toMatch(/Chủ tịch đoàn: số bốc thăm 4721, bốc 2 phiếu: phiếu số \d đúng, phiếu số \d đúng như đã tính\./);
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('a check holds only while the result stands: another paper counted, and it must be made again; a margin of 0 asks only for ties', async () => {
    const s = await closeCount();
    unwrap(s.app.api.recordMarginCheck({ electionId: s.electionId, operator: 'Trưởng ban' }));
    expect(unwrap(s.app.api.secondLook({ electionId: s.electionId })).checked).toBe(true);
    writeScans(s.folder, { '4.png': await scannedBallot(s.layout, [1], { seed: 4 }) });
    unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, operator: 'Nguyễn Văn Quét' }));
    expect(unwrap(s.app.api.secondLook({ electionId: s.electionId })).checked).toBe(false);
    unwrap(s.app.api.updateElection({ electionId: s.electionId, scanMargin: 0 }));
    const look = unwrap(s.app.api.secondLook({ electionId: s.electionId }));
    expect(look).toMatchObject({ margin: 0, close: [], checked: true });
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).problems.filter((p) => p.code === 'SCANS_MARGIN_UNCHECKED')).toEqual([]);
    // The margin and the checks travel with the congress file, and read back the same.
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    const election = JSON.parse(text).elections[0];
    expect(election.scanMargin).toBe(0);
    expect(election.scanChecks).toEqual([{ kind: 'margin', at: expect.any(String), operator: 'Trưởng ban', margin: 2, candidates: [{ id: 'c01', votes: 3 }, { id: 'c02', votes: 2 }, { id: 'c03', votes: 1 }], scanned: 3, wrong: [] }]);
    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text }));
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);
  });
});
