import { auditDetails, type AuditDetail } from './details';
import { AUDIT_EVENTS, isAuditKind } from './events';
import type { AuditContext, Payload } from './words';

export type { AuditDetail } from './details';

/** An event as the log screen shows it: one sentence, then its details as labelled fields. */
export interface AuditEventText {
  sentence: string;
  details: AuditDetail[];
}

/**
 * The sentence of the registry for the event's kind, with names from the file, and its details.
 * A kind this version does not know (written by a later one) and a payload that is not JSON are
 * said so in words; the exported log keeps every payload as written.
 */
export function auditEventText(event: { kind: string; payload: string; electionId: number | null }, names: AuditContext['names']): AuditEventText {
  let payload: Payload;
  try {
    const parsed: unknown = JSON.parse(event.payload);
    payload = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Payload) : {};
  } catch {
    return { sentence: 'Sự kiện có nội dung không đọc được (xem trong tệp nhật ký xuất ra).', details: [] };
  }
  if (!isAuditKind(event.kind)) return { sentence: 'Sự kiện do phiên bản mới hơn của chương trình ghi (xem trong tệp nhật ký xuất ra).', details: [] };
  const ctx: AuditContext = { electionId: event.electionId, names };
  return { sentence: AUDIT_EVENTS[event.kind].sentence(payload, ctx), details: auditDetails(payload, ctx) };
}
