import { auditKindLabel } from '../../shared/audit/events';
import { toCsv } from '../../shared/format/csv';
import { congressFileName } from '../../shared/minutes/file-name';
import type { AuditFilter, Store } from '../db/store';

export const AUDIT_FORMAT = 'kiem-phieu.audit';

/**
 * The audit log as a file. JSON keeps every field the hashes cover (the payload as the text that
 * was hashed), so the chain can be checked again away from the program; CSV is for reading.
 * A filtered export holds only part of the chain: its verdict is the whole log's, said as such.
 */
export function auditExport(store: Store, filter: AuditFilter, format: 'json' | 'csv', about: { congress: string | null; identity: string | null; exportedAt: string }) {
  const events = store.listAudit(filter);
  const titles = new Map<number, string>();
  for (const c of store.listCongresses()) for (const e of store.listElections(c.id)) titles.set(e.id, e.title);
  const name = congressFileName('nhat-ky', about.congress ?? '', 'x').replace(/\.x$/, '');
  if (format === 'csv') {
    const rows = [['Số', 'Thời gian', 'Người thực hiện', 'Loại', 'Mã loại', 'Cuộc bầu', 'Nội dung', 'Mã băm'], ...events.map((e) => [e.seq, e.at, e.operator, auditKindLabel(e.kind), e.kind, e.electionId === null ? '' : (titles.get(e.electionId) ?? e.electionId), e.payload, e.hash])];
    return { fileName: `${name}.csv`, mimeType: 'text/csv', text: toCsv(rows) };
  }
  const verdict = store.verifyAuditChain();
  const json = { format: AUDIT_FORMAT, version: 1, congress: about.congress, congressIdentity: about.identity, exportedAt: about.exportedAt, filter, wholeLog: verdict, events };
  return { fileName: `${name}.json`, mimeType: 'application/json', text: `${JSON.stringify(json, null, 1)}\n` };
}
