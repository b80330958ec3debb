import type { TeamTotal } from '../domain';
import type { AppErrorDetail } from '../result';
import { ballotFormat } from '../rules/ballot-format';
import { congressBase } from '../rules/base';
import { approvedBelowSeats } from '../validation/fields';
import { paperList } from '../rules/paper-list';
import { checkBallotEntry, checkTeamTotal, joinPath, listedCandidatesOf, type ListedCandidates } from '../validation/ballot-entry';
import { paperBound, stackBeyondBound, teamFigureBeyondBound, type PaperBound } from '../validation/paper-bounds';
import { PaperNumbering } from './paper-numbers';
import { checkRoundChains } from './round-chains';
import type { BallotEntry, CongressFile, ElectionInFile } from './schema';

/** The checks a schema cannot express: references, duplicates, the base (paths are JSON paths). */

export type AddDetail = (path: string, message: string) => void;

export function teamTotalFromFile(total: ElectionInFile['teamTotals'][number]): TeamTotal {
  return { team: total.team, returned: total.returned, valid: total.valid, invalid: total.invalid, votes: total.votes };
}

export function checkBase(file: Pick<CongressFile, 'congress'>, add: AddDetail): void {
  const base = congressBase(file.congress.summoned, file.congress.exclusions);
  if (base <= 0) add('congress.exclusions', `số cơ sở tính kết quả (triệu tập ${file.congress.summoned} trừ các trường hợp loại trừ) phải lớn hơn 0, đang là ${base}`);
}

/** What one election's ballots are checked against: its names, its format, the ballot ids seen. */
export class ElectionBallotChecks {
  readonly listed: ListedCandidates;
  private readonly format;
  private readonly ids = new Set<string>();
  private readonly numbers = new PaperNumbering();
  /** RULES R4 item 6: no stack larger than the ballots returned, or those summoned while returned is not declared. */
  private readonly bound: PaperBound;

  /** The numbers of the election's single-paper entries, kept only when its scan records name papers. */
  readonly papers: Set<number> | null;

  constructor(election: Pick<ElectionInFile, 'candidates' | 'seats' | 'scans' | 'ballotsReturned'>, private readonly path: string, summoned: number) {
    this.bound = paperBound(election.ballotsReturned, summoned);
    this.papers = election.scans?.some((s) => s.number !== undefined) ? new Set() : null;
    this.listed = listedCandidatesOf(election.candidates);
    // RULES R1: the format of the paper as printed (names withdrawn after printing are on it).
    this.format = ballotFormat(paperList(election.candidates).length, election.seats);
  }

  check(entry: BallotEntry, index: number, add: AddDetail): void {
    if (entry.id !== undefined) {
      if (this.ids.has(entry.id)) add(`${this.path}.ballots[${index}].id`, `mã phiếu "${entry.id}" bị trùng`);
      this.ids.add(entry.id);
    }
    const numbered = this.numbers.take(entry);
    // An image is one paper: it can only be an entry of one paper.
    if ('number' in numbered && this.papers && entry.count === 1) this.papers.add(numbered.number);
    if ('overlaps' in numbered) add(`${this.path}.ballots[${index}].number`, `số phiếu ${numbered.overlaps} đã thuộc các tờ trước (số phiếu tăng dần, mỗi tờ một số: số nhỏ nhất còn lại là ${numbered.lowest})`);
    const stack = stackBeyondBound(entry.count, this.bound);
    if (stack) add(`${this.path}.ballots[${index}].count`, stack);
    const details = checkBallotEntry(entry, this.listed, this.format);
    for (const detail of details) add(joinPath(`${this.path}.ballots[${index}]`, detail.path), detail.message);
  }
}

/** An election's list and the round it continues (before its ballots). */
export function checkElectionHead(election: ElectionInFile, path: string, electionIds: ReadonlySet<string>, add: AddDetail): void {
  const approved = approvedBelowSeats(election.seats, election.approvedSeats);
  if (approved) add(`${path}.approvedSeats`, approved);
  const seen = new Set<string>();
  election.candidates.forEach((candidate, i) => {
    if (seen.has(candidate.id)) add(`${path}.candidates[${i}].id`, `mã ứng cử viên "${candidate.id}" bị trùng`);
    seen.add(candidate.id);
    if (candidate.onPaper === false && !candidate.withdrawn) add(`${path}.candidates[${i}].onPaper`, 'người chưa rút tên thì có tên trên phiếu bầu (onPaper chỉ dùng cho người đã rút)');
  });
  const printings = election.printings ?? [];
  printings.forEach((printing, i) => {
    if (i < printings.length - 1 && printing.replacedAt === undefined) add(`${path}.printings[${i}].replacedAt`, `lần in ${i + 1} đã có lần in sau: phải ghi lúc được thay (replacedAt)`);
  });
  if (election.continues != null) {
    if (election.continues === election.id) add(`${path}.continues`, 'một vòng bầu không thể tiếp nối chính nó');
    else if (!electionIds.has(election.continues)) add(`${path}.continues`, `không có cuộc bầu "${election.continues}"`);
  }
}

