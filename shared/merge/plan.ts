import type { BallotEntry, CongressFile, ElectionInFile, TeamTotalInFile } from '../congress-file/schema';
import { teamTotalFromFile } from '../congress-file/read';
import type { TeamTotal } from '../domain';
import { canonicalJson } from '../packages/canonical-json';
import type { Severity } from '../rules/problems';
import { ballotContentKey } from './ballot-key';
import { congressDifferences } from './congress-match';
import { stackBeyondBound, teamFigureBeyondBound } from '../validation/paper-bounds';
import type { MergeTarget, MergeTargetElection } from './target';

/** Where a congress file to merge comes from: a station package (its team and station) or a plain file. */
export interface MergeSource {
  label: string;
  /** The team whose box the package holds; null for a plain congress file. */
  team: string | null;
  station: { id: string; name: string } | null;
  createdAt: string | null;
  /** The congress identity a package carries (checked by its signature); absent or null for a plain file. */
  identity?: string | null;
}

export interface MergeOptions {
  /**
   * Apply what the team's station changed since its last package: ballots corrected or voided
   * there, changed totals. Without it those differences block the merge, to be looked at first.
   */
  acceptCorrections: boolean;
}

export type FigureStatus = 'new' | 'same' | 'changed';

export interface MergeProblem {
  code: string;
  severity: Severity;
  message: string;
  /** The election (file id) it concerns, when one. */
  election?: string;
}

export interface ElectionMergePlan {
  key: string;
  title: string;
  /** Ballots not here yet, as the file gives them. */
  add: BallotEntry[];
  /** Ballots here already with the same content: not counted again. */
  present: number;
  /** The same ballot id with other content, from the same team (a correction at the station). */
  corrections: { id: string; entry: BallotEntry }[];
  /** The same ballot id under another team: two teams claim the same ballot. */
  claimed: { id: string; here: string | null; there: string | null }[];
  /** Ballots of the package's team here that the package no longer has (voided at the station). */
  missing: string[];
  /** Ballots without an id (plain files only): always new, so a second merge would count them again. */
  withoutId: number;
  teamTotals: { total: TeamTotalInFile; status: FigureStatus }[];
  teamReceived: { team: string; received: number; status: FigureStatus }[];
}

export interface MergePlan {
  source: MergeSource;
  elections: ElectionMergePlan[];
  problems: MergeProblem[];
  /** An error among the problems: nothing of this file may be merged. */
  blocked: boolean;
  counts: { add: number; present: number; corrections: number; claimed: number; missing: number };
}

const SHOWN = 5;

function listOf(ids: readonly string[]): string {
  return `${ids.slice(0, SHOWN).map((id) => `"${id}"`).join(', ')}${ids.length > SHOWN ? ` và ${ids.length - SHOWN} phiếu khác` : ''}`;
}

function teamLabel(team: string | null): string {
  return team === null ? '(không theo tổ)' : team;
}

function sameTotal(a: TeamTotal, b: TeamTotal): boolean {
  return canonicalJson({ ...a, team: '' }) === canonicalJson({ ...b, team: '' });
}

function hasContent(election: ElectionInFile): boolean {
  return election.ballots.length > 0 || election.teamTotals.length > 0 || (election.teamReceived?.length ?? 0) > 0;
}

/** The lists must be the same: ballots name candidates by id, and the format follows seats and list. */
function listDifference(here: MergeTargetElection, there: ElectionInFile): string | null {
  if (here.seats !== there.seats) return `số lượng cần bầu khác nhau (ở đây ${here.seats}, trong gói ${there.seats})`;
  // A name withdrawn after printing is on the paper (RULES R1), one withdrawn before is not: two different papers.
  const listed = (c: { id: string; withdrawn: boolean; onPaper?: boolean | undefined }) => `${c.id}${!c.withdrawn ? '' : c.onPaper === true ? '~' : '-'}`;
  const a = here.candidates.map(listed).join(' ');
  const b = there.candidates.map(listed).join(' ');
  return a === b ? null : 'danh sách bầu cử khác nhau (mã, thứ tự hoặc người rút tên)';
}

