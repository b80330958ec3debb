import type { BallotRecord } from '../../shared/domain';
import type { Store } from '../db/store';
import { ballotRecordOfRow } from './election-data';

interface CachedElection {
  lastRowId: number;
  /** Ballot row id → the ballot as the rules read it, team by id (names may change). */
  current: Map<number, { record: BallotRecord; teamId: number | null }>;
}

/**
 * The ballots that count, per election, kept in memory so that live results after each Enter do
 * not re-read 20,000 rows. Ballot rows are append-only, so the cache only applies the rows written
 * since it last looked (a new ballot, a correction superseding one, a void): it stays right
 * whoever wrote them. Inside an open transaction it reads without remembering, since that
 * transaction may still roll back.
 */
export class BallotCache {
  private readonly elections = new Map<number, CachedElection>();

  constructor(private readonly store: Store) {}

  currentBallots(electionId: number): BallotRecord[] {
    const cached = this.elections.get(electionId) ?? { lastRowId: 0, current: new Map() };
    const updated = this.store.inTransaction ? { lastRowId: cached.lastRowId, current: new Map(cached.current) } : cached;
    for (const row of this.store.ballotRowsAfter(electionId, updated.lastRowId)) {
      if (row.supersedes !== null) updated.current.delete(row.supersedes);
      if (row.kind !== 'void') updated.current.set(row.id, { record: ballotRecordOfRow(row), teamId: row.teamId });
      updated.lastRowId = row.id;
    }
    if (!this.store.inTransaction) this.elections.set(electionId, updated);
    const teamNames = new Map(this.store.teamNamesOfElection(electionId));
    return Array.from(updated.current.values(), ({ record, teamId }) => (teamId === null ? record : { ...record, team: teamNames.get(teamId) ?? null }));
  }
}
