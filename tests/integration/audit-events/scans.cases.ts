import { expect } from 'vitest';
import { openTestApp, setUpElection, tempDir, unwrap } from '../../helpers/api';
import { appLayout, scannedBallot, writeScans } from '../../helpers/scan-app';
import { changes, ev, lockedElection, refused, type EventCase } from './harness';

/** An election of 3 seats and 5 names, a folder with one ballot read with confidence (c04, c05 struck) and one the machine finds invalid (c05 only). */
async function scanned() {
  const app = openTestApp();
  const ids = setUpElection(app);
  const layout = appLayout(app.store, ids.electionId);
  const folder = tempDir();
  writeScans(folder, { '1.png': await scannedBallot(layout, [4, 5]), '2.png': await scannedBallot(layout, [5]), '3.png': 'không phải ảnh' });
  const scope = { congressId: ids.congressId, electionId: ids.electionId, operator: 'Nguyễn Văn An' };
  return { app, ...ids, folder, scope };
}

/** Scanned ballots (issue 12): every image taken, every decision of a person, with what the machine read. */
export const SCAN_CASES: readonly EventCase[] = [
  {
    method: 'scanFolder',
    kinds: ['scan.taken', 'ballot.entered'],
    async run() {
      const s = await scanned();
      await changes(s.app.store, () => s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, operator: 'Nguyễn Văn An' }), ({ taken }) => [
        ev('ballot.entered', s.scope, { number: 1, struck: ['c04', 'c05'], note: 'quét' }),
        ev('scan.taken', s.scope, { scanId: taken[0]?.id, image: '1.png', sha256: taken[0]?.sha256, decision: 'counted', number: 1, machine: expect.objectContaining({ status: 'read', struck: ['c04', 'c05'], uncertain: [] }) }),
        ev('scan.taken', s.scope, { image: '2.png', decision: 'pending', number: null, machine: expect.objectContaining({ status: 'review', reason: expect.stringMatching(/Cần người xem/) }) }),
        ev('scan.taken', s.scope, { image: '3.png', decision: 'refused', number: null, machine: expect.objectContaining({ status: 'refused' }) }),
      ]);
      await changes(s.app.store, () => s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, operator: 'Nguyễn Văn An' }), () => []);
      await refused(s.app.store, () => s.app.api.scanFolder({ electionId: s.electionId, folder: `${s.folder}/khong-co` }), 'NOT_FOUND');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.scanFolder({ electionId: locked.electionId, folder: s.folder }), 'ELECTION_LOCKED');
      return [s.app.api, locked.app.api];
    },
  },
  {
    method: 'confirmScan',
    kinds: ['scan.confirmed', 'ballot.entered'],
    async run() {
      const s = await scanned();
      const { taken } = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, operator: 'Nguyễn Văn An' }));
      const pending = taken.find((t) => t.decision === 'pending')!;
      const scope = { ...s.scope, operator: 'Trần Thị Bình' };
      await changes(s.app.store, () => s.app.api.confirmScan({ scanId: pending.id, struck: ['c04', 'c05'], operator: 'Trần Thị Bình' }), () => [
        ev('ballot.entered', scope, { number: 2, struck: ['c04', 'c05'], note: 'quét' }),
        ev('scan.confirmed', scope, { scanId: pending.id, image: '2.png', machine: expect.objectContaining({ status: 'review', struck: ['c05'] }), decided: expect.objectContaining({ struck: ['c04', 'c05'] }), number: 2 }),
      ]);
      await refused(s.app.store, () => s.app.api.confirmScan({ scanId: pending.id, struck: ['c04', 'c05'] }), 'ALREADY_CORRECTED');
      await refused(s.app.store, () => s.app.api.confirmScan({ scanId: taken.find((t) => t.decision === 'refused')!.id, struck: ['c04', 'c05'] }), 'ALREADY_CORRECTED');
      return [s.app.api];
    },
  },
  {
    method: 'setAsideScan',
    kinds: ['scan.set_aside'],
    async run() {
      const s = await scanned();
      const { taken } = unwrap(await s.app.api.scanFolder({ electionId: s.electionId, folder: s.folder, operator: 'Nguyễn Văn An' }));
      const pending = taken.find((t) => t.decision === 'pending')!;
      await refused(s.app.store, () => s.app.api.setAsideScan({ scanId: pending.id, reason: '' }), 'INVALID_INPUT');
      await changes(s.app.store, () => s.app.api.setAsideScan({ scanId: pending.id, reason: 'Phiếu đã tính ở tổ khác', operator: 'Trưởng ban' }), () => [
        ev('scan.set_aside', { ...s.scope, operator: 'Trưởng ban' }, { scanId: pending.id, image: '2.png', reason: 'Phiếu đã tính ở tổ khác', machine: expect.objectContaining({ status: 'review' }) }),
      ]);
      await refused(s.app.store, () => s.app.api.setAsideScan({ scanId: pending.id, reason: 'lần nữa' }), 'ALREADY_CORRECTED');
      return [s.app.api];
    },
  },
  {
    method: 'decideSamePaper',
    kinds: ['scan.same_paper', 'scan.set_aside', 'scan.confirmed', 'ballot.entered'],
    async run() {
      const app = openTestApp();
      const ids = setUpElection(app);
      const layout = appLayout(app.store, ids.electionId);
      const folder = tempDir();
      const rescan = { rotation: 2.2, shift: { x: 25, y: 6 }, jpeg: 70, noise: 6 };
      writeScans(folder, { '1.png': await scannedBallot(layout, [4, 5], { seed: 1 }), '2.jpg': await scannedBallot(layout, [4, 5], { seed: 1, params: rescan }), '3.jpg': await scannedBallot(layout, [4, 5], { seed: 1, params: { ...rescan, rotation: -1.5 } }) });
      const { taken } = unwrap(await app.api.scanFolder({ electionId: ids.electionId, folder, operator: 'Nguyễn Văn An' }));
      const [first, second, third] = taken;
      expect(taken.map((t) => t.decision)).toEqual(['counted', 'pending', 'pending']);
      const scope = { congressId: ids.congressId, electionId: ids.electionId, operator: 'Trần Thị Bình' };
      const earlier = { scanId: first?.id, image: '1.png', sha256: first?.sha256, number: 1 };
      await changes(app.store, () => app.api.decideSamePaper({ scanId: second!.id, answer: 'same', operator: 'Trần Thị Bình' }), () => [
        ev('scan.set_aside', scope, { scanId: second!.id, image: '2.jpg', reason: 'Cùng một tờ phiếu với ảnh "1.png" (phiếu số 1): không tính lần nữa' }),
        ev('scan.same_paper', scope, { scanId: second!.id, image: '2.jpg', answer: 'same', earlier, number: null, machine: expect.objectContaining({ status: 'read' }) }),
      ]);
      await changes(app.store, () => app.api.decideSamePaper({ scanId: third!.id, answer: 'another', operator: 'Trần Thị Bình' }), () => [
        ev('ballot.entered', scope, { number: 2, struck: ['c04', 'c05'], note: 'quét' }),
        ev('scan.confirmed', scope, { scanId: third!.id, image: '3.jpg', number: 2, decided: expect.objectContaining({ struck: ['c04', 'c05'] }) }),
        ev('scan.same_paper', scope, { scanId: third!.id, image: '3.jpg', answer: 'another', earlier, number: 2 }),
      ]);
      await refused(app.store, () => app.api.decideSamePaper({ scanId: third!.id, answer: 'same' }), 'ALREADY_CORRECTED');
      await refused(app.store, () => app.api.decideSamePaper({ scanId: first!.id, answer: 'same' }), 'ALREADY_CORRECTED');
      return [app.api];
    },
  },
  {
    method: 'recordMarginCheck',
    kinds: ['scan.margin_checked'],
    async run() {
      const c = await closeCount();
      await changes(c.app.store, () => c.app.api.recordMarginCheck({ electionId: c.electionId, wrong: [2], operator: 'Trưởng ban' }), () => [
        ev('scan.margin_checked', { ...c.scope, operator: 'Trưởng ban' }, { margin: 2, candidates: [{ id: 'c01', votes: 2 }, { id: 'c02', votes: 1 }], scanned: 2, wrong: [2] }),
      ]);
      await refused(c.app.store, () => c.app.api.recordMarginCheck({ electionId: c.electionId, wrong: [7] }), 'INVALID_INPUT');
      const locked = lockedElection();
      await refused(locked.app.store, () => locked.app.api.recordMarginCheck({ electionId: locked.electionId }), 'ELECTION_LOCKED');
      return [c.app.api, locked.app.api];
    },
  },
  {
    method: 'recordSpotCheck',
    kinds: ['scan.spot_checked'],
    async run() {
      const c = await closeCount();
      const drawn = unwrap(c.app.api.spotCheckDraw({ electionId: c.electionId, seed: '4721', count: 1 })).papers.map((p) => ({ number: p.number, agrees: false }));
      await changes(c.app.store, () => c.app.api.recordSpotCheck({ electionId: c.electionId, seed: '4721', count: 1, papers: drawn, operator: 'Chủ tịch đoàn' }), () => [
        ev('scan.spot_checked', { ...c.scope, operator: 'Chủ tịch đoàn' }, { seed: '4721', papers: drawn }),
      ]);
      await refused(c.app.store, () => c.app.api.recordSpotCheck({ electionId: c.electionId, seed: '4721', count: 1, papers: [{ number: 99, agrees: true }] }), 'INVALID_INPUT');
      return [c.app.api];
    },
  },
];

/** 2 of 3 names for a chi bộ of 5 (3 votes pass), two papers scanned and counted: every result within 2 papers. */
async function closeCount() {
  const app = openTestApp();
  const { congressId } = unwrap(app.api.createCongress({ name: 'Đại hội Chi bộ thôn Hòa Tiến', kind: 'members', summoned: 5, exclusions: [] }));
  const { electionId } = unwrap(app.api.createElection({ congressId, office: 'cap_uy', seats: 2, title: 'Bầu Chi ủy' }));
  unwrap(app.api.addCandidates({ electionId, candidates: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((name) => ({ name })) }));
  const folder = tempDir();
  const layout = appLayout(app.store, electionId);
  writeScans(folder, { '1.png': await scannedBallot(layout, [3], { seed: 1 }), '2.png': await scannedBallot(layout, [2, 3], { seed: 2 }) });
  unwrap(await app.api.scanFolder({ electionId, folder, operator: 'Nguyễn Văn An' }));
  return { app, electionId, scope: { congressId, electionId, operator: '' } };
}
