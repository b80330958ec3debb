import type { ElectionResult, FinalResultView } from '../../shared/api/views';
import { finalResults } from '../../shared/rules/final-result';
import type { ApiContext } from './context';

/**
 * The final result of every office of a congress (shared/rules/final-result.ts) from the live
 * results of its elections: the rounds as the database holds them (the round each continues, the
 * voided ones), keyed as the congress file keys them.
 */
export function finalResultsOf(store: ApiContext['store'], congressId: number, results: readonly ElectionResult[]): FinalResultView[] {
  const rows = store.listElections(congressId);
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const voided = store.voidedRoundIds(congressId);
  const rounds = results.map((result) => {
    const row = byKey.get(result.id);
    if (row === undefined || row.id !== result.electionId) throw new Error(`finalResultsOf: no election "${result.id}"`);
    return { id: row.key, continues: row.continuesId === null ? null : (keyOf.get(row.continuesId) ?? null), voided: voided.has(row.id), locked: row.status === 'locked', tally: result };
  });
  return finalResults(rounds).map((final) => ({
    ...final,
    title: byKey.get(final.first)?.title ?? '',
    electionIds: final.rounds.map((key) => byKey.get(key)?.id as number),
  }));
}