/** An election's team totals and shares (after its ballots). */
export function checkElectionTail(election: ElectionInFile, path: string, listed: ListedCandidates, papers: ReadonlySet<number> | null, summoned: number, add: AddDetail): void {
  const teams = new Set<string>();
  const bound = paperBound(election.ballotsReturned, summoned);
  election.teamTotals.forEach((total, i) => {
    if (teams.has(total.team)) add(`${path}.teamTotals[${i}].team`, `tổ "${total.team}" có hai bản tổng hợp`);
    teams.add(total.team);
    for (const field of ['returned', 'valid'] as const) {
      const beyond = teamFigureBeyondBound(total[field], bound);
      if (beyond) add(`${path}.teamTotals[${i}].${field}`, `tổ "${total.team}" báo ${beyond}`);
    }
    for (const detail of checkTeamTotal(total, listed, election.seats)) add(joinPath(`${path}.teamTotals[${i}]`, detail.path), detail.message);
  });
  const received = new Set<string>();
  (election.teamReceived ?? []).forEach((share, i) => {
    if (received.has(share.team)) add(`${path}.teamReceived[${i}].team`, `tổ "${share.team}" ghi số phiếu được giao hai lần`);
    received.add(share.team);
  });
  checkScanRecords(election, path, listed, papers ?? new Set(), add);
}

/** The scan records: each image once (by its hash), names of the list only, and an image counted names a paper of the election (none other does). */
function checkScanRecords(election: ElectionInFile, path: string, listed: ListedCandidates, papers: ReadonlySet<number>, add: AddDetail): void {
  const hashes = new Set<string>();
  const all = new Set((election.scans ?? []).map((s) => s.sha256));
  (election.scans ?? []).forEach((scan, i) => {
    const at = `${path}.scans[${i}]`;
    if (hashes.has(scan.sha256)) add(`${at}.sha256`, `ảnh có mã ${scan.sha256.slice(0, 12)}… được ghi hai lần`);
    hashes.add(scan.sha256);
    const named = [...(scan.struck ?? []).map((id, j) => [`struck[${j}]`, id]), ...Object.keys(scan.marks ?? {}).map((id) => [`marks.${id}`, id]), ...scan.uncertain.map((id, j) => [`uncertain[${j}]`, id])];
    for (const [where, id] of named) if (!listed.has(id as string)) add(`${at}.${where}`, `không có ứng cử viên "${id}"`);
    const counts = scan.decision === 'counted' || scan.decision === 'confirmed';
    if (counts && scan.number === undefined) add(`${at}.number`, `ảnh đã được tính ("${scan.decision}") phải ghi số của phiếu`);
    else if (counts && !papers.has(scan.number as number)) add(`${at}.number`, `không có phiếu số ${scan.number} (một tờ) trong cuộc bầu`);
    else if (!counts && scan.number !== undefined) add(`${at}.number`, `ảnh không được tính ("${scan.decision}") không có số phiếu`);
    if (scan.sameAs !== undefined && (scan.sameAs === scan.sha256 || !all.has(scan.sameAs))) add(`${at}.sameAs`, `không có ảnh nào khác có mã ${scan.sameAs.slice(0, 12)}… trong cuộc bầu`);
    if (scan.samePaper !== undefined && scan.sameAs === undefined) add(`${at}.samePaper`, 'chỉ ghi câu trả lời "cùng một tờ phiếu?" cho ảnh gần trùng với một ảnh khác (sameAs)');
  });
}

/**
 * Every check of a whole file, in the order a reader meets the places. A reader that checked the
 * ballots as they went by (they are not kept in `file` then) passes what it found, per election.
 */
export function checkCongressFile(file: CongressFile, ballotsChecked?: ReadonlyMap<number, readonly AppErrorDetail[]>, papersChecked?: ReadonlyMap<number, ReadonlySet<number> | null>): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  const add: AddDetail = (path, message) => {
    details.push({ path, message });
  };
  checkBase(file, add);
  const electionIds = new Set(file.elections.map((e) => e.id));
  const seen = new Set<string>();
  file.elections.forEach((election, i) => {
    const path = `elections[${i}]`;
    if (seen.has(election.id)) add(`${path}.id`, `mã cuộc bầu "${election.id}" bị trùng`);
    seen.add(election.id);
    checkElectionHead(election, path, electionIds, add);
    const ballots = new ElectionBallotChecks(election, path, file.congress.summoned);
    if (ballotsChecked) details.push(...(ballotsChecked.get(i) ?? []));
    else election.ballots.forEach((entry, j) => ballots.check(entry, j, add));
    checkElectionTail(election, path, ballots.listed, ballotsChecked ? (papersChecked?.get(i) ?? null) : ballots.papers, file.congress.summoned, add);
  });
  checkRoundChains(file.elections, add);
  return details;
}
