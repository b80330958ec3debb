import { teamTotalFromFile } from '../congress-file/read';
import type { BallotEntry, CongressFile, ElectionInFile } from '../congress-file/schema';
import type { MergePlan } from './plan';
import type { MergeTarget, MergeTargetElection } from './target';

function frozenReason(election: ElectionInFile, file: CongressFile): string | null {
  if (election.status === 'locked') return 'cuộc bầu đã chốt kết quả';
  if (election.status === 'paused') return 'cuộc bầu đang tạm dừng';
  if (file.elections.some((e) => e.continues === election.id && e.voided === undefined)) return 'vòng bầu đã kết thúc';
  return null;
}

/** A congress file as the target of a merge (what `kiem-phieu merge` writes). */
export function targetFromFile(file: CongressFile): MergeTarget {
  const elections = new Map<string, MergeTargetElection>();
  for (const e of file.elections) {
    elections.set(e.id, {
      key: e.id, title: e.title ?? '', seats: e.seats, candidates: e.candidates.map((c) => ({ id: c.id, withdrawn: c.withdrawn })), frozen: frozenReason(e, file),
      ballots: new Map(e.ballots.flatMap((b) => (b.id === undefined ? [] : [[b.id, { team: b.team ?? null, content: b }] as const]))),
      teamTotals: new Map(e.teamTotals.map((t) => [t.team, teamTotalFromFile(t)])),
      teamReceived: new Map((e.teamReceived ?? []).map((r) => [r.team, r.received])),
    });
  }
  return { elections, claims: new Map(), merged: new Map() };
}

/** The congress of a file with nothing counted yet: its elections and lists, no ballots or team figures (and no lock, which sealed them). */
export function withoutCountedData(file: CongressFile): CongressFile {
  return { ...file, elections: file.elections.map(({ lock: _lock, ...e }) => ({ ...e, ballots: [], teamTotals: [], teamReceived: [] })) };
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
