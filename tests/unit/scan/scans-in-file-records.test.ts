import { describe, expect, it } from 'vitest';
import { nextPaperNumber } from '../../../shared/congress-file/paper-numbers';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../../shared/congress-file/schema';
import { editableElectionIndex } from '../../../shared/congress-file/frozen';
import { confirmScanInFile, findScan, setAsideScanInFile, takeReading } from '../../../shared/scan/in-file';
import { machineReadingText, reviewKeysText, reviewPrefill, reviewPrompt } from '../../../shared/scan/review-text';

/** The exact records and ballots a scan makes in a congress file, field by field (what a later reader, the annex and an audit rely on). */
const by = { operator: 'Lê Văn Quét', at: '2025-06-20T09:00:00.000Z' };
const person = { operator: 'Trần Thị Xem', at: '2025-06-20T09:05:00.000Z' };
const sha = (n: number) => n.toString(16).padStart(64, '0');

function file(seats: number, names: string[], change: (e: Record<string, unknown>) => void = () => {}): CongressFile {
  const election: Record<string, unknown> = { id: 'bch', office: 'cap_uy', title: 'Bầu Ban Chấp hành', seats, candidates: names.map((name, i) => ({ id: String.fromCharCode(97 + i), name })) };
  change(election);
  const read = readCongressFile(JSON.stringify({ format: 'kiem-phieu.congress', version: 1, congress: { name: 'Đại hội thử', summoned: 9 }, elections: [election] }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}
const first = (f: CongressFile) => f.elections[0] as ElectionInFile;

describe('the records of scans in a congress file', () => {
  it('a confident format-A reading: the record and the ballot, every field', () => {
    const { election, record } = takeReading(first(file(2, ['An', 'Bình', 'Cường'])), 'p1.png', { status: 'read', sha256: sha(1), struck: ['c'], uncertain: [] }, by);
    expect(record).toEqual({ image: 'p1.png', sha256: sha(1), status: 'read', struck: ['c'], uncertain: [], decision: 'counted', number: 1, decidedBy: by.operator, decidedAt: by.at, operator: by.operator, at: by.at });
    expect(election.ballots).toEqual([{ id: `quet-${sha(1)}`, number: 1, count: 1, struck: ['c'], note: 'quét', operator: by.operator, at: by.at }]);
    expect(election.scans).toEqual([record]);
    expect(findScan(election, sha(1))).toBe(record);
    expect(findScan(election, sha(2))).toBeUndefined();
  });

  it('a confident format-B reading counts its marks; a reading waiting keeps its reason and no number', () => {
    let election = first(file(3, ['An', 'Bình']));
    election = takeReading(election, 'b1.png', { status: 'read', sha256: sha(1), marks: { a: 'agree', b: 'disagree' }, uncertain: [] }, by).election;
    const waiting = takeReading(election, 'b2.png', { status: 'review', reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', sha256: sha(2), marks: { a: 'agree' }, uncertain: ['b'] }, by);
    expect(waiting.election.ballots).toEqual([{ id: `quet-${sha(1)}`, number: 1, count: 1, marks: { a: 'agree', b: 'disagree' }, note: 'quét', operator: by.operator, at: by.at }]);
    expect(waiting.record).toEqual({ image: 'b2.png', sha256: sha(2), status: 'review', reason: 'Cần người xem: 1 tên máy chưa đọc chắc chắn', marks: { a: 'agree' }, uncertain: ['b'], decision: 'pending', operator: by.operator, at: by.at });
  });

  it('a confirmation: the ballot as typed, with the ruling and the note; only that image changes', () => {
    const f = file(1, ['An', 'Bình']);
    let election = takeReading(first(f), 'p1.png', { status: 'review', reason: 'x', sha256: sha(1), struck: [], uncertain: ['a'] }, by).election;
    election = takeReading(election, 'p2.png', { status: 'review', reason: 'y', sha256: sha(2), struck: [], uncertain: ['b'] }, by).election;
    const done = confirmScanInFile(election, sha(2), { content: { struck: ['a', 'b'] }, ruling: 'COMMITTEE_RULED', note: '  Rách đôi  ' }, person, f.congress);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.election.ballots).toEqual([{ id: `quet-${sha(2)}`, number: 1, count: 1, struck: ['a', 'b'], invalid: 'COMMITTEE_RULED', note: 'quét; Rách đôi', operator: person.operator, at: person.at }]);
    expect(done.value.verdict).toEqual({ valid: false, reason: 'COMMITTEE_RULED' });
    expect(done.value.election.scans?.[0]).toEqual(election.scans?.[0]);
    expect(done.value.election.scans?.[1]).toEqual({ ...election.scans?.[1], decision: 'confirmed', number: 1, decidedBy: person.operator, decidedAt: person.at, note: 'Rách đôi' });
    const plain = confirmScanInFile(election, sha(1), { content: { struck: ['b'] }, ruling: null, note: '   ' }, person, f.congress);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.election.ballots[0]?.note).toBe('quét');
    expect(plain.value.election.scans?.[0]?.note).toBeUndefined();
    expect(confirmScanInFile(election, sha(1), { content: { struck: ['z', 'y'] }, ruling: null }, person, f.congress)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: 'ballot', message: expect.stringMatching(/"z".*; .*"y"/) } });
    expect(confirmScanInFile(election, sha(9), { content: { struck: [] }, ruling: null }, person, f.congress)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `Không có ảnh quét mã ${sha(9).slice(0, 12)}… trong cuộc bầu "bch"`, path: 'sha256' } });
  });

  it('setting aside: the reason kept, trimmed; the ballots and the other images untouched', () => {
    const f = file(1, ['An', 'Bình']);
    let election = takeReading(first(f), 'p1.png', { status: 'read', sha256: sha(1), struck: ['a'], uncertain: [] }, by).election;
    election = takeReading(election, 'p2.png', { status: 'review', reason: 'x', sha256: sha(2), struck: [], uncertain: ['b'] }, by).election;
    const aside = setAsideScanInFile(election, sha(2), '  Quét hai lần ', person);
    if (!aside.ok) throw new Error(aside.error.message);
    expect(aside.value.ballots).toEqual(election.ballots);
    expect(aside.value.scans).toEqual([election.scans?.[0], { ...election.scans?.[1], decision: 'set_aside', decidedBy: person.operator, decidedAt: person.at, note: 'Quét hai lần' }]);
    expect(setAsideScanInFile(election, sha(2), ' ', person)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Ghi lý do không tính ảnh này', path: 'reason' } });
    expect(setAsideScanInFile(election, sha(1), 'Lý do', person)).toMatchObject({ ok: false, error: { code: 'ALREADY_CORRECTED', message: 'Ảnh "p1.png" đã được quyết định rồi' } });
  });

  it('names the election and why it is frozen', () => {
    expect(editableElectionIndex(file(1, ['An'], (e) => (e.id = 'bt')), 'bch')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không có cuộc bầu "bch" trong tệp (có: bt)', path: 'election' } });
    const locked = file(1, ['An'], (e) => Object.assign(e, { status: 'paused' }));
    expect(editableElectionIndex(locked, 'bch')).toEqual({ ok: false, error: { code: 'ELECTION_PAUSED', message: 'Cuộc bầu "bch" (Bầu Ban Chấp hành): cuộc bầu đang tạm dừng; không thể tính thêm, xác nhận hay sửa phiếu', path: 'election' } });
    const voided = file(1, ['An'], (e) => Object.assign(e, { title: undefined, voided: { at: '2025-06-20T10:00:00Z', reason: 'Sửa phiếu vòng 1' } }));
    expect(editableElectionIndex(voided, 'bch')).toMatchObject({ ok: false, error: { message: 'Cuộc bầu "bch": vòng bầu đã bị hủy (Sửa phiếu vòng 1): phải bầu lại vòng này; không thể tính thêm, xác nhận hay sửa phiếu' } });
  });
});

