import type { TeamTotal } from '../domain';
import { err, ok, type AppErrorDetail, type Result } from '../result';
import { ballotFormat } from '../rules/ballot-format';
import { congressBase } from '../rules/base';
import { checkBallotEntry, checkTeamTotal, joinPath } from '../validation/ballot-entry';
import { issueDetails, validationError } from '../validation/issues';
import { CONGRESS_FORMAT, CONGRESS_VERSION, congressFileSchema, type CongressFile, type ElectionInFile } from './schema';

export const INVALID_CONGRESS_FILE = 'INVALID_CONGRESS_FILE';

export function teamTotalFromFile(total: ElectionInFile['teamTotals'][number]): TeamTotal {
  return { team: total.team, returned: total.returned, valid: total.valid, invalid: total.invalid, votes: total.votes };
}

type Add = (path: string, message: string) => void;

function checkElection(election: ElectionInFile, path: string, electionIds: ReadonlySet<string>, add: Add): void {
  const listed = new Map<string, boolean>();
  election.candidates.forEach((candidate, i) => {
    if (listed.has(candidate.id)) add(`${path}.candidates[${i}].id`, `mã ứng cử viên "${candidate.id}" bị trùng`);
    listed.set(candidate.id, !candidate.withdrawn);
  });
  if (election.continues != null) {
    if (election.continues === election.id) add(`${path}.continues`, 'một vòng bầu không thể tiếp nối chính nó');
    else if (!electionIds.has(election.continues)) add(`${path}.continues`, `không có cuộc bầu "${election.continues}"`);
  }
  const format = ballotFormat([...listed.values()].filter(Boolean).length, election.seats);
  const ballotIds = new Set<string>();
  election.ballots.forEach((entry, i) => {
    const ballotPath = `${path}.ballots[${i}]`;
    if (entry.id !== undefined) {
      if (ballotIds.has(entry.id)) add(`${ballotPath}.id`, `mã phiếu "${entry.id}" bị trùng`);
      ballotIds.add(entry.id);
    }
    for (const detail of checkBallotEntry(entry, listed, format)) add(joinPath(ballotPath, detail.path), detail.message);
  });
  const teams = new Set<string>();
  election.teamTotals.forEach((total, i) => {
    if (teams.has(total.team)) add(`${path}.teamTotals[${i}].team`, `tổ "${total.team}" có hai bản tổng hợp`);
    teams.add(total.team);
    for (const detail of checkTeamTotal(total, listed, election.seats)) add(joinPath(`${path}.teamTotals[${i}]`, detail.path), detail.message);
  });
  const received = new Set<string>();
  (election.teamReceived ?? []).forEach((share, i) => {
    if (received.has(share.team)) add(`${path}.teamReceived[${i}].team`, `tổ "${share.team}" ghi số phiếu được giao hai lần`);
    received.add(share.team);
  });
}

/** The checks a schema cannot express: references, duplicates, the base. */
export function checkCongressFile(file: CongressFile): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  const add: Add = (path, message) => {
    details.push({ path, message });
  };
  const base = congressBase(file.congress.summoned, file.congress.exclusions);
  if (base <= 0) add('congress.exclusions', `số cơ sở tính kết quả (triệu tập ${file.congress.summoned} trừ các trường hợp loại trừ) phải lớn hơn 0, đang là ${base}`);
  const electionIds = new Set(file.elections.map((e) => e.id));
  const seen = new Set<string>();
  file.elections.forEach((election, i) => {
    if (seen.has(election.id)) add(`elections[${i}].id`, `mã cuộc bầu "${election.id}" bị trùng`);
    seen.add(election.id);
    checkElection(election, `elections[${i}]`, electionIds, add);
  });
  return details;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `không phải JSON hợp lệ (dòng ${line}, cột ${column})`;
  }
  return 'không phải JSON hợp lệ';
}

/**
 * Reads a congress file (the parsed JSON, or its text). Rejects it, naming the JSON path of every
 * problem, when anything is wrong; nothing downstream sees a half-valid file.
 */
export function readCongressFile(input: unknown): Result<CongressFile> {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return err(validationError(INVALID_CONGRESS_FILE, [{ path: '', message: describeJsonError(input, error) }]));
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return err(validationError(INVALID_CONGRESS_FILE, [{ path: '', message: 'tệp đại hội phải là một đối tượng JSON' }]));
  }
  const header = json as { format?: unknown; version?: unknown };
  if (header.format !== CONGRESS_FORMAT) {
    return err(validationError(INVALID_CONGRESS_FILE, [{ path: 'format', message: `không phải tệp đại hội (cần "${CONGRESS_FORMAT}", đang là ${JSON.stringify(header.format ?? null)})` }]));
  }
  if (header.version !== CONGRESS_VERSION) {
    return err(validationError(INVALID_CONGRESS_FILE, [{ path: 'version', message: `phiên bản ${JSON.stringify(header.version ?? null)} chưa được hỗ trợ (chương trình đọc phiên bản ${CONGRESS_VERSION})` }]));
  }
  const parsed = congressFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return err(validationError(INVALID_CONGRESS_FILE, issueDetails(parsed.error.issues)));
  const details = checkCongressFile(parsed.data);
  if (details.length > 0) return err(validationError(INVALID_CONGRESS_FILE, details));
  return ok(parsed.data);
}
