import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile } from '../../shared/congress-file/schema';
import { electionTallyInputFromFile } from '../../shared/congress-file/tally';
import { tallyElection, type ElectionTally } from '../../shared/rules/tally';
import { ballotEntries, type BallotEntryJson } from './ballot-entries';
import { compareTotals, type TotalsCheck } from './compare-totals';
import type { CongressDraft, ElectionDraft } from './drafts';
import { problem, type ImportProblem } from './problems';
import { placeName } from './view';
import { teamTotal, type TeamTotalJson } from './team-totals';

/** What became of one election draft. */
export interface BuiltElection {
  draft: ElectionDraft;
  ids: string[];
  ballots: number;
  teamTotals: number;
  tally: ElectionTally | null;
  totals: TotalsCheck[];
}

function candidateIds(count: number): string[] {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => `c${String(i + 1).padStart(width, '0')}`);
}

function electionJson(draft: ElectionDraft, ids: string[], problems: ImportProblem[]) {
  const { block } = draft;
  const seats = draft.seats.value as number;
  const ballots: BallotEntryJson[] = block.kind === 'ballots' && draft.meaning.value !== null ? ballotEntries(block.ballots, ids, draft.meaning.value, seats, problems) : [];
  const teamTotals = block.teams.map((t) => teamTotal(t, ids, problems, block.sheet)).filter((t): t is TeamTotalJson => t !== null);
  const issued = block.teams.length > 0 && block.teams.every((t) => t.figures.issued !== undefined) ? block.teams.reduce((n, t) => n + (t.figures.issued ?? 0), 0) : null;
  return {
    id: draft.id,
    office: draft.office.value,
    title: draft.title.value,
    seats,
    ballotsIssued: issued,
    candidates: block.candidates.map((c, i) => {
      const details = draft.details[i] ?? {};
      return { id: ids[i] as string, name: c.name, ...details };
    }),
    ballots,
    teamTotals,
  };
}

/** `elections[0].teamTotals[1].votes.c03` → the place in the workbook the value came from. */
function placeOfPath(path: string, included: readonly ElectionDraft[]): { place: string; line?: { sheet: string; line: string } } {
  const match = /^elections\[(\d+)\](?:\.(ballots|teamTotals)\[(\d+)\](?:\.votes\.(c\d+))?)?/.exec(path);
  const draft = match ? included[Number(match[1])] : undefined;
  if (!draft || !match) return { place: 'Bảng tính' };
  const { block } = draft;
  const team = match[2] === 'teamTotals' ? block.teams[Number(match[3])] : undefined;
  const at = team ?? (match[2] === 'ballots' ? block.ballots[Number(match[3])] : undefined);
  if (!at) return { place: block.headerPlace };
  const line = { sheet: block.sheet, line: at.ref };
  const voteCell = team && match[4] ? team.voteCells[Number(match[4].slice(1)) - 1] : undefined;
  return { place: voteCell ? placeName(block.sheet, voteCell) : at.place, line };
}

/** `congress.summoned` → where the workbook (or an option) stated it, and what it is. */
function placeOfCongressField(path: string, congress: CongressDraft): { place: string; line?: undefined } {
  if (path === 'congress.summoned') return { place: `Số được triệu tập (${congress.summoned.source})` };
  if (path === 'congress.present') return { place: 'Số có mặt' };
  return { place: 'Bảng tính' };
}

/**
 * The congress file of what was understood, when everything needed is known: each included
 * election with its candidates, ballots and team totals, checked by the same reader every congress
 * file goes through (a value no file may hold is refused, naming its place in the workbook), then
 * counted by the one tally to compare with the totals the workbook saved.
 */
export function buildCongress(drafts: readonly ElectionDraft[], congress: CongressDraft, problems: ImportProblem[]): { file: CongressFile | null; built: BuiltElection[] } {
  const built: BuiltElection[] = [];
  const included = drafts.filter((d) => d.include);
  const answered = included.every((d) => d.seats.value !== null && (d.block.kind !== 'ballots' || d.meaning.value !== null));
  const elections = included.map((draft) => {
    const ids = candidateIds(draft.block.candidates.length);
    const entry: BuiltElection = { draft, ids, ballots: draft.block.ballots.length, teamTotals: draft.block.teams.length, tally: null, totals: [] };
    built.push(entry);
    return draft.seats.value === null || (draft.block.kind === 'ballots' && draft.meaning.value === null) ? null : electionJson(draft, ids, problems);
  });
  const counted = (draft: ElectionDraft) => {
    if (draft.block.kind !== 'ballots') return null;
    const marks = draft.block.candidates.map(() => 0);
    for (const ballot of draft.block.ballots) for (let i = 0; i < marks.length; i++) if (ballot.marks[i] !== null) marks[i] = (marks[i] as number) + 1;
    return { lines: draft.block.ballots.length, marks };
  };
  const compareAll = (tallies: (ElectionTally | null)[]) => {
    built.forEach((b, i) => {
      b.tally = tallies[i] ?? null;
      b.totals = compareTotals(b.draft.block, counted(b.draft), b.draft.meaning.value, b.tally, b.ids, problems);
    });
  };
  if (!answered || congress.summoned.value === null || included.length === 0) {
    compareAll([]);
    return { file: null, built };
  }
  const json = {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: congress.name.value,
      ...(congress.organization ? { organization: congress.organization } : {}),
      ...(congress.term ? { term: congress.term } : {}),
      ...(congress.date ? { date: congress.date } : {}),
      kind: congress.kind.value,
      summoned: congress.summoned.value,
      present: congress.present,
    },
    elections,
  };
  const read = readCongressFile(json);
  if (!read.ok) {
    for (const detail of read.error.details ?? [{ path: read.error.path ?? '', message: read.error.message }]) {
      const { place, line } = detail.path.startsWith('congress.') ? placeOfCongressField(detail.path, congress) : placeOfPath(detail.path, included);
      problems.push(problem('error', 'NOT_A_VALID_CONGRESS', place, detail.message, line));
    }
    compareAll([]);
    return { file: null, built };
  }
  compareAll(read.value.elections.map((e) => tallyElection(electionTallyInputFromFile(read.value.congress, e))));
  return { file: read.value, built };
}
