import { teamTotalFromFile } from '../congress-file/read';
import { frozenElection } from '../congress-file/frozen';
import { ERROR_CODES } from '../api/errors';
import { PaperNumbering } from '../congress-file/paper-numbers';
import type { BallotEntry, CongressFile, ElectionInFile, ScanRecord } from '../congress-file/schema';
import { paperBound } from '../validation/paper-bounds';
import type { MergePlan } from './plan';
import type { MergeTarget, MergeTargetElection } from './target';


/**
 * Why a merge takes nothing into an election (congress-file/frozen.ts), but for a voided round:
 * the first file's own ballots of that round come back through the merge as every file's do.
 */
function mergeFrozen(election: ElectionInFile, file: CongressFile): string | null {
  const frozen = frozenElection(election, file);
  return frozen && frozen.code !== ERROR_CODES.roundVoided ? frozen.reason : null;
}

/** The paper number of each single-paper entry with an id, as the file reads them. */
function singlePapers(election: ElectionInFile): { idOf: Map<number, string>; numberOf: Map<string, number> } {
  const numbering = new PaperNumbering();
  const idOf = new Map<number, string>();
  const numberOf = new Map<string, number>();
  for (const entry of election.ballots) {
    const taken = numbering.take(entry);
    if (!('number' in taken) || entry.count !== 1 || entry.id === undefined) continue;
    idOf.set(taken.number, entry.id);
    numberOf.set(entry.id, taken.number);
  }
  return { idOf, numberOf };
}

/**
 * The scan records of the first file's election carried into the merged one: the paper number
 * of each counted image follows its ballot (by the ballot's id) to its number in the merged file.
 */
export function carryScanRecords(from: ElectionInFile, into: ElectionInFile): ScanRecord[] | undefined {
  if (!from.scans?.length) return undefined;
  const before = singlePapers(from).idOf;
  const after = singlePapers(into).numberOf;
  return from.scans.map((scan) => {
    const id = scan.number === undefined ? undefined : before.get(scan.number);
    const number = id === undefined ? undefined : after.get(id);
    return number === undefined ? scan : { ...scan, number };
  });
}

/** A congress file as the target of a merge (what `kiem-phieu merge` writes). */
export function targetFromFile(file: CongressFile): MergeTarget {
  const elections = new Map<string, MergeTargetElection>();
  for (const e of file.elections) {
    elections.set(e.id, {
      key: e.id, title: e.title ?? '', seats: e.seats, candidates: e.candidates.map((c) => ({ id: c.id, withdrawn: c.withdrawn, ...(c.withdrawn && c.onPaper === true ? { onPaper: true } : {}) })), bound: paperBound(e.ballotsReturned, file.congress.summoned), frozen: mergeFrozen(e, file),
      ballots: new Map(e.ballots.flatMap((b) => (b.id === undefined ? [] : [[b.id, { team: b.team ?? null, content: b }] as const]))),
      teamTotals: new Map(e.teamTotals.map((t) => [t.team, teamTotalFromFile(t)])),
      teamReceived: new Map((e.teamReceived ?? []).map((r) => [r.team, r.received])),
    });
  }
  const { name, kind, summoned, exclusions } = file.congress;
  return { congress: { name, kind, summoned, exclusions, identity: null }, elections, claims: new Map(), merged: new Map() };
}

/** The congress of a file with nothing counted yet: its elections and lists, no ballots, team figures, scans or second looks (and no lock, which sealed them). */
export function withoutCountedData(file: CongressFile): CongressFile {
  return { ...file, elections: file.elections.map(({ lock: _lock, scans: _scans, scanChecks: _checks, ...e }) => ({ ...e, ballots: [], teamTotals: [], teamReceived: [] })) };
}

/**
 * The file with a plan merged: new ballots appended, corrections in place, missing ballots taken
 * out. Paper numbers are this file's: a package's own numbers are left behind, new ballots take the
 * next free ones, a correction keeps the numbers of the ballot it corrects (or, holding another
 * number of papers, moves to the end and takes new ones).
 */
export function applyPlanToFile(file: CongressFile, plan: MergePlan): CongressFile {
  const byKey = new Map(plan.elections.map((e) => [e.key, e]));
  return {
    ...file,
    elections: file.elections.map((election) => {
      const p = byKey.get(election.id);
      if (!p) return election;
      const corrected = new Map(p.corrections.map((c) => [c.id, c.entry]));
      const missing = new Set(p.missing);
      const moved: BallotEntry[] = [];
      const ballots = election.ballots.flatMap((b) => {
        const correction = b.id === undefined ? undefined : corrected.get(b.id);
        if (b.id !== undefined && missing.has(b.id)) return [];
        if (correction === undefined) return [b];
        const { number: _theirs, ...entry } = correction;
        if (correction.count !== b.count) return (moved.push(entry), []);
        return [b.number === undefined ? entry : { ...entry, number: b.number }];
      });
      const added = p.add.map(({ number: _theirs, ...entry }) => entry);
      const totals = new Map(election.teamTotals.map((t) => [t.team, t]));
      for (const { total } of p.teamTotals) totals.set(total.team, total);
      const received = new Map((election.teamReceived ?? []).map((r) => [r.team, r]));
      for (const share of p.teamReceived) received.set(share.team, { team: share.team, received: share.received });
      return { ...election, ballots: [...ballots, ...moved, ...added], teamTotals: [...totals.values()], teamReceived: [...received.values()] };
    }),
  };
}
