import type { AuditNames } from '../../shared/audit/words';
import type { NameOnBallot } from '../../shared/entry/ballot-words';
import { candidateViews } from '../api/views';
import type { Store } from '../db/store';

/**
 * The names the log's sentences use, from the file as it is now: elections by id, each list with
 * the numbers on its paper, teams by id. Read once per election and team while one answer is made.
 */
export function auditNamesOf(store: Store): AuditNames {
  const lists = new Map<number, readonly NameOnBallot[]>();
  return {
    election(id) {
      const row = id === null ? null : store.getElection(id);
      return row ? { title: row.title, round: row.round, office: row.office } : null;
    },
    list(electionId) {
      if (electionId === null) return [];
      let found = lists.get(electionId);
      if (!found) {
        found = candidateViews(store.listCandidates(electionId)).map((c) => ({ key: c.key, number: c.number, name: c.name }));
        lists.set(electionId, found);
      }
      return found;
    },
    team(id) {
      return id === null || id === undefined ? null : (store.getTeam(id)?.name ?? null);
    },
  };
}
