import { INVALID_REASONS, OFFICE_LABELS, OFFICES, OPERATOR_RULINGS, type Mark, type OperatorRuling } from '../../../shared/domain';
import { ballotFormat } from '../../../shared/rules/ballot-format';
import { paperList } from '../../../shared/rules/paper-list';
import { normalizeText } from '../../../shared/text/normalize';
import { cellAt, cellName, integerIn, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { problem, type ImportProblem } from '../problems';
import { placeName } from '../view';
import {
  BALLOT_COLUMNS,
  CANDIDATE_COLUMNS,
  CODES_ROW_LABEL,
  COMMITTEE_HEADER,
  CONGRESS_LABELS,
  ELECTION_COLUMNS,
  EXCLUSIONS_HEADER,
  IDS_ROW_LABEL,
  INFO_SHEET,
  KIND_LABELS,
  MARK_TEXT,
  NO,
  NOMINATION_LABELS,
  NOT_READ,
  PAPER_NOT_COUNTED,
  RULING_LABELS,
  STATUS_LABELS,
  STRUCK,
  TEAM_COLUMNS,
  WITHDRAWN,
  WITHDRAWN_ON_PAPER,
} from './layout';

/** The text as written (our own workbook is never in a legacy encoding, whatever a detector thinks). */
export function plainText(cell: GridCell | undefined): string {
  if (!cell) return '';
  return cell.original !== null ? normalizeText(cell.original) : cell.text;
}

function invert<K extends string>(labels: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(labels).map(([code, label]) => [normalizeText(label as string), code as K]));
}

const KINDS = invert(KIND_LABELS);
const approved = (n: number | null) => (n === null ? {} : { approvedSeats: n });
const STATUSES = invert(STATUS_LABELS);
const NOMINATIONS = invert(NOMINATION_LABELS);
const RULINGS = invert(RULING_LABELS);
/** The "Rút tên" cell: withdrawn before printing, or after (the name stays on the paper, RULES R1). */
function withdrawal(text: string): { withdrawn: boolean; onPaper?: true } {
  if (text === normalizeText(WITHDRAWN_ON_PAPER)) return { withdrawn: true, onPaper: true };
  return { withdrawn: text === WITHDRAWN };
}

const OFFICE_CODES = invert(OFFICE_LABELS);
const NOT_COUNTED = new Set<string>(Object.values(PAPER_NOT_COUNTED));
const MARKS = new Map<string, Exclude<Mark, 'none'>>(Object.entries(MARK_TEXT).map(([mark, text]) => [text, mark as Exclude<Mark, 'none'>]));

/** Reads the workbook's sheets, each problem naming its cell; the result goes through the one
 *  congress file reader like any other file. */
export class OwnWorkbookReader {
  readonly problems: ImportProblem[] = [];

  constructor(private readonly grid: WorkbookGrid) {}

  sheet(name: string, from: string): SheetGrid | null {
    const found = this.grid.sheets.find((s) => s.name === name);
    if (!found) this.fail(from, `không có sheet "${name}" trong tệp`);
    return found ?? null;
  }

  fail(place: string, what: string): void {
    this.problems.push(problem('error', 'OWN_WORKBOOK_INVALID', place, what));
  }

  text(sheet: SheetGrid, row: number, col: number): string {
    return plainText(cellAt(sheet, row, col));
  }

  integer(sheet: SheetGrid, row: number, col: number, what: string, optional: boolean): number | null {
    const cell = cellAt(sheet, row, col);
    if (!cell || cell.text === '') {
      if (!optional) this.fail(placeName(sheet.name, cellName(row, col)), `thiếu ${what}`);
      return null;
    }
    const n = integerIn(cell);
    if (n === null) this.fail(placeName(sheet.name, cellName(row, col)), `"${cell.text}" không phải là ${what} (cần một số nguyên)`);
    return n;
  }

  /** The first row whose column A says `label`. */
  rowOf(sheet: SheetGrid, label: string, from = 1): number | null {
    for (let row = from; row <= sheet.rowCount; row++) if (this.text(sheet, row, 1) === label) return row;
    return null;
  }

  /** The first row with a cell, in any column, that says `label` (a header whose column may be hidden). */
  rowWith(sheet: SheetGrid, label: string): number | null {
    for (let row = 1; row <= sheet.rowCount; row++) for (let col = 1; col <= sheet.colCount; col++) if (this.text(sheet, row, col) === label) return row;
    return null;
  }

  /** Header texts of a row → their columns. */
  columns(sheet: SheetGrid, row: number): Map<string, number> {
    const found = new Map<string, number>();
    for (let col = 1; col <= sheet.colCount; col++) {
      const text = this.text(sheet, row, col);
      if (text !== '' && !found.has(text)) found.set(text, col);
    }
    return found;
  }

