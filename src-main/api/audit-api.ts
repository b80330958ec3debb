import type { z } from 'zod';
import { auditFilterInput, exportAuditInput, verifyAuditInput } from '../../shared/api/teams-inputs';
import { fail, ok, type Result } from '../../shared/result';
import { ERROR_CODES } from '../../shared/api/errors';
import type { AuditFilter } from '../db/store';
import { checkAudit } from '../audit/check';
import { auditExport } from '../services/audit-export';
import { auditNamesOf } from '../services/audit-names';
import { auditEventText } from '../../shared/audit/event-text';
import { method, type ApiContext } from './context';

export function auditApi(ctx: ApiContext) {
  const { store } = ctx;

  /** The filter in the store's terms: a team by its id and its name (payloads name it either way). */
  function storeFilter(input: z.output<typeof auditFilterInput>): Result<AuditFilter> {
    const { teamId, ...rest } = input;
    if (teamId === undefined) return ok(rest);
    const team = store.getTeam(teamId);
    if (!team) return fail(ERROR_CODES.notFound, `Không tìm thấy tổ kiểm phiếu số ${teamId}`, 'teamId');
    return ok({ ...rest, team: { id: team.id, name: team.name } });
  }

  return {
    /** Every change, filtered by operator, team, kind, election and time; each in a sentence with names, and its details (issue 18, item 6). */
    listAudit: method(auditFilterInput, (input) => {
      const filter = storeFilter(input);
      if (!filter.ok) return filter;
      const names = auditNamesOf(store);
      return ok(store.listAudit(filter.value).map((event) => ({ ...event, ...auditEventText(event, names) })));
    }),

    /** The integrity check: the chain, the tables against what the log rebuilds, the locks, the backups. */
    verifyAudit: method(verifyAuditInput, () => ok(checkAudit(store))),

    /** The log (or the filtered part of it) as a file: JSON that can be verified again, or CSV to read. */
    exportAudit: method(exportAuditInput, (input) => {
      const { format, ...rest } = input;
      const filter = storeFilter(rest);
      if (!filter.ok) return filter;
      const congress = store.listCongresses()[0] ?? null;
      return ok(auditExport(store, { ...filter.value, limit: filter.value.limit ?? 1_000_000 }, format, { congress: congress?.name ?? null, identity: congress ? (store.getCongressIdentity(congress.id)?.identity ?? null) : null, exportedAt: ctx.now() }));
    }),
  };
}
