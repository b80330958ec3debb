import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { finalResultsOfFile } from '../../../shared/congress-file/final';
import { electionTallyInputFromFile } from '../../../shared/congress-file/tally';
import { OFFICE_LABELS } from '../../../shared/domain';
import { buildMinutesModel } from '../../../shared/minutes/build';
import { assemblyWords } from '../../../shared/minutes/wording';
import { earlierRoundsOf } from '../../../shared/minutes/earlier-rounds';
import { congressFileName } from '../../../shared/minutes/file-name';
import { electionForMinutes } from '../../../shared/minutes/model';
import { congressBase } from '../../../shared/rules/base';
import { tallyElection } from '../../../shared/rules/tally';
import { ballotSheet, candidateSheet, teamSheet, type PaperNotCounted } from './election-sheets';
import { COMMITTEE_HEADER, CONGRESS_LABELS, ELECTION_COLUMNS, EXCLUSIONS_HEADER, HIDDEN_ELECTION_COLUMNS, INFO_SHEET, KIND_LABELS, NO, STATUS_LABELS, WORKBOOK_MARKER, YES } from './layout';
import { finalSheet } from './final-sheet';
import { minutesSheet } from './minutes-sheet';
import { resultsSheet } from './result-sheets';
import { ERROR_CODES } from '../../../shared/api/errors';
import { groupedNumber, MAX_WORKBOOK_PAPERS } from '../../../shared/limits';
import { fail, ok, type Result } from '../../../shared/result';
import { BODY, BOLD, BOX, CENTER, ITALIC, SheetWriter, TITLE, cellRef, formula, addSheet, printArea } from './sheet-writer';
import { checkSeal } from '../../../shared/seal/check';