function planElection(here: MergeTargetElection, there: ElectionInFile, source: MergeSource, options: MergeOptions, add: (p: MergeProblem) => void): ElectionMergePlan {
  const plan: ElectionMergePlan = { key: here.key, title: here.title || there.title || here.key, add: [], present: 0, corrections: [], claimed: [], missing: [], withoutId: 0, teamTotals: [], teamReceived: [] };
  const problem = (code: string, severity: Severity, message: string) => add({ code, severity, message: `${plan.title}: ${message}`, election: here.key });
  const seen = new Set<string>();
  const foreignTeams = new Set<string>();

  for (const entry of there.ballots) {
    const team = entry.team ?? null;
    if (source.team !== null && team !== source.team) foreignTeams.add(teamLabel(team));
    if (entry.id === undefined) {
      plan.withoutId++;
      plan.add.push(entry);
      continue;
    }
    seen.add(entry.id);
    const existing = here.ballots.get(entry.id);
    if (existing === undefined) plan.add.push(entry);
    else if (existing.team !== team) plan.claimed.push({ id: entry.id, here: existing.team, there: team });
    else if (existing.content !== null && ballotContentKey(existing.content) === ballotContentKey(entry)) plan.present++;
    else plan.corrections.push({ id: entry.id, entry });
  }
  if (source.team !== null) {
    for (const [id, ballot] of here.ballots) if (ballot.team === source.team && ballot.content !== null && !seen.has(id)) plan.missing.push(id);
  }

  for (const total of there.teamTotals) {
    if (source.team !== null && total.team !== source.team) foreignTeams.add(total.team);
    const existing = here.teamTotals.get(total.team);
    plan.teamTotals.push({ total, status: existing === undefined ? 'new' : sameTotal(existing, teamTotalFromFile(total)) ? 'same' : 'changed' });
  }
  for (const share of there.teamReceived ?? []) {
    if (source.team !== null && share.team !== source.team) foreignTeams.add(share.team);
    const existing = here.teamReceived.get(share.team);
    plan.teamReceived.push({ team: share.team, received: share.received, status: existing === undefined ? 'new' : existing === share.received ? 'same' : 'changed' });
  }

  // RULES R4 item 6 where the papers go: the file was checked against its own figures, which may declare fewer returned here.
  const beyondStacks = [...plan.add, ...plan.corrections.map((c) => c.entry)].filter((entry) => stackBeyondBound(entry.count, here.bound) !== null);
  const largest = beyondStacks.reduce<BallotEntry | null>((a, b) => (a === null || b.count > a.count ? b : a), null);
  if (largest) problem('BEYOND_RETURNED', 'error', `${beyondStacks.length} phiếu trong tệp (${listOf(beyondStacks.map((e) => e.id ?? '(không có mã)'))}) có ${stackBeyondBound(largest.count, here.bound)}`);
  for (const { total } of plan.teamTotals) {
    const beyond = teamFigureBeyondBound(Math.max(total.returned, total.valid), here.bound);
    if (beyond) problem('BEYOND_RETURNED', 'error', `${total.team} báo ${beyond}`);
  }
  if (foreignTeams.size > 0) problem('FOREIGN_TEAM_CONTENT', 'error', `gói của ${source.team} lại có số liệu của ${[...foreignTeams].join(', ')}`);
  if (plan.claimed.length > 0) {
    const first = plan.claimed[0] as ElectionMergePlan['claimed'][number];
    problem('BALLOT_CLAIMED', 'error', `${plan.claimed.length} phiếu đã có ở đây dưới tổ khác, hai tổ cùng nhận một phiếu (${listOf(plan.claimed.map((c) => c.id))}; ví dụ ở đây thuộc ${teamLabel(first.here)}, trong gói thuộc ${teamLabel(first.there)})`);
  }
  const correctionSeverity: Severity = options.acceptCorrections ? 'warning' : 'error';
  const howToAccept = options.acceptCorrections ? 'sẽ lấy theo gói' : 'chọn "nhận các sửa đổi của máy trạm" nếu đúng là máy trạm đã sửa';
  if (plan.corrections.length > 0) problem('BALLOT_CHANGED', correctionSeverity, `${plan.corrections.length} phiếu đã có ở đây nhưng nội dung khác trong gói (${listOf(plan.corrections.map((c) => c.id))}): ${howToAccept}`);
  if (plan.missing.length > 0) problem('BALLOTS_MISSING', correctionSeverity, `${plan.missing.length} phiếu của ${source.team} có ở đây nhưng gói không còn (${listOf(plan.missing)}), đã hủy ở máy trạm hoặc được nhập thẳng ở đây: ${options.acceptCorrections ? 'sẽ hủy ở đây' : howToAccept}`);
  for (const { total, status } of plan.teamTotals) if (status === 'changed') problem('TOTALS_CHANGED', correctionSeverity, `số tổng hợp của ${total.team} khác số đã gộp trước: ${howToAccept}`);
  for (const share of plan.teamReceived) if (share.status === 'changed') problem('RECEIVED_CHANGED', correctionSeverity, `số phiếu giao cho ${share.team} khác số đã có (${here.teamReceived.get(share.team)} → ${share.received}): ${howToAccept}`);
  if (plan.withoutId > 0) problem('BALLOTS_WITHOUT_ID', 'warning', `${plan.withoutId} phiếu không có mã: luôn được tính là phiếu mới, gộp lại lần nữa sẽ bị tính hai lần`);

  const changes = plan.add.length + plan.corrections.length + plan.missing.length + plan.teamTotals.filter((t) => t.status !== 'same').length + plan.teamReceived.filter((r) => r.status !== 'same').length;
  if (here.frozen !== null && changes > 0) problem('ELECTION_FROZEN', 'error', `${here.frozen}: không gộp thêm được`);
  return plan;
}

