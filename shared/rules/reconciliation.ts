import type { TeamTotal } from '../domain';
import type { ElectionCount, TeamCount } from './count';
import { problem, type Problem } from './problems';

export interface DeclaredFigures {
  /** Phiếu phát ra. */
  issued: number | null;
  /** Phiếu thu vào, when declared. */
  returned: number | null;
  /** Voters present at the time of voting, when known. */
  present: number | null;
}

/** INTERCHANGE.md: the declared `ballotsReturned`, else what was entered plus what teams reported. */
export function returnedBallots(count: ElectionCount, declared: DeclaredFigures): number {
  return declared.returned ?? count.counted;
}

function teamName(team: TeamCount): string {
  return team.team ?? '(không ghi tổ)';
}

/** "Tổ 1" as it is, "T2" as "Tổ T2": teams are usually named "Tổ …" already. */
function teamTitle(name: string): string {
  return /^tổ\s/iu.test(name) ? name : `Tổ ${name}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** RULES R4.1 for a team's hand-counted totals: returned = valid + invalid (blocking). */
export function teamReturnedMismatch(name: string, reported: Pick<TeamTotal, 'returned' | 'valid' | 'invalid'>): Problem | null {
  const reportedInvalid = sum(Object.values(reported.invalid).map((n) => n ?? 0));
  if (reported.returned === reported.valid + reportedInvalid) return null;
  return problem('TEAM_RETURNED_NE_VALID_PLUS_INVALID', 'error', `${teamTitle(name)}: số phiếu thu vào (${reported.returned}) khác số phiếu hợp lệ cộng không hợp lệ (${reported.valid} + ${reportedInvalid})`, name);
}

/** RULES R4.5: the checks of a team that reported totals counted by hand. */
function checkReportedTeam(team: TeamCount, seats: number): Problem[] {
  const reported = team.reported;
  if (reported === null) return [];
  const problems: Problem[] = [];
  const name = teamName(team);
  if (team.entered > 0) {
    problems.push(problem('TEAM_BALLOTS_AND_TOTALS', 'error', `${teamTitle(name)} vừa có phiếu nhập từng tờ vừa có số tổng hợp: phiếu sẽ bị tính hai lần`, name));
  }
  const mismatch = teamReturnedMismatch(name, reported);
  if (mismatch) problems.push(mismatch);
  const teamVotes = Object.values(reported.votes);
  if (teamVotes.some((v) => v > reported.valid)) {
    problems.push(problem('TEAM_VOTES_GT_VALID', 'error', `${teamTitle(name)}: có người được nhiều phiếu hơn số phiếu hợp lệ của tổ (${reported.valid})`, name));
  }
  if (sum(teamVotes) > seats * reported.valid) {
    problems.push(problem('TEAM_VOTES_SUM_GT_SEATS_TIMES_VALID', 'error', `${teamTitle(name)}: tổng số phiếu bầu (${sum(teamVotes)}) vượt quá số cần bầu × số phiếu hợp lệ (${seats} × ${reported.valid})`, name));
  }
  return problems;
}

/**
 * RULES R4.5 with the ballots handed to each team: once any team's share is declared, each team
 * must have counted exactly its share, every team that counted must have a declared share, and
 * the shares must add up to the ballots returned. A team whose box has not come in yet (from its
 * station, or typed here) keeps the lock blocked.
 */
function checkTeamShares(count: ElectionCount, declared: DeclaredFigures): Problem[] {
  const declaredTeams = count.teams.filter((t) => t.received !== null);
  if (declaredTeams.length === 0) return [];
  const problems: Problem[] = [];
  for (const team of count.teams) {
    const name = teamName(team);
    if (team.received === null) {
      if (team.returned > 0) problems.push(problem('TEAM_RECEIVED_NOT_DECLARED', 'warning', team.team === null ? `Có ${team.returned} phiếu không thuộc tổ nào, trong khi các tổ đã ghi số phiếu nhận` : `${teamTitle(name)} chưa ghi số phiếu được giao`, name));
    } else if (team.returned !== team.received) {
      problems.push(problem('TEAM_RETURNED_NE_RECEIVED', 'error', `${teamTitle(name)} được giao ${team.received} phiếu nhưng đã nhập hoặc báo cáo ${team.returned} phiếu`, name));
    }
  }
  const shares = sum(declaredTeams.map((t) => t.received as number));
  if (declared.returned !== null && shares !== declared.returned) {
    problems.push(problem('TEAMS_RECEIVED_NE_RETURNED', 'error', `Tổng số phiếu giao cho các tổ (${shares}) khác số phiếu thu vào (${declared.returned})`));
  }
  return problems;
}

/** RULES R4 checks 1–5. Errors block the lock. */
export function reconcile(count: ElectionCount, declared: DeclaredFigures, seats: number): Problem[] {
  const problems: Problem[] = [];
  const returned = returnedBallots(count, declared);

  if (declared.returned !== null && count.counted !== declared.returned) {
    problems.push(problem('ENTERED_NE_RETURNED', 'error', `Đã nhập ${count.counted} phiếu nhưng số phiếu thu vào là ${declared.returned}`));
  } else if (returned !== count.valid + count.invalid) {
    problems.push(problem('RETURNED_NE_VALID_PLUS_INVALID', 'error', `Số phiếu thu vào (${returned}) khác số phiếu hợp lệ cộng không hợp lệ (${count.valid} + ${count.invalid})`));
  }
  if (declared.issued !== null && returned > declared.issued) {
    problems.push(problem('RETURNED_GT_ISSUED', 'error', `Số phiếu thu vào (${returned}) lớn hơn số phiếu phát ra (${declared.issued})`));
  }
  if (declared.issued !== null && declared.present !== null && declared.issued > declared.present) {
    problems.push(problem('ISSUED_GT_PRESENT', 'warning', `Số phiếu phát ra (${declared.issued}) lớn hơn số người có mặt lúc bầu cử (${declared.present})`));
  }
  if (declared.issued === null) {
    problems.push(problem('ISSUED_NOT_DECLARED', 'warning', 'Chưa nhập số phiếu phát ra'));
  }
  if (count.counted === 0 && declared.returned === null) {
    problems.push(problem('NO_BALLOTS', 'warning', 'Chưa có phiếu nào được nhập'));
  }
  if (count.votes.some((v) => v > count.valid)) {
    problems.push(problem('VOTES_GT_VALID', 'error', `Có người được nhiều phiếu hơn số phiếu hợp lệ (${count.valid})`));
  }
  if (sum(count.votes) > seats * count.valid) {
    problems.push(problem('VOTES_SUM_GT_SEATS_TIMES_VALID', 'error', `Tổng số phiếu bầu (${sum(count.votes)}) vượt quá số cần bầu × số phiếu hợp lệ (${seats} × ${count.valid})`));
  }
  for (const team of count.teams) problems.push(...checkReportedTeam(team, seats));
  problems.push(...checkTeamShares(count, declared));
  return problems;
}