/** The lock the minutes sheet may call official: one whose seal still holds (docs/seal.md); else the sheet is a draft. */
function sealedLock(file: CongressFile, election: CongressFile['elections'][number]) {
  return election.lock && checkSeal(file.congress, election, election.lock).state === 'sealed' ? election.lock : null;
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SheetNames {
  candidates: string;
  ballots: string;
  teams: string | null;
  results: string;
  minutes: string;
}

/** "2025-06-20" → "20/06/2025", as the secretariat writes dates. */
function displayDate(iso: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** The congress, its base (a formula over the summoned number and the exclusions), the counting
 *  committee and the table of elections with the sheets of each. Returns the base's cell. */
function congressSheet(sheet: ExcelJS.Worksheet, file: CongressFile, names: readonly SheetNames[]): string {
  const c = file.congress;
  const keys = Object.keys(ELECTION_COLUMNS) as (keyof typeof ELECTION_COLUMNS)[];
  const columns = Object.values(ELECTION_COLUMNS);
  // Column A also holds the labels of the congress's fields; the codes stand in hidden columns.
  const widths: Partial<Record<keyof typeof ELECTION_COLUMNS, number>> = { order: 34, title: 40, officeLabel: 24 };
  sheet.columns = keys.map((key) => ({ width: widths[key] ?? 12, hidden: HIDDEN_ELECTION_COLUMNS.includes(key), style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text('THÔNG TIN ĐẠI HỘI', 4, { font: TITLE, alignment: CENTER }, 30);
  w.text(`${WORKBOOK_MARKER} Kết quả trong các sheet "Kết quả" là công thức, tự tính lại khi sửa phiếu.`, 6, { font: ITALIC }, 30);
  w.skip();
  const pair = (label: string, value: ExcelJS.CellValue) => w.row([label, value], { border: BOX }, { 1: { font: BOLD } });
  pair(CONGRESS_LABELS.name, c.name);
  pair(CONGRESS_LABELS.organization, c.organization ?? '');
  pair(CONGRESS_LABELS.term, c.term ?? '');
  pair(CONGRESS_LABELS.place, c.place ?? '');
  pair(CONGRESS_LABELS.date, displayDate(c.date));
  pair(CONGRESS_LABELS.kind, KIND_LABELS[c.kind]);
  if (c.kind === 'committee' || c.meeting !== undefined) pair(CONGRESS_LABELS.meeting, c.meeting ?? '');
  const summonedRow = pair(CONGRESS_LABELS.summoned, c.summoned);
  pair(CONGRESS_LABELS.present, c.present ?? '');
  w.skip();
  w.row([...EXCLUSIONS_HEADER], { font: BOLD, border: BOX, alignment: CENTER });
  const firstExclusion = w.rowNumber;
  for (const e of c.exclusions) w.row([e.reason, e.count], { border: BOX });
  const lastExclusion = w.rowNumber - 1;
  const exclusions = c.exclusions.length > 0 ? `-SUM(B${firstExclusion}:B${lastExclusion})` : '';
  const baseRow = pair(CONGRESS_LABELS.base, formula(`B${summonedRow}${exclusions}`, congressBase(c.summoned, c.exclusions)));
  w.skip();
  w.row([...COMMITTEE_HEADER], { font: BOLD, border: BOX, alignment: CENTER });
  for (const m of c.countingCommittee ?? []) w.row([m.name, m.role ?? ''], { border: BOX });
  w.skip();
  w.row(columns, { font: BOLD, border: BOX, alignment: CENTER }, {}, 64);
  file.elections.forEach((e, i) => {
    const n = names[i] as SheetNames;
    const values: Record<keyof typeof ELECTION_COLUMNS, ExcelJS.CellValue> = {
      order: i + 1,
      id: e.id,
      title: e.title ?? '',
      officeLabel: OFFICE_LABELS[e.office],
      seats: e.seats,
      approvedSeats: e.approvedSeats ?? '',
      round: e.round,
      requireMajority: e.requireMajority ? YES : NO,
      base: e.base ?? '',
      issued: e.ballotsIssued ?? '',
      returned: e.ballotsReturned ?? '',
      status: STATUS_LABELS[e.status],
      office: e.office,
      continues: e.continues ?? '',
      allBothOrNoneInvalid: e.allBothOrNoneInvalid ? YES : NO,
      candidatesSheet: n.candidates,
      ballotsSheet: n.ballots,
      teamsSheet: n.teams ?? '',
      resultsSheet: n.results,
      minutesSheet: n.minutes,
    };
    // Spreadsheets do not grow a row to its wrapped text: the height from the longest cell.
    const lines = Math.max(1, Math.ceil(((e.title ?? '').length * 1.15) / (widths.title ?? 40)), Math.ceil((OFFICE_LABELS[e.office].length * 1.15) / (widths.officeLabel ?? 24)));
    w.row(
      keys.map((key) => values[key]),
      { border: BOX, alignment: { vertical: 'top', wrapText: true } },
      { 1: { alignment: { horizontal: 'center', vertical: 'top' } } },
      lines > 1 ? lines * 16 : undefined,
    );
  });
  printArea(sheet, Object.keys(ELECTION_COLUMNS).indexOf('status') + 1, w.rowNumber - 1);
  return cellRef(INFO_SHEET, 2, baseRow);
}

/**
 * The congress as one workbook for the secretariat: the congress and its base, the final result
 * of each office across its rounds, then for each
 * election its candidate list, its ballots (one row per ballot), the teams' totals when there are
 * any, the results as live formulas, and the minutes. Written with exceljs's streaming writer:
 * 20,000 ballots take a second, not a gigabyte.
 */
export interface WorkbookOptions {
  /** By election id: the paper numbers the app knows undone or voided (a congress file says only that a number is not used). */
  notCounted?: ReadonlyMap<string, readonly PaperNotCounted[]>;
}

export async function writeCongressWorkbook(file: CongressFile, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const oversized = oversizedElection(file);
  if (oversized) throw new Error(`writeCongressWorkbook: ${oversized} (exportCongressWorkbook refuses it first)`);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'kiem-phieu';
  const names: SheetNames[] = file.elections.map((e, i) => ({
    candidates: `DS ${i + 1}`,
    ballots: `Phiếu ${i + 1}`,
    teams: e.teamTotals.length > 0 ? `Tổ ${i + 1}` : null,
    results: `Kết quả ${i + 1}`,
    minutes: `Biên bản ${i + 1}`,
  }));
  const info = addSheet(workbook, INFO_SHEET, { landscape: true });
  const baseCell = congressSheet(info, file, names);
  info.commit();
  const tallies = file.elections.map((election) => tallyElection(electionTallyInputFromFile(file.congress, election)));
  const finals = finalResultsOfFile(file, tallies);
  if (tallies.length > 0) finalSheet(workbook, finals);
  const approvedOf = (id: string) => file.elections.find((e) => e.id === id)?.approvedSeats;
  file.elections.forEach((election, i) => {
    const n = names[i] as SheetNames;
    const tally = tallies[i] as (typeof tallies)[number];
    candidateSheet(workbook, n.candidates, election);
    const ballots = ballotSheet(workbook, n.ballots, election, options.notCounted?.get(election.id) ?? []);
    const teams = n.teams === null ? null : teamSheet(workbook, n.teams, election);
    const cells = resultsSheet(workbook, n.results, election, tally, ballots, teams, baseCell, assemblyWords(file.congress.kind));
    const model = buildMinutesModel({ congress: file.congress, election: electionForMinutes({ ...election, baseOverride: election.base }, election.candidates, earlierRoundsOf(finals, election.id, approvedOf)), tally, lock: sealedLock(file, election) });
    minutesSheet(workbook, n.minutes, model, cells);
  });
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The workbook of a congress as the app and the command line export it: refused, naming the election, when one has more papers than a sheet holds. */
export async function exportCongressWorkbook(file: CongressFile, options: WorkbookOptions = {}): Promise<Result<Uint8Array>> {
  const oversized = oversizedElection(file);
  return oversized ? fail(ERROR_CODES.invalidInput, oversized) : ok(await writeCongressWorkbook(file, options));
}

/**
 * An election of more papers than a sheet holds (one row each), or a congress of more papers than
 * one workbook is written with, refused before a row is written (issue 20, finding 7: the time and
 * the memory of the export follow the papers, not the entries).
 */
function oversizedElection(file: CongressFile): string | null {
  let total = 0;
  for (const election of file.elections) {
    const papers = election.ballots.reduce((n, b) => n + b.count, 0);
    if (papers > MAX_WORKBOOK_PAPERS) return `Cuộc bầu "${election.title ?? election.id}" có ${groupedNumber(papers)} tờ phiếu: bảng tính ghi mỗi tờ một dòng và chỉ ghi được đến ${groupedNumber(MAX_WORKBOOK_PAPERS)} tờ một cuộc bầu. Không ghi bảng tính; kiểm tra lại các chồng phiếu đã nhập.`;
    total += papers;
  }
  if (total > MAX_WORKBOOK_PAPERS) return `Các cuộc bầu của đại hội có tất cả ${groupedNumber(total)} tờ phiếu: bảng tính ghi mỗi tờ một dòng và chỉ ghi được đến ${groupedNumber(MAX_WORKBOOK_PAPERS)} tờ một đại hội. Không ghi bảng tính; kiểm tra lại các chồng phiếu đã nhập.`;
  return null;
}

/** "Đại hội … lần thứ III" → "dai-hoi-lan-thu-iii.xlsx", a long name cut between words. */
export function workbookFileName(congressName: string): string {
  return congressFileName('', congressName, 'xlsx');
}
