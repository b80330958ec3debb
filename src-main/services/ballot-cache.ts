import type { BallotRecord } from '../../shared/domain';
import { BallotCounter } from '../../shared/rules/count';
import type { BallotContext } from '../../shared/rules/validity';
import type { Store } from '../db/store';
import { ballotRecordOfRow } from './election-data';

interface Entry {
  record: BallotRecord;
  teamId: number | null;
}

interface CachedElection {
  lastRowId: number;
  /** Ballot row id → the ballot as the rules read it (team by name). */
  current: Map<number, Entry>;
  /** The team names the records carry, to notice a rename. */
  teamNames: string;
  records: BallotRecord[] | null;
  /** The ballots counted for one ballot layout (list, seats), kept one ballot at a time. */
  counted: { layout: string; counter: BallotCounter } | null;
  /** Papers per team id (null: no team), a stack by its papers, kept one ballot at a time. */
  papers: Map<number | null, number>;
}

/** Papers of the ballots that count, per team id (null: entered without a team). */
export type PapersByTeam = ReadonlyMap<number | null, number>;

function addPapers(papers: Map<number | null, number>, teamId: number | null, count: number): void {
  papers.set(teamId, (papers.get(teamId) ?? 0) + count);
}

export interface CurrentBallots {
  records: BallotRecord[];
}

export interface CountedBallots {
  counter: BallotCounter;
}

/** What a count depends on: the paper (its format, names and seats), the configurable rule, and the names withdrawn after printing (RULES R1). */
function layoutKey(context: BallotContext): string {
  return JSON.stringify([context.format, context.seats, context.allBothOrNoneInvalid, context.listIds, context.withdrawnOnPaper ?? []]);
}

/**
 * The ballots that count, per election, kept in memory so that live results after each Enter
 * neither re-read nor recount 20,000 ballots. Ballot rows are append-only, so the cache only
 * applies the rows written since it last looked (a new ballot, a correction superseding one, a
 * void) to the ballots and to their count: it stays right whoever wrote them. A rename of a team
 * or a change of the list recounts once. Inside an open transaction it works on a copy, since
 * that transaction may still roll back.
 */
export class BallotCache {
  private readonly elections = new Map<number, CachedElection>();

  constructor(private readonly store: Store) {}

  private entry(record: BallotRecord, teamId: number | null, names: ReadonlyMap<number, string>): Entry {
    const named = teamId === null ? record : { ...record, team: names.get(teamId) ?? null };
    return { record: named, teamId };
  }

  private renameTeams(cached: CachedElection, names: ReadonlyMap<number, string>): void {
    for (const [rowId, old] of cached.current) {
      const renamed = this.entry(old.record, old.teamId, names);
      cached.current.set(rowId, renamed);
    }
    cached.records = null;
    cached.counted = null;
  }

  /** The election brought up to date with the rows written since it was last looked at. */
  private upToDate(electionId: number): CachedElection {
    const known = this.elections.get(electionId) ?? { lastRowId: 0, current: new Map(), teamNames: '[]', records: null, counted: null, papers: new Map() };
    const copying = this.store.inTransaction;
    const cached: CachedElection = copying ? { ...known, current: new Map(known.current), counted: known.counted && { layout: known.counted.layout, counter: known.counted.counter.clone() }, papers: new Map(known.papers) } : known;
    const names = new Map(this.store.teamNamesOfElection(electionId));
    const namesKey = JSON.stringify([...names]);
    if (namesKey !== cached.teamNames) {
      this.renameTeams(cached, names);
      cached.teamNames = namesKey;
    }
    const counter = cached.counted?.counter;
    for (const row of this.store.ballotRowsAfter(electionId, cached.lastRowId)) {
      const superseded = row.supersedes === null ? undefined : cached.current.get(row.supersedes);
      if (superseded) {
        cached.current.delete(row.supersedes as number);
        counter?.remove(superseded.record);
        addPapers(cached.papers, superseded.teamId, -superseded.record.count);
      }
      if (row.kind !== 'void') {
        const added = this.entry(ballotRecordOfRow(row), row.teamId, names);
        cached.current.set(row.id, added);
        counter?.add(added.record);
        addPapers(cached.papers, row.teamId, row.count);
      }
      cached.lastRowId = row.id;
      cached.records = null;
    }
    if (!copying) this.elections.set(electionId, cached);
    return cached;
  }

  current(electionId: number): CurrentBallots {
    const cached = this.upToDate(electionId);
    cached.records ??= Array.from(cached.current.values(), (e) => e.record);
    return { records: cached.records };
  }

  /**
   * The papers that count, per team, for the check at Enter (RULES R4.3). Inside a transaction the
   * rows written since the cache last looked are applied to a copy of these few figures only, not
   * of the 20,000 ballots: one Enter stays a few milliseconds. Null when the election was never
   * read outside a transaction (the caller then asks the database).
   */
  papersByTeam(electionId: number): PapersByTeam | null {
    if (!this.store.inTransaction) return new Map(this.upToDate(electionId).papers);
    const known = this.elections.get(electionId);
    if (!known) return null;
    const papers = new Map(known.papers);
    const written = new Map<number, { teamId: number | null; count: number }>();
    for (const row of this.store.ballotRowsAfter(electionId, known.lastRowId)) {
      if (row.supersedes !== null) {
        const before = written.get(row.supersedes) ?? known.current.get(row.supersedes);
        if (before) addPapers(papers, before.teamId, -('record' in before ? before.record.count : before.count));
        written.delete(row.supersedes);
      }
      if (row.kind !== 'void') {
        written.set(row.id, { teamId: row.teamId, count: row.count });
        addPapers(papers, row.teamId, row.count);
      }
    }
    return papers;
  }

  currentBallots(electionId: number): BallotRecord[] {
    return this.current(electionId).records;
  }

  /** The ballots that count, counted for this ballot layout; counted afresh only when the layout changed. */
  counted(electionId: number, context: BallotContext): CountedBallots {
    const cached = this.upToDate(electionId);
    const layout = layoutKey(context);
    if (cached.counted?.layout !== layout) {
      const counter = new BallotCounter(context);
      for (const entry of cached.current.values()) counter.add(entry.record);
      cached.counted = { layout, counter };
    }
    return { counter: cached.counted.counter };
  }
}
