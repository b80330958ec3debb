import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../../shared/congress-file/schema';
import { tallyCongressFile } from '../../../shared/congress-file/tally';
import { writeCongressFile } from '../../../shared/congress-file/write';
import { editableElectionIndex } from '../../../shared/congress-file/frozen';
import { confirmScanInFile, setAsideScanInFile, takeReading } from '../../../shared/scan/in-file';
import type { ScanReading } from '../../../shared/scan/reading';
import { machineReadingText, reviewPrefill } from '../../../shared/scan/review-text';

const by = { operator: 'Lê Văn Quét', at: '2025-06-20T09:00:00.000Z' };
const sha = (n: number) => n.toString(16).padStart(64, '0');

function congress(change: (election: Record<string, unknown>) => void = () => {}): CongressFile {
  const election: Record<string, unknown> = {
    id: 'bch', office: 'cap_uy', seats: 2, ballotsIssued: 3, ballotsReturned: 3,
    candidates: [{ id: 'a', name: 'Nguyễn Văn An' }, { id: 'b', name: 'Trần Thị Bình' }, { id: 'c', name: 'Lê Văn Cường' }],
  };
  change(election);
  const read = readCongressFile(JSON.stringify({ format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 3 }, elections: [election] }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const read = (n: number, struck: string[]): ScanReading => ({ status: 'read', sha256: sha(n), struck, uncertain: [] });
const review = (n: number, struck: string[], uncertain: string[]): ScanReading => ({ status: 'review', reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', sha256: sha(n), struck, uncertain });

describe('scanned ballots counted into a congress file', () => {
  it('counts a confident reading at once with the next paper number; a reading a person must decide waits; a refused image counts nowhere', () => {
    let election = congress((e) => (e.ballots = [{ number: 7, struck: ['a'] }])).elections[0] as ElectionInFile;
    election = takeReading(election, 'p1.png', read(1, ['c']), by).election;
    election = takeReading(election, 'p2.png', review(2, [], ['b']), by).election;
    election = takeReading(election, 'p3.png', { status: 'refused', reason: 'Không phải ảnh', sha256: sha(3), uncertain: [] }, by).election;
    expect(election.ballots.map((b) => [b.number, b.struck, b.note])).toEqual([[7, ['a'], undefined], [8, ['c'], 'quét']]);
    expect(election.scans?.map((s) => [s.decision, s.number])).toEqual([['counted', 8], ['pending', undefined], ['refused', undefined]]);
  });

  it('a pending scan blocks the lock (RULES R4) and more images counted than ballots returned is an error; the file reads back the same', () => {
    let election = congress((e) => (e.ballotsReturned = 1)).elections[0] as ElectionInFile;
    election = takeReading(election, 'p1.png', read(1, ['c']), by).election;
    election = takeReading(election, 'p2.png', read(2, ['a']), by).election;
    election = takeReading(election, 'p3.png', review(3, [], ['b']), by).election;
    const file = { ...congress(), elections: [election] };
    const codes = tallyCongressFile(file)[0]?.problems.map((p) => [p.code, p.severity]);
    expect(codes).toContainEqual(['SCANS_PENDING', 'error']);
    expect(codes).toContainEqual(['SCANS_GT_RETURNED', 'error']);
    const again = readCongressFile(writeCongressFile(file));
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.elections[0]?.scans).toEqual(election.scans);
  });

  it('a person confirms a waiting image as typed, or sets it aside with a reason; neither twice, and never a refused image', () => {
    const file = congress();
    let election = takeReading(file.elections[0] as ElectionInFile, 'p1.png', review(1, ['a'], ['b']), by).election;
    election = takeReading(election, 'p2.png', { status: 'refused', reason: 'Không phải ảnh', sha256: sha(2), uncertain: [] }, by).election;
    const person = { operator: 'Trần Thị Xem', at: '2025-06-20T09:05:00.000Z' };
    expect(confirmScanInFile(election, sha(1), { content: { struck: ['z'] }, ruling: null }, person, file.congress)).toMatchObject({ ok: false });
    expect(confirmScanInFile(election, sha(1), { content: {}, ruling: 'COMMITTEE_RULED' }, person, file.congress)).toMatchObject({ ok: false, error: { message: expect.stringContaining('lý do') } });
    expect(confirmScanInFile(election, sha(2), { content: { struck: [] }, ruling: null }, person, file.congress)).toMatchObject({ ok: false, error: { message: expect.stringContaining('không thể tính') } });
    expect(setAsideScanInFile(election, sha(1), '  ', person)).toMatchObject({ ok: false });
    const confirmed = confirmScanInFile(election, sha(1), { content: { struck: ['a'] }, ruling: null }, person, file.congress);
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    expect(confirmed.value).toMatchObject({ number: 1, verdict: { valid: true } });
    expect(confirmed.value.election.scans?.[0]).toMatchObject({ decision: 'confirmed', number: 1, operator: 'Lê Văn Quét', decidedBy: 'Trần Thị Xem', struck: ['a'], uncertain: ['b'] });
    expect(confirmScanInFile(confirmed.value.election, sha(1), { content: { struck: ['a'] }, ruling: null }, person, file.congress)).toMatchObject({ ok: false, error: { message: expect.stringContaining('đã được quyết định') } });
    expect(setAsideScanInFile(confirmed.value.election, sha(1), 'Quét hai lần', person)).toMatchObject({ ok: false });
  });

  it('a locked, voided or paused election takes no scan, naming why', () => {
    expect(editableElectionIndex(congress(), 'bch')).toEqual({ ok: true, value: 0 });
    expect(editableElectionIndex(congress(), 'khac')).toMatchObject({ ok: false, error: { message: expect.stringContaining('"khac"') } });
    expect(editableElectionIndex(congress((e) => (e.status = 'locked')), 'bch')).toMatchObject({ ok: false, error: { code: 'ELECTION_LOCKED' } });
    expect(editableElectionIndex(congress((e) => (e.voided = { at: '2025-06-20T10:00:00Z', reason: 'Kết quả vòng trước đã thay đổi' })), 'bch')).toMatchObject({ ok: false, error: { code: 'ROUND_VOIDED' } });
    expect(editableElectionIndex(congress((e) => (e.status = 'paused')), 'bch')).toMatchObject({ ok: false, error: { code: 'ELECTION_PAUSED' } });
    const withNextRound = (voided: boolean) => {
      const file = congress();
      const next = { ...(file.elections[0] as ElectionInFile), id: 'bch-2', round: 2, continues: 'bch', ...(voided ? { voided: { at: '2025-06-20T10:00:00Z', reason: 'Hủy' } } : {}) };
      return { ...file, elections: [...file.elections, next] };
    };
    expect(editableElectionIndex(withNextRound(false), 'bch')).toMatchObject({ ok: false, error: { code: 'ROUND_FINISHED', message: expect.stringContaining('đã kết thúc') } });
    expect(editableElectionIndex(withNextRound(true), 'bch')).toEqual({ ok: true, value: 0 });
  });

  it('a file whose scan records name an unknown candidate or the same image twice is refused, naming the place', () => {
    const scan = { image: 'p1.png', sha256: sha(1), status: 'review', uncertain: ['x'], decision: 'pending' };
    const bad = readCongressFile(JSON.stringify({ format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 3 }, elections: [{ id: 'bch', office: 'cap_uy', seats: 1, candidates: [{ id: 'a', name: 'An' }], scans: [scan, { ...scan, uncertain: [] }] }] }));
    expect(bad.ok).toBe(false);
    const places = bad.ok ? [] : (bad.error.details ?? []).map((d) => d.path);
    expect(places).toEqual(['elections[0].scans[0].uncertain[0]', 'elections[0].scans[1].sha256']);
  });

  it('a scan record counted names a paper of the election, and only a counted one names a paper', () => {
    const file = (scans: object[]) => readCongressFile(JSON.stringify({ format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 3 }, elections: [{ id: 'bch', office: 'cap_uy', seats: 1, candidates: [{ id: 'a', name: 'An' }, { id: 'b', name: 'Bình' }], ballots: [{ number: 1, struck: ['a'] }, { number: 2, count: 3, struck: ['b'] }], scans }] }));
    const scan = (n: number, decision: string, number?: number) => ({ image: `p${n}.png`, sha256: sha(n), status: 'read', uncertain: [], decision, ...(number !== undefined ? { number } : {}) });
    expect(file([scan(1, 'counted', 1)]).ok).toBe(true);
    const refused = file([scan(1, 'counted'), scan(2, 'confirmed', 3), scan(3, 'pending', 1)]);
    expect(refused.ok ? [] : (refused.error.details ?? []).map((d) => `${d.path}: ${d.message}`)).toEqual([
      'elections[0].scans[0].number: ảnh đã được tính ("counted") phải ghi số của phiếu',
      'elections[0].scans[1].number: không có phiếu số 3 (một tờ) trong cuộc bầu',
      'elections[0].scans[2].number: ảnh không được tính ("pending") không có số phiếu',
    ]);
  });
});

describe('what a person deciding a scan is shown', () => {
  const listIds = ['a', 'b', 'c', 'd'];
  it('the machine reading by the names\' numbers, and the confident part pre-typed with the entry keys', () => {
    expect(machineReadingText(listIds, { struck: ['b', 'd'], marks: null, uncertain: ['c'], machineInvalid: null, outsideInk: true })).toBe('gạch 2, 4 · chưa chắc: 3 · có chữ hoặc nét ngoài các dòng tên');
    expect(machineReadingText(listIds, { struck: [], marks: null, uncertain: [], machineInvalid: 'OVER_N', outsideInk: false })).toBe('không gạch tên nào · phiếu không hợp lệ (phiếu bầu nhiều hơn số lượng cần bầu)');
    expect(reviewPrefill('A', listIds, { struck: ['d', 'b'], marks: null, uncertain: ['c'] })).toBe('2 4');
    // Format B keeps every confident mark (issue 17, item 3: it stopped at the first name the machine was unsure of).
    expect(reviewPrefill('B', listIds, { struck: null, marks: { a: 'agree', b: 'disagree', d: 'agree' }, uncertain: ['c'] })).toBe('12?1');
    expect(reviewPrefill('B', listIds, { struck: null, marks: { a: 'agree', b: 'disagree', c: 'none', d: 'agree' }, uncertain: [] })).toBe('1201');
  });

  it('a name the machine marks uncertain is never pre-typed, whatever else the reading holds', () => {
    expect(reviewPrefill('A', listIds, { struck: ['b', 'c'], marks: null, uncertain: ['c'] })).toBe('2');
    expect(reviewPrefill('B', listIds, { struck: null, marks: { a: 'agree', b: 'disagree', c: 'both', d: 'agree' }, uncertain: ['a', 'c'] })).toBe('?2?1');
  });
});