/**
 * What merging a congress file would do, without doing it: per election the ballots new, already
 * here (same id, same content: not counted again), changed, claimed by two teams, missing, and
 * the team figures; and at the level of the package, a team's box claimed by two stations or an
 * older package of the team. RULES R4.5 and INTERCHANGE.md ("ballot ids make merging idempotent").
 */
export function planMerge(target: MergeTarget, file: CongressFile, source: MergeSource, options: MergeOptions): MergePlan {
  const problems: MergeProblem[] = [];
  const add = (p: MergeProblem) => problems.push(p);
  const differences = target.congress ? congressDifferences(target.congress, file.congress, source.identity ?? null) : [];
  if (differences.length > 0) {
    // Nothing of another congress is merged: its elections' ids may match ours by chance only.
    const refused: MergePlan = { source, elections: [], problems: [{ code: 'CONGRESS_DIFFERS', severity: 'error', message: `tệp của một đại hội khác: ${differences.join('; ')}` }], blocked: true, counts: { add: 0, present: 0, corrections: 0, claimed: 0, missing: 0 } };
    return refused;
  }
  if (source.team !== null && source.station !== null) {
    const claim = target.claims.get(source.team);
    if (claim && claim.stationId !== source.station.id) {
      add({ code: 'STATION_CLAIM', severity: 'error', message: `${source.team} đã được gộp từ máy "${claim.stationName}" (gói "${claim.label}"), gói này từ máy "${source.station.name}": hai máy cùng nhận hòm phiếu của một tổ` });
    } else if (claim && source.createdAt !== null && source.createdAt < claim.createdAt) {
      add({ code: 'STALE_PACKAGE', severity: 'error', message: `gói lập lúc ${source.createdAt}, cũ hơn gói của ${source.team} đã gộp ("${claim.label}", lập lúc ${claim.createdAt}): không gộp gói cũ` });
    }
  }
  const elections: ElectionMergePlan[] = [];
  for (const there of file.elections) {
    const here = target.elections.get(there.id);
    if (here === undefined) {
      if (hasContent(there)) add({ code: 'ELECTION_UNKNOWN', severity: 'error', message: `cuộc bầu "${there.title ?? there.id}" (mã ${there.id}) không có ở đây`, election: there.id });
      continue;
    }
    const difference = listDifference(here, there);
    if (difference !== null) {
      if (hasContent(there)) add({ code: 'LIST_DIFFERS', severity: 'error', message: `${here.title || there.id}: ${difference}`, election: there.id });
      continue;
    }
    elections.push(planElection(here, there, source, options, add));
  }
  const counts = { add: 0, present: 0, corrections: 0, claimed: 0, missing: 0 };
  for (const e of elections) {
    counts.add += e.add.length;
    counts.present += e.present;
    counts.corrections += e.corrections.length;
    counts.claimed += e.claimed.length;
    counts.missing += e.missing.length;
  }
  return { source, elections, problems, blocked: problems.some((p) => p.severity === 'error'), counts };
}

/**
 * Records a plan as merged in the target, so that the next file of the same run is planned
 * against it (two packages holding the same ballot are then found, too).
 */
export function applyPlanToTarget(target: MergeTarget, plan: MergePlan, sha256: string | null, mergedAt: string): void {
  for (const e of plan.elections) {
    const here = target.elections.get(e.key);
    if (!here) continue;
    for (const entry of e.add) if (entry.id !== undefined) here.ballots.set(entry.id, { team: entry.team ?? null, content: entry });
    for (const { id, entry } of e.corrections) here.ballots.set(id, { team: entry.team ?? null, content: entry });
    for (const id of e.missing) here.ballots.set(id, { team: here.ballots.get(id)?.team ?? null, content: null });
    for (const { total } of e.teamTotals) here.teamTotals.set(total.team, teamTotalFromFile(total));
    for (const share of e.teamReceived) here.teamReceived.set(share.team, share.received);
  }
  const { source } = plan;
  if (source.team !== null && source.station !== null) target.claims.set(source.team, { stationId: source.station.id, stationName: source.station.name, createdAt: source.createdAt ?? mergedAt, label: source.label });
  if (sha256 !== null) target.merged.set(sha256, { label: source.label, mergedAt });
}