describe('the next paper number', () => {
  it('follows every paper the entries hold, numbered or not', () => {
    expect(nextPaperNumber([])).toBe(1);
    expect(nextPaperNumber([{ count: 3 }, { count: 1 }])).toBe(5);
    expect(nextPaperNumber([{ number: 7, count: 2 }])).toBe(9);
    expect(nextPaperNumber([{ number: 7, count: 2 }, { count: 1 }])).toBe(10);
  });
});

describe('the words of a review', () => {
  it('says what to type and which keys there are, for each format', () => {
    expect(reviewPrompt('A')).toBe('Gõ số thứ tự những người BỊ GẠCH, rồi Enter');
    expect(reviewPrompt('B')).toBe('Gõ một dấu cho mỗi người (1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống), rồi Enter');
    expect(reviewKeysText('A')).toBe('0 không gạch ai · / gạch hết · g ghi thêm tên · k ký tên, đánh dấu · p không do Ban kiểm phiếu phát ra · b Ban kiểm phiếu kết luận không hợp lệ');
    expect(reviewKeysText('B')).toBe('g ghi thêm tên · k ký tên, đánh dấu · p không do Ban kiểm phiếu phát ra · b Ban kiểm phiếu kết luận không hợp lệ');
    expect(machineReadingText(['a', 'b'], { struck: null, marks: { a: 'agree', b: 'both' }, uncertain: [], machineInvalid: null, outsideInk: false })).toBe('1: đồng ý; 2: cả hai ô');
    expect(machineReadingText(['a', 'b'], { struck: null, marks: null, uncertain: [], machineInvalid: null, outsideInk: false })).toBe('không đọc được tên nào');
    expect(reviewPrefill('A', ['a', 'b'], { struck: null, marks: null, uncertain: [] })).toBe('');
    expect(reviewPrefill('B', ['a', 'b'], { struck: null, marks: null, uncertain: [] })).toBe('');
  });
});
