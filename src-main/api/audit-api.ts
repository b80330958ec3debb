import { listAuditInput } from '../../shared/api/inputs';
import { z } from 'zod';
import { ok } from '../../shared/result';
import { method, type ApiContext } from './context';

export function auditApi(ctx: ApiContext) {
  const { store } = ctx;
  return {
    listAudit: method(listAuditInput, (filter) => ok(store.listAudit(filter))),
    /** Recomputes the hash chain and says where it first breaks. */
    verifyAudit: method(z.object({}), () => ok(store.verifyAuditChain())),
  };
}
