import type { BallotRecord } from '../../shared/domain';
import type { Store } from '../db/store';
import { ballotRecordOfRow } from './election-data';
import { addDigest, ballotDigest, subtractDigest } from './fingerprint';

interface Entry {
  record: BallotRecord;
  teamId: number | null;
  digest: bigint;
}

interface CachedElection {
  lastRowId: number;
  /** Ballot row id → the ballot as the rules read it (team by name), and its digest. */
  current: Map<number, Entry>;
  digestSum: bigint;
  /** The team names the records carry, to notice a rename. */
  teamNames: string;
  records: BallotRecord[] | null;
}

export interface CurrentBallots {
  records: BallotRecord[];
  /** For the fingerprint: the sum of the ballots' digests, kept one ballot at a time. */
  digestSum: bigint;
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

  private entry(record: BallotRecord, teamId: number | null, names: ReadonlyMap<number, string>): Entry {
    const named = teamId === null ? record : { ...record, team: names.get(teamId) ?? null };
    return { record: named, teamId, digest: ballotDigest(named) };
  }

  current(electionId: number): CurrentBallots {
    const known = this.elections.get(electionId) ?? { lastRowId: 0, current: new Map(), digestSum: 0n, teamNames: '[]', records: null };
    const cached: CachedElection = this.store.inTransaction ? { ...known, current: new Map(known.current) } : known;
    const names = new Map(this.store.teamNamesOfElection(electionId));
    const namesKey = JSON.stringify([...names]);
    if (namesKey !== cached.teamNames) {
      cached.digestSum = 0n;
      for (const [rowId, old] of cached.current) {
        const renamed = this.entry(old.record, old.teamId, names);
        cached.current.set(rowId, renamed);
        cached.digestSum = addDigest(cached.digestSum, renamed.digest);
      }
      cached.teamNames = namesKey;
      cached.records = null;
    }
    for (const row of this.store.ballotRowsAfter(electionId, cached.lastRowId)) {
      const superseded = row.supersedes === null ? undefined : cached.current.get(row.supersedes);
      if (superseded) {
        cached.current.delete(row.supersedes as number);
        cached.digestSum = subtractDigest(cached.digestSum, superseded.digest);
      }
      if (row.kind !== 'void') {
        const added = this.entry(ballotRecordOfRow(row), row.teamId, names);
        cached.current.set(row.id, added);
        cached.digestSum = addDigest(cached.digestSum, added.digest);
      }
      cached.lastRowId = row.id;
      cached.records = null;
    }
    cached.records ??= Array.from(cached.current.values(), (e) => e.record);
    if (!this.store.inTransaction) this.elections.set(electionId, cached);
    return { records: cached.records, digestSum: cached.digestSum };
  }

  currentBallots(electionId: number): BallotRecord[] {
    return this.current(electionId).records;
  }
}
