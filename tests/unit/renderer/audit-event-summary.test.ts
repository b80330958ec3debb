import { describe, expect, it } from 'vitest';
import { auditEventSummary } from '../../../src-renderer/screens/audit/event-summary';

describe('the audit screen says which papers an event concerns', () => {
  it('a stack by its range, an undone or voided ballot as such, a finished round’s correction with its reason', () => {
    expect(auditEventSummary('ballot.entered', JSON.stringify({ number: 61, lastNumber: 70, count: 10 }))).toBe('Phiếu số 61–70');
    expect(auditEventSummary('ballot.entered', JSON.stringify({ number: 4, count: 10 }))).toBe('Phiếu số 4');
    expect(auditEventSummary('ballot.voided', JSON.stringify({ number: 37, lastNumber: 37, undo: true, reason: 'Hoàn tác ngay sau khi nhập' }))).toBe('Phiếu số 37: đã hoàn tác');
    expect(auditEventSummary('ballot.voided', JSON.stringify({ number: 37, lastNumber: 38, reason: 'Nhập trùng' }))).toBe('Phiếu số 37–38: đã hủy (Nhập trùng)');
    expect(auditEventSummary('ballot.corrected', JSON.stringify({ number: 18, lastNumber: 18, finishedRound: { reason: 'Đọc nhầm', outcomeChanged: true } }))).toBe('Phiếu số 18 (vòng đã kết thúc, kết quả thay đổi: Đọc nhầm)');
    expect(auditEventSummary('round.voided', JSON.stringify({ reason: 'Sửa phiếu số 18 …' }))).toBe('Sửa phiếu số 18 …');
    expect(auditEventSummary('team.created', JSON.stringify({ teamId: 1, name: 'Tổ 1' }))).toBeNull();
  });

  it('a printing of the papers, a new printing, and a withdrawal after printing (RULES R1)', () => {
    expect(auditEventSummary('ballots.printed', JSON.stringify({ printing: 1, names: ['c01', 'c02'] }))).toBe('Lần in 1: từ nay danh sách, thứ tự và số thứ tự giữ nguyên như trên phiếu');
    expect(auditEventSummary('ballots.reprinted', JSON.stringify({ replaced: 1, offPaper: ['c02'] }))).toBe('Phiếu lần in 1 không còn được dùng');
    expect(auditEventSummary('candidate.withdrawn', JSON.stringify({ key: 'c02', name: 'Lê Thị Cúc', onPaper: true, printing: 1 }))).toBe('Lê Thị Cúc: rút sau khi in phiếu (lần in 1), tên còn trên phiếu, không tính phiếu');
    expect(auditEventSummary('candidate.withdrawn', JSON.stringify({ key: 'c02', name: 'Lê Thị Cúc', onPaper: true, printing: null, papersInUse: true }))).toBe('Lê Thị Cúc: rút sau khi đã có phiếu được nhập, tên còn trên phiếu, không tính phiếu');
    expect(auditEventSummary('candidate.withdrawn', JSON.stringify({ key: 'c02', name: 'Lê Thị Cúc', onPaper: false, printing: null }))).toBeNull();
  });
});
