import type { CongressInfo, ElectionInFile } from '../../../shared/congress-file/schema';
import { INVALID_REASON_LABELS, INVALID_REASONS } from '../../../shared/domain';
import { percentHundredths } from '../../../shared/format/percent';
import type { ElectionTally } from '../../../shared/rules/tally';
import { reachesMajority } from '../../../shared/rules/threshold';
import { sortByVietnameseName } from '../../../shared/text/vietnamese-collation';
import type { BallotSheetRanges, TeamSheetRanges } from './election-sheets';
import { INVALID, STRUCK, MARK_TEXT, VALID } from './layout';
import { BODY, BOLD, BOX, CENTER, ITALIC, PERCENT, SheetWriter, TITLE, cellRef, columnRange, formula, addSheet, printArea, type WorkbookWriter } from './sheet-writer';

const STATUS_LABELS = { elected: 'Trúng cử', not_elected: 'Không trúng cử', tied: 'Bằng phiếu' } as const;
const MINUTES_FONT = { ...BODY, size: 13 };

/** Cells of the results sheet the minutes refer to. */
export interface ResultCells {
  sheet: string;
  base: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  reasons: Map<string, number>;
  /** Row of each candidate in the results table; votes in column C, percent in D. */
  candidateRow: Map<string, number>;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The results as live formulas over the ballot sheet (and the team sheet): the file checks
 * itself in Excel. Each formula carries the value our one tally computed, so that a reader that
 * does not recalculate shows the same numbers.
 */
export function resultsSheet(workbook: WorkbookWriter, sheetName: string, election: ElectionInFile, tally: ElectionTally, ballots: BallotSheetRanges, teams: TeamSheetRanges | null, congressBaseCell: string): ResultCells {
  const sheet = addSheet(workbook, sheetName);
  sheet.columns = [6, 58, 14, 16, 14, 16].map((width) => ({ width, style: { font: BODY } }));
  const w = new SheetWriter(sheet);
  w.text(`KẾT QUẢ KIỂM PHIẾU: ${(election.title ?? election.id).toLocaleUpperCase('vi')}`, 6, { font: TITLE, alignment: CENTER }, 36);
  w.skip();
  const verdicts = columnRange(ballots.sheet, ballots.verdictCol, ballots.firstRow, ballots.lastRow);
  const reasonsRange = columnRange(ballots.sheet, ballots.reasonCol, ballots.firstRow, ballots.lastRow);
  const teamSum = (col: number | undefined) => (teams && col !== undefined ? `+SUM(${columnRange(teams.sheet, col, teams.firstRow, teams.lastRow)})` : '');

  w.row(['', 'Số lượng cần bầu', election.seats], { border: BOX });
  const baseRow = w.row(['', 'Cơ sở tính kết quả (quá một nửa so với)', election.base != null ? election.base : formula(congressBaseCell, tally.base)], { border: BOX });
  const base = `$C$${baseRow}`;
  w.row(['', 'Số phiếu cần để trúng cử (quá một nửa)', formula(`INT(${base}/2)+1`, tally.votesNeeded)], { border: BOX });
  const issuedRow = w.row(['', 'Phiếu phát ra', election.ballotsIssued ?? ''], { border: BOX });
  const countedFormula = `COUNTA(${columnRange(ballots.sheet, ballots.numberCol, ballots.firstRow, ballots.lastRow)})${teamSum(teams?.returnedCol)}`;
  const returnedRow = w.row(['', 'Phiếu thu vào', election.ballotsReturned ?? formula(countedFormula, tally.ballots.counted)], { border: BOX });
  w.row(['', 'Số phiếu đã kiểm (nhập từng tờ và tổng hợp theo tổ)', formula(countedFormula, tally.ballots.counted)], { border: BOX });
  const validRow = w.row(['', 'Phiếu hợp lệ', formula(`COUNTIF(${verdicts},${quoted(VALID)})${teamSum(teams?.validCol)}`, tally.ballots.valid)], { border: BOX });
  const invalidRow = w.row(['', 'Phiếu không hợp lệ', formula(`COUNTIF(${verdicts},${quoted(INVALID)})${teamSum(teams?.invalidCol)}`, tally.ballots.invalid)], { border: BOX });
  const reasons = new Map<string, number>();
  for (const reason of INVALID_REASONS) {
    const row = w.row(['', `   trong đó: ${INVALID_REASON_LABELS[reason].toLocaleLowerCase('vi')}`, formula(`COUNTIF(${reasonsRange},${quoted(INVALID_REASON_LABELS[reason])})${teamSum(teams?.reasonCol.get(reason))}`, tally.ballots.invalidByReason[reason] ?? 0)], { border: BOX, font: { ...BODY, size: 11 } });
    reasons.set(reason, row);
  }
  w.skip();
  const headerRow = w.row(['TT', 'Họ và tên', 'Số phiếu bầu', 'Tỷ lệ % so với cơ sở tính', 'Quá một nửa', 'Kết quả'], { font: BOLD, border: BOX, alignment: CENTER }, {}, 34);
  const candidateRow = new Map<string, number>();
  tally.candidates.forEach((c, i) => {
    const row = w.rowNumber;
    const col = ballots.candidateCol.get(c.id) as number;
    const marks = columnRange(ballots.sheet, col, ballots.firstRow, ballots.lastRow);
    const fromBallots = tally.format === 'A' ? `COUNTIF(${verdicts},${quoted(VALID)})-COUNTIFS(${verdicts},${quoted(VALID)},${marks},${quoted(STRUCK)})` : `COUNTIFS(${verdicts},${quoted(VALID)},${marks},${quoted(MARK_TEXT.agree)})`;
    w.row(
      [
        i + 1,
        c.name,
        formula(`${fromBallots}${teamSum(teams?.candidateCol.get(c.id))}`, c.votes),
        formula(`IF(${base}>0,ROUND(C${row}*10000/${base},0)/10000,0)`, percentHundredths(c.votes, tally.base) / 10000),
        formula(`IF(2*C${row}>${base},"Đạt","Không đạt")`, reachesMajority(c.votes, tally.base) ? 'Đạt' : 'Không đạt'),
        STATUS_LABELS[c.status],
      ],
      { border: BOX },
      { 1: { alignment: CENTER }, 3: { alignment: CENTER }, 4: { numFmt: PERCENT, alignment: CENTER }, 5: { alignment: CENTER } },
    );
    candidateRow.set(c.id, row);
  });
  w.skip();
  const names = new Map(tally.candidates.map((c) => [c.id, c]));
  w.text(tally.elected.length > 0 ? 'Trúng cử, xếp theo số phiếu từ cao xuống thấp:' : 'Không có ai trúng cử.', 6, { font: BOLD });
  tally.elected.forEach((id, i) => {
    const c = names.get(id);
    if (c) w.text(`${i + 1}. ${c.name}: ${c.votes} phiếu, đạt ${c.percent}% so với cơ sở tính`, 6);
  });
  for (const line of outcomeLines(tally)) w.text(line, 6, { font: BOLD });
  for (const p of tally.problems) w.text(`${p.severity === 'error' ? 'Lỗi' : 'Lưu ý'}: ${p.message}`, 6, { font: ITALIC });
  printArea(sheet, 6, w.rowNumber - 1, `${headerRow}:${headerRow}`);
  sheet.commit();
  return { sheet: sheetName, base: baseRow, issued: issuedRow, returned: returnedRow, valid: validRow, invalid: invalidRow, reasons, candidateRow };
}

function outcomeLines(tally: ElectionTally): string[] {
  const names = new Map(tally.candidates.map((c) => [c.id, c]));
  const lines: string[] = [];
  if (tally.tie) {
    const tied = tally.tie.candidates.map((id) => names.get(id)?.name ?? id);
    lines.push(`Bằng phiếu: ${tied.join(', ')} cùng ${names.get(tally.tie.candidates[0] ?? '')?.votes ?? ''} phiếu cho ${tally.tie.seats} chỗ còn lại: cần bầu lại giữa các đồng chí này.`);
  }
  if (tally.unfilledSeats > 0) lines.push(`Chưa đủ số lượng: còn thiếu ${tally.unfilledSeats} người so với số lượng cần bầu.`);
  if (tally.outcome === 'complete') lines.push('Bầu đủ số lượng.');
  return lines;
}

function dateWords(iso: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `ngày ${Number(match[3])} tháng ${Number(match[2])} năm ${match[1]}` : 'ngày … tháng … năm …';
}

/** The minutes (biên bản kiểm phiếu, RULES R9) laid out as printed; counts and votes refer to
 *  the results sheet, so the page follows any correction made in the workbook. */
export function minutesSheet(workbook: WorkbookWriter, sheetName: string, congress: CongressInfo, election: ElectionInFile, tally: ElectionTally, cells: ResultCells): void {
  const sheet = addSheet(workbook, sheetName);
  sheet.columns = [6, 36, 12, 16, 12, 12].map((width) => ({ width, style: { font: MINUTES_FONT } }));
  const w = new SheetWriter(sheet, MINUTES_FONT);
  const r = (row: number) => cellRef(cells.sheet, 3, row);
  const line = (text: string) => w.text(text, 6, { font: MINUTES_FONT });
  const live = (parts: (string | { ref: string; value: number })[]) => {
    const text = parts.map((p) => (typeof p === 'string' ? p : String(p.value))).join('');
    const expression = parts.map((p) => (typeof p === 'string' ? quoted(p) : p.ref)).join('&');
    return w.text(formula(expression, text), 6, { font: MINUTES_FONT });
  };
  const left = (congress.organization ?? '').toLocaleUpperCase('vi');
  sheet.mergeCells(1, 1, 1, 3);
  sheet.mergeCells(1, 4, 1, 6);
  w.row([left, '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'], { font: { ...BOLD, size: 13 }, alignment: CENTER });
  sheet.mergeCells(2, 1, 2, 3);
  sheet.mergeCells(2, 4, 2, 6);
  w.row([congress.name.toLocaleUpperCase('vi'), '', '', `${congress.place ? `${congress.place}, ` : ''}${dateWords(congress.date)}`], { alignment: CENTER }, { 1: { font: { ...BOLD, size: 12 } }, 4: { font: { ...ITALIC, size: 12 } } }, 48);
  sheet.mergeCells(3, 1, 3, 3);
  w.row([congress.term ? `Nhiệm kỳ ${congress.term}` : ''], { alignment: CENTER });
  w.skip();
  w.text('BIÊN BẢN KIỂM PHIẾU', 6, { font: { ...TITLE, size: 15 }, alignment: CENTER });
  w.text(`${election.title ?? election.id}${congress.term ? `, nhiệm kỳ ${congress.term}` : ''}`, 6, { font: BOLD, alignment: CENTER }, 36);
  w.skip();
  const onList = sortByVietnameseName(election.candidates.filter((c) => !c.withdrawn));
  line(`Số lượng cần bầu do đại hội biểu quyết: ${election.seats} đồng chí.`);
  w.text(`Danh sách bầu cử gồm ${onList.length} đồng chí (xếp theo vần chữ cái ABC): ${onList.map((c, i) => `${i + 1}. ${c.name}`).join('; ')}.`, 6, { font: MINUTES_FONT }, Math.min(200, 20 * Math.ceil(onList.length / 4) + 20));
  const committee = congress.countingCommittee ?? [];
  line(committee.length > 0 ? `Ban kiểm phiếu gồm: ${committee.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join('; ')}.` : 'Ban kiểm phiếu gồm: ……………………………………………………………');
  const present = congress.present;
  line(`Tổng số ${congress.kind === 'members' ? 'đảng viên' : 'đại biểu'} được triệu tập: ${congress.summoned}. Có mặt khi bầu cử: ${present ?? '……'}. Vắng mặt: ${present != null ? congress.summoned - present : '……'}.`);
  const exclusions = congress.exclusions.map((e) => `${e.reason.toLocaleLowerCase('vi')}: ${e.count}`);
  live([`Cơ sở tính kết quả bầu cử: `, { ref: r(cells.base), value: tally.base }, exclusions.length > 0 && election.base == null ? ` (số được triệu tập ${congress.summoned}, trừ ${exclusions.join('; ')}).` : '.']);
  live(['Số phiếu phát ra: ', { ref: r(cells.issued), value: tally.ballots.issued ?? 0 }, '. Số phiếu thu vào: ', { ref: r(cells.returned), value: tally.ballots.returned }, '.']);
  live(['Số phiếu hợp lệ: ', { ref: r(cells.valid), value: tally.ballots.valid }, '. Số phiếu không hợp lệ: ', { ref: r(cells.invalid), value: tally.ballots.invalid }, '.']);
  for (const reason of INVALID_REASONS) {
    const count = tally.ballots.invalidByReason[reason];
    if (count) live([`   - ${INVALID_REASON_LABELS[reason]}: `, { ref: r(cells.reasons.get(reason) as number), value: count }, '.']);
  }
  w.skip();
  line('Kết quả kiểm phiếu (theo thứ tự trên phiếu bầu):');
  w.row(['TT', 'Họ và tên', 'Số phiếu', 'Tỷ lệ % so với cơ sở tính'], { font: BOLD, border: BOX, alignment: CENTER }, {}, 36);
  tally.candidates.forEach((c, i) => {
    const row = cells.candidateRow.get(c.id) as number;
    w.row([i + 1, c.name, formula(cellRef(cells.sheet, 3, row), c.votes), formula(cellRef(cells.sheet, 4, row), percentHundredths(c.votes, tally.base) / 10000)], { border: BOX }, { 1: { alignment: CENTER }, 3: { alignment: CENTER }, 4: { numFmt: PERCENT, alignment: CENTER } });
  });
  w.skip();
  const names = new Map(tally.candidates.map((c) => [c.id, c]));
  if (tally.elected.length > 0) {
    line('Căn cứ Quy chế bầu cử trong Đảng, các đồng chí sau đây trúng cử, xếp theo thứ tự số phiếu từ cao xuống thấp:');
    tally.elected.forEach((id, i) => {
      const c = names.get(id);
      if (c) line(`${i + 1}. Đồng chí ${c.name}: ${c.votes} phiếu, đạt ${c.percent}% so với cơ sở tính.`);
    });
  } else {
    line('Không có đồng chí nào đạt số phiếu quá một nửa so với cơ sở tính.');
  }
  for (const text of outcomeLines(tally)) line(text);
  w.skip();
  line('Biên bản kiểm phiếu lập xong lúc …… giờ …… phút, ngày …… tháng …… năm ……');
  w.skip();
  const signRow = w.rowNumber;
  sheet.mergeCells(signRow, 1, signRow, 3);
  sheet.mergeCells(signRow, 4, signRow, 6);
  w.row(['CÁC THÀNH VIÊN BAN KIỂM PHIẾU', '', '', 'TRƯỞNG BAN KIỂM PHIẾU'], { font: BOLD, alignment: CENTER });
  w.skip(4);
  const chair = committee[0];
  const nameRow = w.rowNumber;
  sheet.mergeCells(nameRow, 1, nameRow, 3);
  sheet.mergeCells(nameRow, 4, nameRow, 6);
  w.row([committee.slice(1).map((m) => m.name).join(', '), '', '', chair?.name ?? ''], { font: BOLD, alignment: CENTER });
  printArea(sheet, 6, w.rowNumber - 1);
  sheet.commit();
}
