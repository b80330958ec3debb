import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditDifference } from '../../shared/api/audit-chain';
import { openConnection } from '../db/connection';
import type { Store } from '../db/store';
import { backupDirOf } from '../services/backups';

/**
 * The backups beside the file hold earlier states of its log. The live log must extend each of
 * them: the event a backup ends with must be in the live log with the same hash. A log rewritten
 * or cut short after a backup was made (chain recomputed, events deleted) is found this way, as
 * long as the backups were left alone.
 */
export function compareWithBackups(store: Store): { compared: number; differences: AuditDifference[] } {
  const dir = backupDirOf(store.path);
  if (!existsSync(dir)) return { compared: 0, differences: [] };
  const differences: AuditDifference[] = [];
  let compared = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.kiemphieu')).sort()) {
    let head: { seq: number; hash: string } | undefined;
    try {
      const backup = openConnection(join(dir, name), { readonly: true });
      try {
        head = backup.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
      } finally {
        backup.close();
      }
    } catch {
      continue; // a backup that cannot be read proves nothing either way
    }
    if (head === undefined) continue;
    compared++;
    const live = store.auditHashAt(head.seq);
    const add = (message: string) => differences.push({ electionId: null, election: null, field: 'log', message });
    if (live === null) add(`Nhật ký hiện nay ngắn hơn bản sao lưu "${name}": thiếu từ sự kiện số ${head.seq} trở về trước (đã bị xóa bớt)`);
    else if (live !== head.hash) add(`Sự kiện số ${head.seq} trong nhật ký khác với bản sao lưu "${name}": nhật ký đã bị viết lại sau khi sao lưu`);
  }
  return { compared, differences };
}
