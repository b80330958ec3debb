import { describe, expect, it } from 'vitest';
import { auditEventText } from '../../shared/audit/event-text';
import type { AuditNames } from '../../shared/audit/words';
import { openTestApp, unwrap } from '../helpers/api';
import { expectReadable } from '../helpers/audit-readable';
import { chiBoCongress } from '../helpers/chi-bo-congress';

/**
 * Issue 18, item 6: the log reads as sentences with names, details as labelled fields; the
 * exported log keeps the payload as written. Every kind the app writes is read so by the audit
 * events' table (audit-events.*.test.ts, through its harness); the kinds only older versions
 * wrote, and what this version cannot read, here.
 */
const NAMES: AuditNames = {
  election: (id) => (id === 7 ? { title: 'Bầu Ban Chấp hành Đảng bộ phường khóa III', round: 1, office: 'cap_uy' } : null),
  list: (id) => (id === 7 ? [{ key: 'c01', number: 1, name: 'Trần Thị Bích' }, { key: 'c02', number: 2, name: 'Lê Văn Cường' }] : []),
  team: (id) => (id === 1 ? 'Tổ 1' : null),
};

describe('the log screen reads each event as a sentence', () => {
  it('the lock of the chi ủy: its title, the names elected, the outcome and the figures in words; the export as written', async () => {
    const app = openTestApp();
    unwrap(app.api.importCongressFile({ content: JSON.stringify(chiBoCongress()), operator: 'Thư ký' }));
    const locks = unwrap(app.api.listAudit({ kind: 'election.locked' }));
    expect(locks.map((e) => e.sentence)).toEqual([
      'Chốt kết quả bầu Chi ủy Chi bộ Khu phố 3 (theo tệp nạp vào): trúng cử Trần Thị Bích, Lê Văn Cường.',
      'Chốt kết quả bầu Chi ủy Chi bộ Khu phố 3 (vòng 2: bầu bổ sung số còn thiếu) (theo tệp nạp vào): trúng cử Nguyễn Văn An.',
      'Chốt kết quả bầu Bí thư Chi bộ (theo tệp nạp vào): trúng cử Trần Thị Bích.',
    ]);
    const first = locks[0]!;
    expect(first.details).toContainEqual({ label: 'Kết quả', value: 'Chưa đủ số lượng' });
    expect(first.details).toContainEqual({ label: 'Trúng cử', value: 'Trần Thị Bích, Lê Văn Cường' });
    expect(first.details).toContainEqual({ label: 'Số phiếu từng người', value: 'Nguyễn Văn An: 12; Trần Thị Bích: 20; Lê Văn Cường: 18; Phạm Thị Dung: 12' });
    for (const event of unwrap(app.api.listAudit({}))) expectReadable(event.kind, event, JSON.parse(event.payload));
    const exported = JSON.parse(unwrap(app.api.exportAudit({ format: 'json', kind: 'election.locked' })).text) as { events: { payload: unknown }[] };
    expect(String(exported.events[0]?.payload)).toContain('"elected":["c02","c03"]');
  });

  it('a refused unlock, as older versions wrote it', () => {
    const said = auditEventText({ kind: 'election.unlock_refused', electionId: 7, payload: JSON.stringify({ reason: 'Sửa phiếu số 3' }) }, NAMES);
    expect(said.sentence).toBe('Từ chối mở khóa kết quả bầu Ban Chấp hành Đảng bộ phường khóa III vì sai mã PIN; lý do: Sửa phiếu số 3.');
    expectReadable('election.unlock_refused', said, { reason: 'Sửa phiếu số 3' });
  });

  it('a kind of a later version, a payload that is not JSON, a field it does not know: said in words, never shown raw', () => {
    expect(auditEventText({ kind: 'seal.printed', electionId: 7, payload: '{"qr":"x"}' }, NAMES)).toEqual({ sentence: 'Sự kiện do phiên bản mới hơn của chương trình ghi (xem trong tệp nhật ký xuất ra).', details: [] });
    expect(auditEventText({ kind: 'team.created', electionId: null, payload: '{"teamId":' }, NAMES).sentence).toBe('Sự kiện có nội dung không đọc được (xem trong tệp nhật ký xuất ra).');
    const later = auditEventText({ kind: 'team.created', electionId: null, payload: JSON.stringify({ teamId: 1, name: 'Tổ 1', colour: 'red' }) }, NAMES);
    expect(later.details).toEqual([{ label: 'Tên', value: 'Tổ 1' }, { label: 'Thông tin khác', value: '1 mục, xem trong tệp nhật ký xuất ra' }]);
  });
});
