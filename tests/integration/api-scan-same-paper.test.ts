import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';

/** A rescan after a jam: the same marked paper through the scanner again, turned, shifted, another compression. */
const RESCAN = { rotation: 2.2, shift: { x: 25, y: 6 }, jpeg: 70, noise: 6 };

/** An election of 4 seats and 5 names, its ballots returned declared or not, and a folder a scanner writes into. */
async function scanning(returned: number | null = null) {
  const app = openTestApp();
  const ids = setUpElection(app, { seats: 4, ballotsReturned: returned });
  const layout = appLayout(app.store, ids.electionId);
  const folder = tempDir();
  const look = async () => unwrap(await app.api.scanFolder({ electionId: ids.electionId, folder, operator: 'Nguyễn Văn An', teamId: ids.teamId }));
  return { app, ...ids, layout, folder, look };
}

/**
 * Issue 17, item 2 (finding 3): the same paper scanned twice counted twice when the bytes differed
 * (a rescan after a jam), and the lock did not say which images. Before a scanned paper is counted
 * its marks are compared with those of the papers already counted or waiting; a near-identical one
 * waits for a person ("cùng một tờ phiếu?"), counted only if they say it is another paper.
 */
describe('api: the same paper scanned twice is caught', () => {
  it('a rescan waits for a person instead of counting; the lock names the pair until someone answers', async () => {
    const s = await scanning();
    writeScans(s.folder, { 'phieu-001.png': await scannedBallot(s.layout, [2], { seed: 1 }), 'phieu-013.jpg': await scannedBallot(s.layout, [2], { seed: 1, params: RESCAN }) });
    const { taken } = await s.look();
    const [first, again] = taken;
    expect(first).toMatchObject({ image: 'phieu-001.png', decision: 'counted', ballotNumber: 1, sameAs: null });
    expect(again).toMatchObject({ image: 'phieu-013.jpg', status: 'read', decision: 'pending', ballotNumber: null, sameAs: { id: first!.id, image: 'phieu-001.png', ballotNumber: 1 }, samePaper: null });
    expect(again!.reason).toBe('Gần như trùng với ảnh "phieu-001.png" (phiếu số 1): có thể là cùng một tờ phiếu quét lại. Cùng một tờ phiếu?');
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(1);
    // No ballots returned declared: the lock still names the pair.
    const problems = unwrap(s.app.api.tally({ electionId: s.electionId })).problems;
    expect(problems).toContainEqual(expect.objectContaining({ code: 'SCANS_SAME_PAPER', severity: 'error', message: expect.stringContaining('ảnh "phieu-013.jpg" gần như trùng với ảnh "phieu-001.png" (phiếu số 1)') }));
    expect(failure(s.app.api.lockElection({ pin: CHAIR_PIN, electionId: s.electionId })).code).toBe('BLOCKING_PROBLEMS');
    // The question comes first: the ballot cannot be typed in past it.
    expect(failure(s.app.api.confirmScan({ scanId: again!.id, struck: ['c02'], operator: 'Trần Thị Bình' })).message).toMatch(/cùng một tờ phiếu/);
    // The person compares the two images: the same paper. It is set aside, the reason kept; the pair no longer blocks.
    const answered = unwrap(s.app.api.decideSamePaper({ scanId: again!.id, answer: 'same', operator: 'Trần Thị Bình' }));
    expect(answered).toMatchObject({ number: null, scan: { decision: 'set_aside', samePaper: 'same', decidedBy: 'Trần Thị Bình', note: 'Cùng một tờ phiếu với ảnh "phieu-001.png" (phiếu số 1): không tính lần nữa' } });
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).problems.filter((p) => p.code.startsWith('SCANS_'))).toEqual([]);
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).ballots.counted).toBe(1);
    expect(failure(s.app.api.decideSamePaper({ scanId: again!.id, answer: 'another' })).code).toBe('ALREADY_CORRECTED');
    expect(unwrap(s.app.api.verifyAudit({})).sound).toBe(true);
  });

  it('a person says it is another paper: it counts as the machine read it; the answer stays with the image in the file the app saves', async () => {
    const s = await scanning(2);
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [2], { seed: 1 }), 'b.png': await scannedBallot(s.layout, [2], { seed: 1, params: RESCAN }) });
    const { taken } = await s.look();
    const again = taken[1]!;
    expect(again.decision).toBe('pending');
    const answered = unwrap(s.app.api.decideSamePaper({ scanId: again.id, answer: 'another', teamId: s.teamId, operator: 'Trần Thị Bình' }));
    expect(answered).toMatchObject({ number: 2, verdict: { valid: true }, scan: { decision: 'confirmed', samePaper: 'another', ballotNumber: 2, decidedBy: 'Trần Thị Bình' } });
    const ballots = unwrap(s.app.api.listBallots({ electionId: s.electionId })).ballots;
    expect(ballots.map((b) => [b.number, b.struck, b.operator])).toEqual([[1, ['c02'], 'Nguyễn Văn An'], [2, ['c02'], 'Trần Thị Bình']]);
    expect(unwrap(s.app.api.tally({ electionId: s.electionId })).problems.filter((p) => p.code.startsWith('SCANS_'))).toEqual([]);
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    const scans = JSON.parse(text).elections[0].scans;
    expect(scans[1]).toMatchObject({ image: 'b.png', sameAs: scans[0].sha256, samePaper: 'another', decision: 'confirmed', number: 2, descriptor: expect.stringMatching(/^m1\/4\//) });
    expect(scans[0].descriptor).toMatch(/^m1\/4\//);
    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: text }));
    expect(unwrap(other.api.exportCongressFile({ congressId: imported.congressId })).text).toBe(text);
  });

  it('a file whose pair no person decided blocks the lock wherever it is opened, naming both images', async () => {
    const s = await scanning();
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [2], { seed: 1 }), 'b.png': await scannedBallot(s.layout, [2], { seed: 1, params: RESCAN }) });
    await s.look();
    const { text } = unwrap(s.app.api.exportCongressFile({ congressId: s.congressId }));
    // Someone edits the file so that the waiting paper counts: the pair is still there, and nobody answered.
    const json = JSON.parse(text);
    const [a, b] = json.elections[0].scans;
    Object.assign(b, { decision: 'counted', number: 2, decidedBy: 'x', decidedAt: a.at });
    json.elections[0].ballots.push({ ...json.elections[0].ballots[0], id: 'quet-khac', number: 2 });
    const read = readCongressFile(JSON.stringify(json));
    expect(read.ok).toBe(true);
    const other = openTestApp();
    const imported = unwrap(other.api.importCongressFile({ content: JSON.stringify(json) }));
    const election = other.store.listElections(imported.congressId)[0]!;
    const locked = failure(other.api.lockElection({ pin: CHAIR_PIN, electionId: election.id }));
    expect(locked.code).toBe('BLOCKING_PROBLEMS');
    expect(JSON.stringify(locked)).toContain('ảnh \\"b.png\\" gần như trùng với ảnh \\"a.png\\" (phiếu số 1)');
  });

  it('papers with the same choices by two voters are two papers: both count at once', async () => {
    const s = await scanning();
    writeScans(s.folder, { 'a.png': await scannedBallot(s.layout, [2], { seed: 1 }), 'b.png': await scannedBallot(s.layout, [2], { seed: 2 }), 'c.png': await scannedBallot(s.layout, [2], { seed: 3 }) });
    const { taken } = await s.look();
    expect(taken.map((t) => [t.image, t.decision, t.sameAs])).toEqual([['a.png', 'counted', null], ['b.png', 'counted', null], ['c.png', 'counted', null]]);
  });
});
