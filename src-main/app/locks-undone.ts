import { openConnection } from '../db/connection';
import type { Store } from '../db/store';

export interface LockUndone {
  electionId: number;
  title: string;
}

/** The elections locked now that the backup has not locked (or not at all): a restore would reopen them. */
export function locksUndoneBy(store: Store, backupPath: string): LockUndone[] {
  const locked = store.listCongresses().flatMap((c) => store.listElections(c.id)).filter((e) => e.status === 'locked');
  if (locked.length === 0) return [];
  const backup = openConnection(backupPath, { readonly: true });
  try {
    const statuses = new Map((backup.prepare('SELECT id, status FROM elections').all() as { id: number; status: string }[]).map((r) => [r.id, r.status]));
    return locked.filter((e) => statuses.get(e.id) !== 'locked').map((e) => ({ electionId: e.id, title: e.title }));
  } finally {
    backup.close();
  }
}
