import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { seededRandom } from '../helpers/random';
import { ballotSvg } from '../helpers/scan-ballot';
import { CLEAN, scanSvg } from '../helpers/scan-scanner';
import { boxMarkup } from '../helpers/scan-voter';
import type { NameLayout } from '../../shared/scan/layout';
import { flatText, pdfPages, renderArtifacts } from '../helpers/pdf';
import { shortHash } from '../../shared/minutes/scans-annex';
import { readCongressFile } from '../../shared/congress-file/read';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An election of 3 seats and 5 names (format A), and a folder a scanner writes into. */
async function scanning(names?: string[]) {
  const app = openTestApp();
  const ids = setUpElection(app, names ? { names } : {});
  const layout = appLayout(app.store, ids.electionId);
  const folder = tempDir();
  const look = async () => unwrap(await app.api.scanFolder({ electionId: ids.electionId, folder, operator: 'Nguyễn Văn An', teamId: ids.teamId }));
  return { app, ...ids, layout, folder, look };
}

describe('api: scanned ballots (issue 12)', () => {
  it('counts a ballot read with confidence once, through the ballot path, and keeps its image and evidence beside the file', async () => {
    const s = await scanning();
    const image = await scannedBallot(s.layout, [4, 5]);
    writeScans(s.folder, { 'scan-001.png': image });
    const first = await s.look();
    expect(first.taken).toHaveLength(1);
    expect(first.taken[0]).toMatchObject({ image: 'scan-001.png', status: 'read', decision: 'counted', ballotNumber: 1, sha256: sha(image), struck: ['c04', 'c05'] });
    const tally = unwrap(s.app.api.tally({ electionId: s.electionId }));
    expect(tally.ballots.counted).toBe(1);
    const ballots = unwrap(s.app.api.listBallots({ electionId: s.electionId })).ballots;
    expect(ballots[0]).toMatchObject({ operator: 'Nguyễn Văn An', note: 'quét', teamId: s.teamId });
    // the image, copied beside the congress file under its hash, and no temporary file left
    const dir = `${s.app.path}.scans`;
    expect(readdirSync(dir)).toEqual([`${sha(image)}.png`]);
    expect(sha(new Uint8Array(readFileSync(join(dir, `${sha(image)}.png`))))).toBe(sha(image));
    const row = s.app.store.getScan(first.taken[0]!.id)!;
    expect(row.reading.program).toEqual({ name: 'kiem-phieu', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(row.reading.reading.thresholds).toBeDefined();
    expect(row.reading.reading.scores).toHaveLength(5);
    // looked at again: nothing new; the same image under another name: not counted again
    expect((await s.look()).taken).toEqual([]);
    writeScans(s.folder, { 'scan-001-lai.png': image });
    const again = await s.look();
    expect(again).toMatchObject({ taken: [], duplicates: [{ image: 'scan-001-lai.png', sameAs: 'scan-001.png' }] });
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(1);
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('a ballot the machine finds invalid waits for a person; it counts only once confirmed, as they decided', async () => {
    const s = await scanning();
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [5]) });
    const [taken] = (await s.look()).taken;
    expect(taken).toMatchObject({ status: 'review', decision: 'pending', ballotNumber: null, machineInvalid: 'OVER_N' });
    expect(taken!.reason).toMatch(/Cần người xem/);
    expect(taken!.reason).not.toMatch(/OVER_N/);
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(0);
    const picture = unwrap(await s.app.api.scanImage({ scanId: taken!.id }));
    expect(picture).toMatchObject({ mimeType: 'image/png', straightened: true });
    expect(picture.rows.map((r) => r.id)).toEqual(['c01', 'c02', 'c03', 'c04', 'c05']);
    const confirmed = unwrap(s.app.api.confirmScan({ scanId: taken!.id, struck: ['c05'], operator: 'Trần Thị Bình' }));
    expect(confirmed).toMatchObject({ number: 1, verdict: { valid: false, reason: 'OVER_N' }, scan: { decision: 'confirmed', decidedBy: 'Trần Thị Bình', ballotNumber: 1 } });
    const tally = unwrap(s.app.api.tally({ electionId: s.electionId }));
    expect(tally.ballots.counted).toBe(1);
    expect(failure(s.app.api.confirmScan({ scanId: taken!.id, struck: ['c04', 'c05'] })).code).toBe('ALREADY_CORRECTED');
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(1);
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('refuses what is not a ballot of this election: counted nowhere, kept and listed for the committee', async () => {
    const s = await scanning();
    const text = new TextEncoder().encode('không phải ảnh');
    writeScans(s.folder, { 'hong.png': text, 'ghi-chu.txt': 'bỏ qua' });
    const { taken, list } = await s.look();
    expect(taken).toMatchObject([{ image: 'hong.png', status: 'refused', decision: 'refused' }]);
    expect(taken[0]!.reason).toMatch(/không phải ảnh/);
    expect(list.counts).toMatchObject({ total: 1, refused: 1, counted: 0, pending: 0 });
    expect(existsSync(join(`${s.app.path}.scans`, `${sha(text)}.png`))).toBe(true);
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(0);
    expect(failure(s.app.api.confirmScan({ scanId: taken[0]!.id, struck: ['c04', 'c05'] })).message).toMatch(/không thể tính/);
  });

  it('a locked election, a missing folder: refused with the reason, nothing written', async () => {
    const s = await scanning(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [4]) });
    const missing = failure(await s.app.api.scanFolder({ electionId: s.electionId, folder: join(s.folder, 'khong-co') }));
    expect(missing.message).toMatch(/Không tìm thấy thư mục/);
    unwrap(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId, operator: 'Thư ký' }));
    const head = s.app.store.lastAuditEvent()?.seq;
    const locked = failure(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder }));
    expect(locked.code).toBe('ELECTION_LOCKED');
    expect(locked.message).toMatch(/Bầu Ban Chấp hành.*đã chốt kết quả/);
    expect(s.app.store.listScans(s.electionId)).toEqual([]);
    expect(existsSync(`${s.app.path}.scans`)).toBe(false);
    expect(s.app.store.lastAuditEvent()?.seq).toBe(head);
  });

  it('a person sets an image aside with a reason: it stays kept and counts nowhere', async () => {
    const s = await scanning();
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, []) });
    const [taken] = (await s.look()).taken;
    expect(taken).toMatchObject({ status: 'review', machineInvalid: 'OVER_N' });
    expect(failure(s.app.api.setAsideScan({ scanId: taken!.id, reason: '  ' })).code).toBe('INVALID_INPUT');
    const { scan } = unwrap(s.app.api.setAsideScan({ scanId: taken!.id, reason: 'Phiếu đã quét ở tổ khác', operator: 'Trưởng ban' }));
    expect(scan.decision).toBe('set_aside');
    expect(unwrap(s.app.api.listScans({ electionId: s.electionId })).counts).toMatchObject({ total: 1, setAside: 1, counted: 0 });
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(0);
  });

  it('checks the images counted against the ballots returned (R4), and an image waiting for a person blocks the lock', async () => {
    const s = await scanning(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    unwrap(s.app.api.updateElection({ electionId: s.electionId, ballotsReturned: 2 }));
    writeScans(s.folder, { '1.png': await scannedBallot(s.layout, [4]), '2.png': await scannedBallot(s.layout, []) });
    await s.look();
    const problems = () => unwrap(s.app.api.tally({ electionId: s.electionId })).problems;
    expect(problems()).toContainEqual({ code: 'SCANS_PENDING', severity: 'error', message: 'Còn 1 ảnh phiếu quét chờ người xác nhận: chưa được tính (trong ứng dụng: màn hình Quét phiếu, phím F4; bằng dòng lệnh: kiem-phieu review)' });
    expect(problems()).toContainEqual(expect.objectContaining({ code: 'SCANS_LT_RETURNED', severity: 'warning', message: expect.stringContaining('Số ảnh phiếu quét đã tính (1) ít hơn số phiếu thu vào (2)') }));
    expect(failure(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId })).code).toBe('BLOCKING_PROBLEMS');
    const pending = unwrap(s.app.api.listScans({ electionId: s.electionId })).scans.find((x) => x.decision === 'pending')!;
    unwrap(s.app.api.confirmScan({ scanId: pending.id, struck: ['c01'], operator: 'Trần Thị Bình' }));
    expect(problems().filter((p) => p.code.startsWith('SCANS_'))).toEqual([]);
    unwrap(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId, operator: 'Thư ký' }));
    // the minutes list every image with its hash in an annex
    const pdf = unwrap(await s.app.api.minutesPdf({ electionId: s.electionId })).data;
    const pages = pdfPages(pdf);
    renderArtifacts(pdf, 'bien-ban-phu-luc-anh-quet', { first: pages.length, last: pages.length });
    const annex = pages[pages.length - 1]!;
    expect(annex).toContain('PHỤ LỤC: DANH SÁCH ẢNH PHIẾU QUÉT');
    const scans = unwrap(s.app.api.listScans({ electionId: s.electionId })).scans;
    for (const scan of scans) expect(annex).toContain(shortHash(scan.sha256));
    expect(annex).toMatch(/2\s+Tính \(người xem\)\s+\(1\)\s+Trần Thị Bình/);
    expect(annex).toMatch(/1\s+Tính \(máy đọc\)\s+máy/);
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('prints no annex when the election has no scans', async () => {
    const s = await scanning();
    const pages = pdfPages(unwrap(await s.app.api.minutesPdf({ electionId: s.electionId, rehearsal: true })).data);
    expect(flatText(pages)).not.toContain('PHỤ LỤC');
  });

  it('a name the machine is unsure of: sent to a person with its row marked on the straightened ballot, the confident names prefilled', async () => {
    const s = await scanning(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [4], { halfStruck: [1] }) });
    const [taken] = (await s.look()).taken;
    expect(taken).toMatchObject({ status: 'review', decision: 'pending', uncertain: ['c01'], machineInvalid: null });
    expect(taken!.reason).toMatch(/Cần người xem/);
    const picture = unwrap(await s.app.api.scanImage({ scanId: taken!.id }));
    expect(picture.rows.filter((r) => r.doubtful).map((r) => r.id)).toEqual(['c01']);
    unwrap(s.app.api.confirmScan({ scanId: taken!.id, struck: ['c01', 'c04'], operator: 'Trần Thị Bình' }));
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots).toMatchObject({ counted: 1, valid: 1 });
  });

  it('reads a folder a few images a look, duplicates not counted against the limit, until none is left', async () => {
    const s = await scanning();
    const image = await scannedBallot(s.layout, [4, 5]);
    writeScans(s.folder, { '1.png': image, '2.png': await scannedBallot(s.layout, [1, 2]), '3.png': await scannedBallot(s.layout, [3, 5]) });
    const first = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, limit: 1 }));
    expect(first).toMatchObject({ taken: [{ image: '1.png' }], remaining: 2 });
    writeScans(s.folder, { '1-lai.png': image, '1-lan-ba.png': image });
    const second = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, limit: 1 }));
    expect(second.duplicates.map((d) => d.image).sort()).toEqual(['1-lai.png', '1-lan-ba.png']);
    expect(second.taken.map((t) => t.image)).toEqual(['2.png']);
    const third = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, limit: 1 }));
    expect(third.taken.map((t) => t.image)).toEqual(['3.png']);
    expect(third.list.counts).toMatchObject({ total: 3, counted: 3 });
  });

  it('the congress file the app saves carries its scans; opened again, a waiting image still blocks the lock, and it saves back the same', async () => {
    const s = await scanning(['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
    writeScans(s.folder, { '1.png': await scannedBallot(s.layout, [4]), '2.png': await scannedBallot(s.layout, []), '3.png': 'không phải ảnh' });
    await s.look();
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    const saved = JSON.parse(text).elections[0].scans;
    expect(saved.map((x: { image: string; decision: string; number?: number }) => [x.image, x.decision, x.number])).toEqual([['1.png', 'counted', 1], ['2.png', 'pending', undefined], ['3.png', 'refused', undefined]]);
    expect(saved[0]).toMatchObject({ struck: ['c04'], uncertain: [], operator: 'Nguyễn Văn An' });

    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text, operator: 'Thư ký' }));
    const election = other.store.listElections(imported.congressId)[0]!;
    const list = unwrap(other.api.listScans({ electionId: election.id }));
    expect(list.counts).toMatchObject({ total: 3, counted: 1, pending: 1, refused: 1 });
    expect(list.scans[0]).toMatchObject({ image: '1.png', decision: 'counted', ballotNumber: 1, struck: ['c04'] });
    expect(failure(other.api.lockElection({ pin: CHAIR_PIN, electionId: election.id })).code).toBe('BLOCKING_PROBLEMS');
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);
  });

  it('format B (agree / disagree): a mark in one box counts as read; a mark in both boxes waits for a person (issue 17: the committee judges it) and counts as they decide', async () => {
    const s = await scanning(['Trần Văn Bảy', 'Lê Thị Cúc']);
    const random = seededRandom(21);
    const ballot = s.layout.ballots[0]!;
    const [first, second] = ballot.names as [NameLayout, NameLayout];
    const scan = async (marks: string) => scanSvg(ballotSvg(s.layout, marks, { pixelsPerPoint: 2 }), ballot.slot, CLEAN, random);
    writeScans(s.folder, {
      'b1.png': await scan(boxMarkup(random, first.agreeBox!, 'x') + boxMarkup(random, second.disagreeBox!, 'x')),
      'b2.png': await scan(boxMarkup(random, first.agreeBox!, 'x') + boxMarkup(random, first.disagreeBox!, 'x') + boxMarkup(random, second.agreeBox!, 'x')),
      'b3.png': await scan(boxMarkup(random, first.agreeBox!, 'x') + boxMarkup(random, first.disagreeBox!, 'x')),
    });
    const { taken } = await s.look();
    expect(taken.map((t) => [t.image, t.decision, t.marks, t.uncertain])).toEqual([
      ['b1.png', 'counted', { c01: 'agree', c02: 'disagree' }, []],
      ['b2.png', 'pending', { c02: 'agree' }, ['c01']],
      ['b3.png', 'pending', { c02: 'none' }, ['c01']],
    ]);
    unwrap(s.app.api.confirmScan({ scanId: taken[1]!.id, marks: { c01: 'both', c02: 'agree' }, operator: 'Trần Thị Bình' }));
    const confirmed = unwrap(s.app.api.confirmScan({ scanId: taken[2]!.id, marks: { c01: 'both', c02: 'none' }, operator: 'Trần Thị Bình' }));
    expect(confirmed).toMatchObject({ number: 3, verdict: { valid: false, reason: 'B_ALL_BOTH_OR_NONE' }, scan: { decision: 'confirmed' } });
    const tally = unwrap(s.app.api.tally({ electionId: s.electionId }));
    expect(tally.candidates.map((c) => [c.id, c.votes])).toEqual([['c01', 1], ['c02', 1]]);
    expect(tally.ballots).toMatchObject({ valid: 2, invalid: 1 });
  });

  it('a setup package and a station package carry no scan records: the chair\'s evidence stays with the chair, scanned ballots travel as ballots', async () => {
    const s = await scanning();
    writeScans(s.folder, { '1.png': await scannedBallot(s.layout, [4]), '2.png': await scannedBallot(s.layout, []) });
    await s.look();
    const setup = JSON.parse(unwrap(s.app.api.exportSetupPackage({ congressId: s.congressId, teamId: s.teamId, operator: 'Thư ký' })).text);
    expect(JSON.stringify(setup)).not.toContain('"scans"');
    const station = JSON.parse(unwrap(s.app.api.exportStationPackage({ congressId: s.congressId, teamId: s.teamId, operator: 'Thư ký' })).text);
    expect(JSON.stringify(station)).not.toContain('"scans"');
    expect(JSON.stringify(station)).toContain('"c04"');
  });

  it('a person\'s reason for setting an image aside, and their note on a ballot, stay with the image in the file the app saves', async () => {
    const s = await scanning();
    writeScans(s.folder, { '1.png': await scannedBallot(s.layout, []), '2.png': await scannedBallot(s.layout, [1, 2, 3, 4, 5]) });
    const [first, second] = (await s.look()).taken;
    unwrap(s.app.api.setAsideScan({ scanId: first!.id, reason: 'Phiếu mẫu, không phải phiếu bầu', operator: 'Trưởng ban' }));
    unwrap(s.app.api.confirmScan({ scanId: second!.id, struck: ['c01', 'c02', 'c03', 'c04', 'c05'], invalid: 'COMMITTEE_RULED', note: 'Rách đôi', operator: 'Trưởng ban' }));
    expect(unwrap(s.app.api.listScans({ electionId: s.electionId })).scans.map((x) => x.note)).toEqual(['Phiếu mẫu, không phải phiếu bầu', 'Rách đôi']);
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    expect(JSON.parse(text).elections[0].scans.map((x: { note?: string }) => x.note)).toEqual(['Phiếu mẫu, không phải phiếu bầu', 'Rách đôi']);
    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text }));
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);
  });

  it('a new ballot under a name already taken (the scanner started its numbering again) is read; the same image is not read again', async () => {
    const s = await scanning();
    writeScans(s.folder, { '0001.png': await scannedBallot(s.layout, [4, 5], { seed: 1 }) });
    expect((await s.look()).taken).toHaveLength(1);
    const second = tempDir();
    writeScans(second, { '0001.png': await scannedBallot(s.layout, [1, 2], { seed: 2 }) });
    const next = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: second, operator: 'Nguyễn Văn An' }));
    expect(next.taken).toMatchObject([{ image: '0001.png', decision: 'counted', struck: ['c01', 'c02'], ballotNumber: 2 }]);
    expect((await s.look()).taken).toEqual([]);
    expect(unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: second })).taken).toEqual([]);
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(2);
  });

  it('a ballot counted from a scan and then voided: its image counts no more (set aside with the reason), and the file the app saves reads back', async () => {
    const s = await scanning();
    writeScans(s.folder, { '1.png': await scannedBallot(s.layout, [4, 5], { seed: 1 }), '2.png': await scannedBallot(s.layout, [1, 2], { seed: 2 }) });
    const { taken } = await s.look();
    const ballots = unwrap(s.app.api.listBallots({ electionId: s.electionId })).ballots;
    expect(taken.map((t) => t.decision)).toEqual(['counted', 'counted']);
    const first = ballots.find((b) => b.number === taken[0]!.ballotNumber)!;
    unwrap(s.app.api.voidBallot({ ballotId: first.ballotId, reason: 'Quét nhầm phiếu mẫu', operator: 'Trưởng ban' }));
    const list = unwrap(s.app.api.listScans({ electionId: s.electionId }));
    expect(list.scans[0]).toMatchObject({ decision: 'set_aside', note: 'phiếu số 1 đã bị hủy (Quét nhầm phiếu mẫu)', decidedBy: 'Trưởng ban', ballotNumber: null });
    expect(list.counts).toMatchObject({ counted: 1, setAside: 1 });
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    const read = readCongressFile(text);
    expect(read.ok).toBe(true);
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('the folder chooser lists a folder\'s subfolders and images, from the open file\'s folder; a relative path, a missing folder or a file is refused', async () => {
    const s = await scanning();
    const start = unwrap(s.app.api.browseFolders({}));
    expect(start.path).toBe(dirname(s.app.path));
    mkdirSync(join(s.folder, 'Tổ 2'));
    mkdirSync(join(s.folder, '.an'));
    writeScans(s.folder, { 'a.png': 'x', 'b.JPG': 'x', 'ghi-chu.txt': 'x' });
    const listing = unwrap(s.app.api.browseFolders({ path: s.folder }));
    expect(listing).toMatchObject({ path: s.folder, parent: dirname(s.folder), folders: ['Tổ 2'], images: 2 });
    expect(listing.roots.length).toBeGreaterThan(0);
    expect(failure(s.app.api.browseFolders({ path: 'quet' })).code).toBe('INVALID_INPUT');
    expect(failure(s.app.api.browseFolders({ path: join(s.folder, 'khong-co') })).code).toBe('NOT_FOUND');
    expect(failure(s.app.api.browseFolders({ path: join(s.folder, 'a.png') })).code).toBe('INVALID_INPUT');
  });
});