  /** A row of codes (candidate ids, reasons) labelled `label`, and the header row under it. */
  headerUnder(sheet: SheetGrid, label: string): { codesRow: number; headerRow: number; cols: Map<string, number> } | null {
    const codesRow = this.rowOf(sheet, label);
    if (codesRow === null) {
      this.fail(placeName(sheet.name, null), `thiếu dòng "${label}" trên dòng tiêu đề`);
      return null;
    }
    return { codesRow, headerRow: codesRow + 1, cols: this.columns(sheet, codesRow + 1) };
  }

  congress() {
    const info = this.sheet(INFO_SHEET, 'Bảng tính') as SheetGrid;
    const value = (label: string) => {
      const row = this.rowOf(info, label);
      if (row === null) this.fail(placeName(INFO_SHEET, null), `thiếu dòng "${label}"`);
      return row;
    };
    const textOf = (label: string) => {
      const row = value(label);
      return row === null ? '' : this.text(info, row, 2);
    };
    const kindRow = value(CONGRESS_LABELS.kind);
    const kindText = textOf(CONGRESS_LABELS.kind);
    const kind = KINDS.get(kindText);
    if (kindRow !== null && kind === undefined) this.fail(placeName(INFO_SHEET, `B${kindRow}`), `"${kindText}" không phải là loại đại hội (cần "${Object.values(KIND_LABELS).join('" hoặc "')}")`);
    const summonedRow = value(CONGRESS_LABELS.summoned);
    const meetingRow = this.rowOf(info, CONGRESS_LABELS.meeting);
    const meeting = meetingRow === null ? null : this.integer(info, meetingRow, 2, 'số thứ tự hội nghị', true);
    const presentRow = value(CONGRESS_LABELS.present);
    const dateText = textOf(CONGRESS_LABELS.date);
    const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dateText);
    const exclusions: { reason: string; count: number | null }[] = [];
    const exclusionsRow = this.rowOf(info, EXCLUSIONS_HEADER[0]);
    const baseRow = this.rowOf(info, CONGRESS_LABELS.base);
    if (exclusionsRow !== null && baseRow !== null) {
      for (let row = exclusionsRow + 1; row < baseRow; row++) {
        const reason = this.text(info, row, 1);
        if (reason !== '') exclusions.push({ reason, count: this.integer(info, row, 2, 'số lượng', false) });
      }
    }
    const countingCommittee: { name: string; role?: string }[] = [];
    const committeeRow = this.rowOf(info, COMMITTEE_HEADER[0]);
    for (let row = (committeeRow ?? info.rowCount) + 1; row <= info.rowCount && this.text(info, row, 1) !== ''; row++) {
      const role = this.text(info, row, 2);
      countingCommittee.push({ name: this.text(info, row, 1), ...(role ? { role } : {}) });
    }
    const optional = (key: string, label: string) => {
      const text = textOf(label);
      return text === '' ? {} : { [key]: text };
    };
    return {
      info,
      congress: {
        name: textOf(CONGRESS_LABELS.name),
        ...(optional('organization', CONGRESS_LABELS.organization) as { organization?: string }),
        ...(optional('term', CONGRESS_LABELS.term) as { term?: string }),
        ...(optional('place', CONGRESS_LABELS.place) as { place?: string }),
        ...(date ? { date: `${date[3]}-${date[2]}-${date[1]}` } : dateText ? { date: dateText } : {}),
        kind: kind ?? 'delegates',
        ...(meeting !== null ? { meeting } : {}),
        summoned: summonedRow === null ? null : this.integer(info, summonedRow, 2, 'số được triệu tập', false),
        exclusions,
        present: presentRow === null ? null : this.integer(info, presentRow, 2, 'số có mặt', true),
        ...(countingCommittee.length > 0 ? { countingCommittee } : {}),
      },
    };
  }

  candidates(sheet: SheetGrid) {
    const headerRow = this.rowOf(sheet, CANDIDATE_COLUMNS.order);
    if (headerRow === null) {
      this.fail(placeName(sheet.name, null), `thiếu dòng tiêu đề bắt đầu bằng "${CANDIDATE_COLUMNS.order}"`);
      return [];
    }
    const cols = this.columns(sheet, headerRow);
    const col = (label: string) => cols.get(label) ?? -1;
    const list = [];
    for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
      const id = this.text(sheet, row, col(CANDIDATE_COLUMNS.id));
      const name = this.text(sheet, row, col(CANDIDATE_COLUMNS.name));
      if (id === '' && name === '') continue;
      const gender = this.text(sheet, row, col(CANDIDATE_COLUMNS.gender));
      const nomination = NOMINATIONS.get(this.text(sheet, row, col(CANDIDATE_COLUMNS.nomination)));
      const dateCell = cellAt(sheet, row, col(CANDIDATE_COLUMNS.birthDate));
      const optional = (label: string) => {
        const text = this.text(sheet, row, col(label));
        return text === '' ? undefined : text;
      };
      list.push({
        id,
        name,
        birthYear: this.integer(sheet, row, col(CANDIDATE_COLUMNS.birthYear), 'năm sinh', true),
        birthDate: dateCell?.value instanceof Date ? dateCell.value.toISOString().slice(0, 10) : (optional(CANDIDATE_COLUMNS.birthDate) ?? null),
        gender: gender === '' ? null : gender,
        ...withdrawal(this.text(sheet, row, col(CANDIDATE_COLUMNS.withdrawn))),
        position: optional(CANDIDATE_COLUMNS.position),
        note: optional(CANDIDATE_COLUMNS.note),
        nomination,
      });
    }
    return list;
  }

  ballots(sheet: SheetGrid, format: 'A' | 'B') {
    const header = this.headerUnder(sheet, IDS_ROW_LABEL);
    if (header === null) return [];
    const { codesRow: idsRow, headerRow, cols } = header;
    const candidateCols: [number, string][] = [];
    for (let col = 2; col <= sheet.colCount; col++) {
      const id = this.text(sheet, idsRow, col);
      if (id !== '') candidateCols.push([col, id]);
    }
    const col = (label: string) => cols.get(label) ?? -1;
    const entries = [];
    // Version 2 keeps the instant a ballot was entered in a hidden column, "Lúc nhập" showing it on the room's clock.
    const atLabel = cols.has(BALLOT_COLUMNS.atCode) ? BALLOT_COLUMNS.atCode : BALLOT_COLUMNS.at;
    for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
      if (!sheet.rows[row]) continue;
      // A number undone or voided has its row, and no ballot.
      if (NOT_COUNTED.has(this.text(sheet, row, col(BALLOT_COLUMNS.verdict)))) continue;
      const place = (c: number) => placeName(sheet.name, cellName(row, c));
      const marks: [string, string, number][] = candidateCols.map(([c, id]) => [id, this.text(sheet, row, c), c]);
      const rulingText = this.text(sheet, row, col(BALLOT_COLUMNS.ruling));
      const ruling = rulingText === '' ? undefined : (RULINGS.get(rulingText) ?? (OPERATOR_RULINGS as readonly string[]).find((r) => r === rulingText));
      if (rulingText !== '' && ruling === undefined) this.fail(place(col(BALLOT_COLUMNS.ruling)), `"${rulingText}" không phải là kết luận của Ban kiểm phiếu (cần một trong: ${Object.values(RULING_LABELS).join('; ')}, hoặc để trống)`);
      const notRead = marks.length > 0 && marks.every(([, text]) => text === NOT_READ);
      const content: Record<string, unknown> = {};
      if (!notRead) {
        const struck: string[] = [];
        const boxes: Record<string, Exclude<Mark, 'none'>> = {};
        for (const [id, text, c] of marks) {
          if (text === '') continue;
          if (format === 'A') {
            if (text.toLowerCase() === STRUCK) struck.push(id);
            else this.fail(place(c), `"${text}" không phải là dấu gạch tên (cần "${STRUCK}" hoặc để trống)`);
          } else {
            const mark = MARKS.get(text.toUpperCase());
            if (mark) boxes[id] = mark;
            else this.fail(place(c), `"${text}" không phải là dấu trên phiếu đồng ý / không đồng ý (cần ${Object.values(MARK_TEXT).map((t) => `"${t}"`).join(', ')} hoặc để trống)`);
          }
        }
        if (format === 'A') content.struck = struck;
        else content.marks = boxes;
      }
      const optional = (label: string) => {
        const text = this.text(sheet, row, col(label));
        return text === '' ? {} : { [label]: text };
      };
      const id = optional(BALLOT_COLUMNS.id)[BALLOT_COLUMNS.id];
      const team = optional(BALLOT_COLUMNS.team)[BALLOT_COLUMNS.team];
      const note = optional(BALLOT_COLUMNS.note)[BALLOT_COLUMNS.note];
      const operator = optional(BALLOT_COLUMNS.operator)[BALLOT_COLUMNS.operator];
      const at = optional(atLabel)[atLabel];
      const number = integerIn(cellAt(sheet, row, col(BALLOT_COLUMNS.number)));
      entries.push({
        ...(number !== null && number > 0 ? { number } : {}),
        ...(id ? { id } : {}),
        ...(team ? { team } : {}),
        ...content,
        ...(ruling ? { invalid: ruling as OperatorRuling } : {}),
        ...(note ? { note } : {}),
        ...(operator ? { operator } : {}),
        ...(at ? { at } : {}),
      });
    }
    return entries;
  }

  teams(sheet: SheetGrid) {
    const header = this.headerUnder(sheet, CODES_ROW_LABEL);
    if (header === null) return [];
    const { codesRow, headerRow, cols } = header;
    const totals = [];
    for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
      const team = this.text(sheet, row, cols.get(TEAM_COLUMNS.team) ?? 1);
      if (team === '') continue;
      const invalid: Record<string, number> = {};
      const votes: Record<string, number> = {};
      for (let col = 2; col <= sheet.colCount; col++) {
        const code = this.text(sheet, codesRow, col);
        if (code === '') continue;
        const n = this.integer(sheet, row, col, 'số phiếu', true) ?? 0;
        if ((INVALID_REASONS as readonly string[]).includes(code)) {
          if (n > 0) invalid[code] = n;
        } else if (n > 0) votes[code] = n;
      }
      totals.push({
        team,
        returned: this.integer(sheet, row, cols.get(TEAM_COLUMNS.returned) ?? -1, 'số phiếu thu vào', false),
        valid: this.integer(sheet, row, cols.get(TEAM_COLUMNS.valid) ?? -1, 'số phiếu hợp lệ', false),
        invalid,
        votes,
      });
    }
    return totals;
  }

  elections(info: SheetGrid) {
    const headerRow = this.rowWith(info, ELECTION_COLUMNS.id);
    if (headerRow === null) {
      this.fail(placeName(INFO_SHEET, null), `thiếu bảng các cuộc bầu (dòng tiêu đề "${ELECTION_COLUMNS.id}")`);
      return [];
    }
    const cols = this.columns(info, headerRow);
    const list = [];
    for (let row = headerRow + 1; row <= info.rowCount; row++) {
      const at = (label: string) => this.text(info, row, cols.get(label) ?? -1);
      const id = at(ELECTION_COLUMNS.id);
      if (id === '') break;
      const where = placeName(INFO_SHEET, `${cellName(row, cols.get(ELECTION_COLUMNS.title) ?? 1)}`);
      // The office by its hidden code, else by the words shown beside the title.
      const code = at(ELECTION_COLUMNS.office);
      const office = (OFFICES as readonly string[]).includes(code) ? code : (OFFICE_CODES.get(normalizeText(at(ELECTION_COLUMNS.officeLabel))) ?? code);
      if (!(OFFICES as readonly string[]).includes(office)) this.fail(where, `chức danh bầu "${at(ELECTION_COLUMNS.officeLabel)}" không đúng (cần một trong: ${Object.values(OFFICE_LABELS).join('; ')})`);
      const yesNo = (label: string) => at(label) !== NO;
      const number = (label: string, optional: boolean) => this.integer(info, row, cols.get(label) ?? -1, label.toLocaleLowerCase('vi'), optional);
      const seats = number(ELECTION_COLUMNS.seats, false) ?? 1;
      const candidatesSheet = this.sheet(at(ELECTION_COLUMNS.candidatesSheet), where);
      const candidates = candidatesSheet ? this.candidates(candidatesSheet) : [];
      const format = ballotFormat(paperList(candidates).length, seats);
      const ballotsSheet = this.sheet(at(ELECTION_COLUMNS.ballotsSheet), where);
      const teamsName = at(ELECTION_COLUMNS.teamsSheet);
      const teamsSheet = teamsName === '' ? null : this.sheet(teamsName, where);
      list.push({
        election: {
          id,
          office,
          ...(at(ELECTION_COLUMNS.title) ? { title: at(ELECTION_COLUMNS.title) } : {}),
          seats,
          ...approved(number(ELECTION_COLUMNS.approvedSeats, true)),
          round: number(ELECTION_COLUMNS.round, true) ?? 1,
          continues: at(ELECTION_COLUMNS.continues) || null,
          requireMajority: yesNo(ELECTION_COLUMNS.requireMajority),
          base: number(ELECTION_COLUMNS.base, true),
          ballotsIssued: number(ELECTION_COLUMNS.issued, true),
          ballotsReturned: number(ELECTION_COLUMNS.returned, true),
          allBothOrNoneInvalid: at(ELECTION_COLUMNS.allBothOrNoneInvalid) !== NO,
          status: STATUSES.get(at(ELECTION_COLUMNS.status)) ?? 'open',
          candidates,
          ballots: ballotsSheet ? this.ballots(ballotsSheet, format) : [],
          teamTotals: teamsSheet ? this.teams(teamsSheet) : [],
        },
        sheet: ballotsSheet?.name ?? INFO_SHEET,
        place: where,
      });
    }
    return list;
  }
}

