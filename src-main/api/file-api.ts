import { congressIdInput, importCongressFileInput } from '../../shared/api/inputs';
import { readCongressFile } from '../../shared/congress-file/read';
import { writeCongressFile } from '../../shared/congress-file/write';
import { ok } from '../../shared/result';
import { refuseBrokenLocks } from '../services/congress-file-locks';
import { congressFileFromStore, insertCongressFile, sha256Hex } from '../services/congress-file-io';
import { newCongressKey } from '../services/packages';
import { inTransaction, method, type ApiContext } from './context';
import { lockImportedElections } from './imported-locks';

export function fileApi(ctx: ApiContext) {
  const { store } = ctx;
  return {
    /** Loads a congress file (INTERCHANGE.md) as a new congress: all of it, or nothing. */
    importCongressFile: method(importCongressFileInput, (input) => {
      const text = typeof input.content === 'string' ? input.content : JSON.stringify(input.content);
      const parsed = readCongressFile(input.content);
      const read = parsed.ok ? refuseBrokenLocks(parsed.value) : parsed;
      if (!read.ok) return read;
      return inTransaction(store, () => {
        const { result: summary, written } = store.recordingWrites(() => insertCongressFile(store, read.value, { now: ctx.now(), newId: ctx.newId }));
        store.insertCongressIdentity({ congressId: summary.congressId, ...newCongressKey(), createdAt: ctx.now() });
        const sha256 = sha256Hex(text);
        ctx.audit('congress.imported', { congressId: summary.congressId, operator: input.operator }, { ...summary, sha256, written });
        lockImportedElections(ctx, summary.congressId, read.value, input.operator);
        return ok({ ...summary, sha256 });
      });
    }),

    /** The congress as a congress file, ready to save. */
    exportCongressFile: method(congressIdInput, ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      if (!congress.ok) return congress;
      const file = congressFileFromStore(store, congressId);
      return ok({ text: writeCongressFile(file), name: congress.value.name });
    }),
  };
}
